package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

import java.util.LinkedHashSet;
import java.util.Set;

/** Shift-drag (or Ctrl-drag) on empty space: selects every card the rectangle touches, added to the selection. */
final class MarqueeGesture implements CanvasGesture {

    private final DesignCanvas canvas;
    private final DesignerViewModel viewModel;
    private Point2D start;
    private Point2D end;

    MarqueeGesture(DesignCanvas canvas, DesignerViewModel viewModel) {
        this.canvas = canvas;
        this.viewModel = viewModel;
    }

    @Override
    public void pressed(MouseEvent e, Point2D at) {
        start = at;
        end = at;
    }

    @Override
    public void dragged(MouseEvent e) {
        end = canvas.sceneToCanvas(e.getSceneX(), e.getSceneY());
        canvas.showMarquee(Math.min(start.getX(), end.getX()), Math.min(start.getY(), end.getY()),
                Math.abs(end.getX() - start.getX()), Math.abs(end.getY() - start.getY()));
    }

    @Override
    public void released(MouseEvent e) {
        canvas.hideMarquee();
        double minX = Math.min(start.getX(), end.getX());
        double minY = Math.min(start.getY(), end.getY());
        double maxX = Math.max(start.getX(), end.getX());
        double maxY = Math.max(start.getY(), end.getY());
        Set<NodeKey> hit = new LinkedHashSet<>();
        for (CardModel c : viewModel.scene().cards()) {
            if (c.intersects(minX, minY, maxX, maxY)) {
                hit.add(c.key());
            }
        }
        viewModel.selectOnly(hit, true);
    }
}
