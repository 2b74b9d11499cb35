package dev.failoverstudio.ui;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Whether the action being run was started by a shortcut key press (Ctrl+Z) or chosen from a menu: Ctrl+Z typed
 * into a text field is the field's own undo, while Edit &gt; Undo chosen with the mouse (or the arrow keys and
 * Enter) undoes the design even when a field has the focus. A menu item fires the same way for both, so the window
 * watches its key presses; its filters see them before the scene's accelerators run the menu item.
 */
final class ShortcutPresses {

    private boolean shortcutDown;
    private final EventHandler<KeyEvent> pressed = e -> shortcutDown = e.isShortcutDown();
    private final EventHandler<KeyEvent> released = e -> shortcutDown = false;

    /** Watches the key presses of whichever window shows {@code scene}. */
    void watch(Scene scene) {
        scene.windowProperty().addListener((o, before, now) -> {
            if (before != null) {
                unwatch(before);
            }
            if (now != null) {
                watch(now);
            }
        });
        if (scene.getWindow() != null) {
            watch(scene.getWindow());
        }
    }

    /** True while a key press with the shortcut modifier (Ctrl; Cmd on a Mac) is being handled. */
    boolean inProgress() {
        return shortcutDown;
    }

    private void watch(Window window) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        window.addEventFilter(KeyEvent.KEY_RELEASED, released);
    }

    private void unwatch(Window window) {
        window.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
        window.removeEventFilter(KeyEvent.KEY_RELEASED, released);
    }
}
