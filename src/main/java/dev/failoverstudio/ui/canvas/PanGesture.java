package dev.failoverstudio.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/** Drag on empty space (or with the middle button): moves the view. A click without drag clears the selection. */
final class PanGesture implements CanvasGesture {

    private final DesignCanvas canvas;
    private double lastX;
    private double lastY;
    private boolean movedAtAll;

    PanGesture(DesignCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    public void pressed(MouseEvent e, Point2D at) {
        lastX = e.getSceneX();
        lastY = e.getSceneY();
        canvas.getStyleClass().add("panning");
    }

    @Override
    public void dragged(MouseEvent e) {
        double dx = e.getSceneX() - lastX;
        double dy = e.getSceneY() - lastY;
        if (dx != 0 || dy != 0) {
            movedAtAll = true;
        }
        canvas.panBy(dx, dy);
        lastX = e.getSceneX();
        lastY = e.getSceneY();
    }

    @Override
    public void released(MouseEvent e) {
        canvas.getStyleClass().remove("panning");
        if (!movedAtAll && e.isStillSincePress()) {
            canvas.clearSelectionFromGesture();
        }
    }
}
