package dev.failoverstudio.ui;

import dev.failoverstudio.ui.fx.FocusInto;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.List;

/**
 * Where the canvas's keyboard shortcuts (Delete, Backspace, Ctrl+C, Ctrl+V, Ctrl+D, Ctrl+A, Escape) act on the
 * selected cards: only while the keyboard focus is in the canvas area (the canvas or the palette beside it), or
 * nowhere. Elsewhere (a table, a list, a form control, a text field) the key belongs to the focused control.
 * <p>
 * The scene runs its menu accelerators after a key press has bubbled up from the focused control through the
 * window; this scope's handler on the window sits between the two: the focused control has had the key, and when
 * the focus is outside the canvas area the press is consumed so the accelerator does not also act on the cards.
 * Menu entries chosen with the mouse (or through the menu bar's own keyboard navigation) never pass here and act
 * on the cards wherever the focus is.
 */
final class CanvasKeyScope {

    private final List<Node> area;
    private final List<KeyCombination> canvasKeys;

    private CanvasKeyScope(List<Node> area, List<KeyCombination> canvasKeys) {
        this.area = area;
        this.canvasKeys = canvasKeys;
    }

    /**
     * @param window     the window's root, whose scene holds the accelerators
     * @param canvasKeys the shortcuts that act on the cards (read at each key press, so later additions count)
     * @param area       the canvas area: the canvas and the palette
     */
    static void install(Node window, List<KeyCombination> canvasKeys, Node... area) {
        CanvasKeyScope scope = new CanvasKeyScope(List.of(area), canvasKeys);
        window.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (scope.isCanvasKey(e) && !scope.ownsFocus(window.getScene() == null ? null
                    : window.getScene().getFocusOwner())) {
                e.consume();
            }
        });
    }

    private boolean isCanvasKey(KeyEvent e) {
        return canvasKeys.stream().anyMatch(k -> k.match(e));
    }

    /** True when {@code focus} (null: nothing focused) leaves the canvas's shortcuts to the canvas. */
    private boolean ownsFocus(Node focus) {
        if (focus == null) {
            return true;
        }
        if (focus instanceof TextInputControl text && text.isEditable()) {
            return false; // a search or name field in the palette: the keys edit the text
        }
        return area.stream().anyMatch(a -> FocusInto.within(focus, a));
    }
}
