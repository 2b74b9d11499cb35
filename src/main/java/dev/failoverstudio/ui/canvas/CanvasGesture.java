package dev.failoverstudio.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/** One press-drag-release interaction on the canvas. */
interface CanvasGesture {

    /** @param at the press point in canvas coordinates */
    void pressed(MouseEvent e, Point2D at);

    void dragged(MouseEvent e);

    void released(MouseEvent e);
}
