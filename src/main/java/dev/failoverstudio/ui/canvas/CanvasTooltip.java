package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.ui.fx.LazyTooltip;
import dev.failoverstudio.ui.vm.CardGeometry;
import dev.failoverstudio.ui.vm.CardKind;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.RowModel;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

import java.util.Optional;

/**
 * One tooltip for the whole canvas, whose text follows what is under the pointer: a card's or row's validation
 * problems ({@code :invalid}), a health badge's verdict, or how to use an alias port. Found by hit-testing the
 * scene model, so cards need no tooltip of their own.
 */
final class CanvasTooltip {

    private final DesignCanvas canvas;
    /** Made when the pointer first enters the canvas ({@link LazyTooltip}); null before. */
    private Tooltip tooltip;

    CanvasTooltip(DesignCanvas canvas) {
        this.canvas = canvas;
        LazyTooltip.onFirstEntry(canvas, this::make, made -> {
            tooltip = made;
            Tooltip.install(canvas, made);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            if (tooltip == null) {
                return;
            }
            String text = textAt(canvas.sceneToCanvas(e.getSceneX(), e.getSceneY()));
            tooltip.setText(text);
            if (text.isEmpty()) {
                tooltip.hide();
            }
        });
    }

    private Tooltip make() {
        Tooltip made = new Tooltip();
        made.setShowDelay(Duration.millis(400));
        made.setWrapText(true);
        made.setMaxWidth(520);
        made.getStyleClass().add("canvas-tooltip");
        made.setOnShowing(e -> {
            if (made.getText() == null || made.getText().isEmpty()) {
                javafx.application.Platform.runLater(made::hide);
            }
        });
        return made;
    }

    /** What the tooltip says at canvas point {@code p}; empty for nothing. */
    String textAt(Point2D p) {
        Optional<CardModel> card = canvas.cardAt(p);
        if (card.isEmpty()) {
            return "";
        }
        CardModel c = card.get();
        if (c.kind() == CardKind.HEALTH_CHECK) {
            return c.healthText() + (c.invalid() ? "\n\n" + c.problems() : "");
        }
        int index = (int) Math.floor((p.getY() - c.y() - CardGeometry.HEADER_HEIGHT) / CardGeometry.ROW_HEIGHT);
        if (index >= 0 && index < c.rows().size()) {
            RowModel row = c.rows().get(index);
            StringBuilder text = new StringBuilder();
            if (canvas.portAt(p).isPresent()) {
                text.append("Drag onto a card to make ").append(row.member().describe())
                        .append(" an alias to it, or onto empty canvas to create the target.");
            } else {
                text.append(row.member().describe());
                if (row.healthText() != null) {
                    text.append("\n").append(row.healthText());
                }
            }
            if (row.invalid()) {
                text.append("\n\n").append(row.problems());
            }
            return text.toString();
        }
        return c.invalid() ? c.problems() : "";
    }
}
