package dev.failoverstudio.ui;

import dev.failoverstudio.ui.fx.FocusInto;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;

/**
 * F6 and Shift+F6 move the keyboard focus from panel to panel of the designer window (palette, canvas, the
 * right-hand tabs, the tabs below), as in most IDEs; Tab then moves within the panel. In a tab pane the focus goes
 * to the shown tab's first control; Ctrl+Tab switches tabs.
 */
final class PanelFocus {

    private final List<Node> panels;

    private PanelFocus(List<Node> panels) {
        this.panels = panels;
    }

    static void install(Node window, Node... panels) {
        PanelFocus focus = new PanelFocus(List.of(panels));
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F6 && !e.isShortcutDown() && !e.isAltDown()) {
                focus.cycle(window.getScene(), e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
    }

    private void cycle(Scene scene, int step) {
        Node owner = scene == null ? null : scene.getFocusOwner();
        int current = -1;
        for (int i = 0; i < panels.size(); i++) {
            if (owner != null && FocusInto.within(owner, panels.get(i))) {
                current = i;
            }
        }
        int n = panels.size();
        for (int k = 1; k <= n; k++) {
            int base = current >= 0 ? current : step > 0 ? -1 : 0;
            int next = Math.floorMod(base + step * k, n);
            if (enter(panels.get(next))) {
                return;
            }
        }
    }

    /** After the View menu showed a tab: the focus follows, once the tab's content is laid out and visible. */
    static void enterLater(Node panel) {
        javafx.application.Platform.runLater(() -> enter(panel));
    }

    /** Focuses the panel's first control (for a tab pane: the shown tab's), else the panel itself. */
    static boolean enter(Node panel) {
        Node content = panel instanceof TabPane tabs && tabs.getSelectionModel().getSelectedItem() != null
                ? tabs.getSelectionModel().getSelectedItem().getContent() : panel;
        if (content != panel && FocusInto.first(content)) {
            return true;
        }
        if (panel.isFocusTraversable()) {
            panel.requestFocus();
            return true;
        }
        return FocusInto.first(panel);
    }
}
