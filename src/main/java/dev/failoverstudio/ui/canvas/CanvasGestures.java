package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.ui.vm.DesignerViewModel;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Routes the canvas's mouse events to one gesture at a time: a press on an alias port starts
 * {@link ConnectAliasGesture}, on a card {@link SelectAndMoveGesture}, on empty space {@link PanGesture} (or
 * {@link MarqueeGesture} with Shift); the wheel goes to {@link ZoomAndScrollGesture}, arrow keys to
 * {@link KeyboardGesture}. Plain mouse handlers, no
 * platform drag and drop, so every gesture also works headless.
 */
final class CanvasGestures {

    private final DesignCanvas canvas;
    private final DesignerViewModel viewModel;
    private CanvasGesture active;

    CanvasGestures(DesignCanvas canvas, DesignerViewModel viewModel) {
        this.canvas = canvas;
        this.viewModel = viewModel;
    }

    void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (active != null) {
                active.dragged(e);
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (active != null) {
                CanvasGesture done = active;
                active = null;
                done.released(e);
                e.consume();
            }
        });
        ZoomAndScrollGesture wheel = new ZoomAndScrollGesture(canvas);
        canvas.addEventHandler(ScrollEvent.SCROLL, wheel::scrolled);
        new KeyboardGesture(canvas, viewModel).install();
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (insideButton(e.getTarget())) {
            return;
        }
        Point2D p = canvas.sceneToCanvas(e.getSceneX(), e.getSceneY());
        if (e.getButton() == MouseButton.MIDDLE) {
            active = new PanGesture(canvas);
        } else if (e.getButton() != MouseButton.PRIMARY) {
            return;
        } else if (canvas.portAt(p).isPresent()) {
            active = new ConnectAliasGesture(canvas, viewModel, canvas.portAt(p).get());
        } else if (canvas.cardAt(p).isPresent()) {
            active = new SelectAndMoveGesture(canvas, viewModel);
        } else if (e.isShiftDown() || e.isShortcutDown()) {
            active = new MarqueeGesture(canvas, viewModel);
        } else {
            active = new PanGesture(canvas);
        }
        active.pressed(e, p);
        e.consume();
    }

    private boolean insideButton(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != canvas; n = n.getParent()) {
            if (n instanceof ButtonBase) {
                return true;
            }
        }
        return false;
    }
}
