package dev.failoverstudio.ui.vm;

/** Where window settings live between runs; never throws (a broken store gives the defaults). */
public interface SettingsStore {

    WindowSettings load();

    void save(WindowSettings settings);
}
