package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.model.Design;

import java.util.function.Consumer;

/**
 * The design the main window currently shows, as the drill pane sees it: the current snapshot and a way to
 * hear about new ones. Listeners are called on the FX thread.
 */
public interface DesignSource {

    /** The current design, or null when none is open. */
    Design current();

    void addListener(Consumer<Design> listener);
}
