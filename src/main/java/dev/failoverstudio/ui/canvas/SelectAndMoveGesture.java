package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.ui.vm.CardGeometry;
import dev.failoverstudio.ui.vm.CardKind;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import dev.failoverstudio.ui.vm.MemberRef;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Press on a card: click selects it (a row selects its record set; Shift adds or removes), drag moves every
 * selected card together, snapped to the grid, as one undoable move. A single health-check card released over a
 * member row is attached to that record set instead of moved.
 */
final class SelectAndMoveGesture implements CanvasGesture {

    private static final double DRAG_THRESHOLD = 3;

    private final DesignCanvas canvas;
    private final DesignerViewModel viewModel;
    private CardModel pressedCard;
    private Optional<MemberRef> pressedRow = Optional.empty();
    private Point2D start;
    private boolean dragging;
    private boolean narrowOnRelease;
    private double dx;
    private double dy;

    SelectAndMoveGesture(DesignCanvas canvas, DesignerViewModel viewModel) {
        this.canvas = canvas;
        this.viewModel = viewModel;
    }

    @Override
    public void pressed(MouseEvent e, Point2D at) {
        start = at;
        pressedCard = canvas.cardAt(at).orElseThrow();
        pressedRow = canvas.rowAt(at);
        NodeKey key = pressedCard.key();
        if (e.isShiftDown()) {
            if (pressedRow.isPresent()) {
                viewModel.selectMember(pressedRow.get(), true);
            } else {
                viewModel.selectCard(key, true);
            }
        } else if (viewModel.selection().contains(key) && viewModel.selection().size() > 1) {
            narrowOnRelease = true;
        } else if (pressedRow.isPresent()) {
            viewModel.selectMember(pressedRow.get(), false);
        } else {
            viewModel.selectCard(key, false);
        }
    }

    @Override
    public void dragged(MouseEvent e) {
        if (!viewModel.selection().contains(pressedCard.key())) {
            return;
        }
        Point2D p = canvas.sceneToCanvas(e.getSceneX(), e.getSceneY());
        double rawX = p.getX() - start.getX();
        double rawY = p.getY() - start.getY();
        if (!dragging && Math.hypot(rawX, rawY) * canvas.zoom() < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        // The pressed card lands on the grid; the others keep their distance to it.
        dx = CardGeometry.snap(pressedCard.x() + rawX) - pressedCard.x();
        dy = CardGeometry.snap(pressedCard.y() + rawY) - pressedCard.y();
        Map<NodeKey, Point2D> offsets = new HashMap<>();
        for (NodeKey k : viewModel.selection()) {
            offsets.put(k, new Point2D(dx, dy));
        }
        canvas.previewMove(offsets);
    }

    @Override
    public void released(MouseEvent e) {
        if (!dragging) {
            if (narrowOnRelease) {
                if (pressedRow.isPresent()) {
                    viewModel.selectMember(pressedRow.get(), false);
                } else {
                    viewModel.selectCard(pressedCard.key(), false);
                }
            }
            return;
        }
        canvas.previewMove(Map.of());
        if (dx == 0 && dy == 0) {
            return;
        }
        if (pressedCard.kind() == CardKind.HEALTH_CHECK && viewModel.selection().size() == 1) {
            Point2D p = canvas.sceneToCanvas(e.getSceneX(), e.getSceneY());
            Optional<MemberRef> row = canvas.rowAt(p);
            if (row.isPresent()) {
                viewModel.attachHealthCheck(row.get(), pressedCard.key().healthCheckId());
                return;
            }
        }
        Map<NodeKey, Position> targets = new LinkedHashMap<>();
        for (NodeKey k : viewModel.selection()) {
            viewModel.scene().card(k).ifPresent(c -> targets.put(k, new Position(c.x() + dx, c.y() + dy)));
        }
        viewModel.moveNodes(targets);
    }
}
