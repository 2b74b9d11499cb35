package dev.failoverstudio.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;

import java.util.Locale;
import java.util.Map;

/**
 * Icons for the tool bar's buttons: vector shapes drawn by CSS ({@code .tool-icon.icon-NAME} sets
 * {@code -fx-shape} in failover-studio.css, coloured {@code -fs-icon}), so they are sharp at any screen scale and
 * follow the theme. The button keeps its text beside the icon.
 */
final class ToolIcons {

    private static final Map<String, String> BY_TEXT = Map.of(
            "New", "new", "Open", "open", "Save", "save", "Undo", "undo", "Redo", "redo", "Delete", "delete",
            "Auto-layout", "auto-layout", "Fit", "fit");

    private ToolIcons() {
    }

    /** Gives each known button of {@code bar} its icon. */
    static void decorate(ToolBar bar) {
        for (Node n : bar.getItems()) {
            if (n instanceof ButtonBase b && b.getGraphic() == null && BY_TEXT.containsKey(b.getText())) {
                b.setGraphic(icon(BY_TEXT.get(b.getText())));
            }
        }
    }

    static Region icon(String name) {
        Region r = new Region();
        r.getStyleClass().addAll("tool-icon", "icon-" + name.toLowerCase(Locale.ROOT));
        return r;
    }
}
