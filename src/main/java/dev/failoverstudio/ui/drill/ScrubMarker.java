package dev.failoverstudio.ui.drill;

import dev.failoverstudio.ui.drill.vm.DrillPlayback;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;

/**
 * A chart with a vertical line at the playback's scrub time; clicking or dragging in the plot moves the scrub
 * time there.
 */
final class ScrubMarker extends StackPane {

    private final XYChart<Number, Number> chart;
    private final DrillPlayback playback;
    private final Line line = new Line();

    ScrubMarker(XYChart<Number, Number> chart, DrillPlayback playback) {
        this.chart = chart;
        this.playback = playback;
        getStyleClass().add("drill-scrub-chart");
        line.getStyleClass().add("drill-scrub-line");
        line.setManaged(false);
        Pane overlay = new Pane(line);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        getChildren().addAll(chart, overlay);
        playback.timeProperty().addListener((obs, old, now) -> place());
        playback.endProperty().addListener((obs, old, now) -> place());
        chart.needsLayoutProperty().addListener((obs, old, now) -> {
            if (!now) {
                place();
            }
        });
        chart.setOnMousePressed(e -> scrubTo(e.getSceneX()));
        chart.setOnMouseDragged(e -> scrubTo(e.getSceneX()));
    }

    private NumberAxis axis() {
        return (NumberAxis) chart.getXAxis();
    }

    private Node plot() {
        return chart.lookup(".chart-plot-background");
    }

    private void scrubTo(double sceneX) {
        if (playback.endProperty().get() <= 0) {
            return;
        }
        double local = axis().sceneToLocal(sceneX, 0).getX();
        playback.timeProperty().set(axis().getValueForDisplay(local).doubleValue());
    }

    private void place() {
        Node plot = plot();
        if (plot == null || playback.endProperty().get() <= 0) {
            line.setVisible(false);
            return;
        }
        double x = axis().getDisplayPosition(playback.timeProperty().get());
        Point2D top = sceneToLocal(axis().localToScene(x, 0));
        Bounds area = sceneToLocal(plot.localToScene(plot.getBoundsInLocal()));
        if (top == null || area == null) {
            return;
        }
        line.setStartX(top.getX());
        line.setEndX(top.getX());
        line.setStartY(area.getMinY());
        line.setEndY(area.getMaxY());
        line.setVisible(true);
    }
}
