package dev.failoverstudio.ui.fx;

import javafx.scene.control.Button;

import java.util.Objects;

/**
 * A button of a pane's tools: its text, an id tests and the View menu find it by, a tooltip saying what it does
 * (made on first hover, {@link LazyTooltip}) and the action it runs.
 */
public final class ToolButton {

    private ToolButton() {
    }

    public static Button of(String text, String id, String tooltip, Runnable action) {
        Objects.requireNonNull(action, "action");
        Button button = new Button(text);
        button.setId(id);
        LazyTooltip.install(button, tooltip);
        button.setOnAction(e -> action.run());
        return button;
    }
}
