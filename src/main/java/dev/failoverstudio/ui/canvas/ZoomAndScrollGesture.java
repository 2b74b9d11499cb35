package dev.failoverstudio.ui.canvas;

import javafx.scene.input.ScrollEvent;

/** The wheel: with Ctrl it zooms around the pointer, without it scrolls (Shift scrolls sideways). */
final class ZoomAndScrollGesture {

    private final DesignCanvas canvas;

    ZoomAndScrollGesture(DesignCanvas canvas) {
        this.canvas = canvas;
    }

    void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            if (e.getDeltaY() != 0) {
                canvas.zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
            }
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            canvas.panBy(e.getDeltaY(), 0);
        } else {
            canvas.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }
}
