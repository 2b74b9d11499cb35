package dev.failoverstudio.ui;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.ui.vm.CanvasScene;
import dev.failoverstudio.ui.vm.CardGeometry;
import dev.failoverstudio.ui.vm.CardKind;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.EdgeModel;
import dev.failoverstudio.ui.vm.HealthState;
import javafx.css.PseudoClass;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

import java.util.HashMap;
import java.util.Map;

/**
 * A small picture of a design's record tree for a welcome card: each canvas card as a box (group cards with a
 * stripe per record set), alias and health-check links as lines, all scaled to fit. Drawn from the sample's
 * canvas scene, so it is exactly the layout the designer will show; a few dozen nodes, cheap to build. Looks
 * come from CSS ({@code .picture-card}, {@code :unhealthy}, {@code .picture-alias}).
 */
final class SamplePicture extends Pane {

    private static final PseudoClass UNHEALTHY = PseudoClass.getPseudoClass("unhealthy");
    private static final double PADDING = 6;

    SamplePicture(CanvasScene scene, double width, double height) {
        getStyleClass().add("sample-picture");
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        double[] b = scene.bounds();
        double spanX = Math.max(1, b[2] - b[0]);
        double spanY = Math.max(1, b[3] - b[1]);
        double scale = Math.min((width - 2 * PADDING) / spanX, (height - 2 * PADDING) / spanY);
        double offsetX = (width - spanX * scale) / 2 - b[0] * scale;
        double offsetY = (height - spanY * scale) / 2 - b[1] * scale;

        Map<NodeKey, CardModel> byKey = new HashMap<>();
        scene.cards().forEach(c -> byKey.put(c.key(), c));
        for (EdgeModel edge : scene.edges()) {
            CardModel from = byKey.get(edge.from());
            CardModel to = byKey.get(edge.to());
            if (from == null || to == null) {
                continue;
            }
            double y = edge.fromRow() >= 0 && edge.fromRow() < from.rows().size()
                    ? from.rowCentreY(edge.fromRow()) : from.y() + from.height() / 2;
            Line line = new Line(offsetX + (from.x() + from.width()) * scale, offsetY + y * scale,
                    offsetX + to.x() * scale, offsetY + (to.y() + to.height() / 2) * scale);
            line.getStyleClass().add(edge.kind() == EdgeModel.Kind.ALIAS ? "picture-alias" : "picture-health-link");
            getChildren().add(line);
        }
        for (CardModel card : scene.cards()) {
            Region box = new Region();
            box.getStyleClass().addAll("picture-card",
                    card.kind() == CardKind.HEALTH_CHECK ? "picture-check" : "picture-group");
            box.pseudoClassStateChanged(UNHEALTHY, card.health() == HealthState.UNHEALTHY);
            box.resizeRelocate(offsetX + card.x() * scale, offsetY + card.y() * scale,
                    Math.max(2, card.width() * scale), Math.max(2, card.height() * scale));
            box.setManaged(false);
            getChildren().add(box);
            for (int i = 0; i < card.rows().size() && card.kind() == CardKind.GROUP; i++) {
                double rowTop = card.y() + CardGeometry.HEADER_HEIGHT + CardGeometry.ROW_HEIGHT * i;
                Line stripe = new Line(offsetX + (card.x() + 3) * scale, offsetY + rowTop * scale,
                        offsetX + (card.x() + card.width() - 3) * scale, offsetY + rowTop * scale);
                stripe.getStyleClass().add("picture-row");
                stripe.setManaged(false);
                getChildren().add(stripe);
            }
        }
    }
}
