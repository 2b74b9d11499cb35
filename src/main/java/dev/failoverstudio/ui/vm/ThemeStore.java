package dev.failoverstudio.ui.vm;

/** Where the chosen theme lives between runs; never throws (a missing or broken store gives {@link Theme#SYSTEM}). */
public interface ThemeStore {

    Theme load();

    void save(Theme theme);

    /** A store that only remembers for as long as it lives (screenshots, tests). */
    static ThemeStore inMemory(Theme initial) {
        return new ThemeStore() {
            private Theme theme = initial;

            @Override
            public Theme load() {
                return theme;
            }

            @Override
            public void save(Theme t) {
                theme = t;
            }
        };
    }
}
