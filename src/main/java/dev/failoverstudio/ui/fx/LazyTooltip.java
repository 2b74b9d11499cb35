package dev.failoverstudio.ui.fx;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A tooltip made the first time the pointer enters its node, not when the node is built. Every {@link Tooltip} is
 * a popup window with a scene of its own; making one for each tool-bar button, palette item, zoom button and card
 * up front cost about 40 ms of the designer's first frame, for tooltips the user has not asked to see yet. The
 * tooltip's own show delay starts with the pointer's next move, as it would have. FX thread.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    /** {@code control} gets a tooltip saying {@code text} when the pointer first enters it. */
    public static void install(Control control, String text) {
        Objects.requireNonNull(text, "text");
        onFirstEntry(control, () -> new Tooltip(text), control::setTooltip);
    }

    /** {@code node} (not a control) gets a tooltip saying {@code text} when the pointer first enters it. */
    public static void installOn(Node node, String text) {
        Objects.requireNonNull(text, "text");
        onFirstEntry(node, () -> new Tooltip(text), tip -> Tooltip.install(node, tip));
    }

    /** {@code make} builds the tooltip, and {@code use} installs it, when the pointer first enters {@code node}. */
    public static void onFirstEntry(Node node, Supplier<Tooltip> make, Consumer<Tooltip> use) {
        EventHandler<MouseEvent> firstEntry = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                use.accept(make.get());
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, firstEntry);
    }
}
