package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import dev.failoverstudio.ui.vm.MemberRef;
import dev.failoverstudio.ui.vm.PaletteItem;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.Optional;

/**
 * Drag a palette item onto the canvas to create it where it is dropped (a health check dropped on a member row is
 * created and attached to that record set); double-click creates it in the middle of the view. Plain mouse
 * handlers on the palette item: the item keeps receiving the drag events while the pointer is over the canvas.
 */
public final class PaletteDragGesture {

    private final DesignCanvas canvas;
    private final DesignerViewModel viewModel;
    private final PaletteItem item;
    private boolean dragging;

    private PaletteDragGesture(DesignCanvas canvas, DesignerViewModel viewModel, PaletteItem item) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        this.item = item;
    }

    public static void install(Node node, PaletteItem item, DesignCanvas canvas, DesignerViewModel viewModel) {
        PaletteDragGesture g = new PaletteDragGesture(canvas, viewModel, item);
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> g.dragging = false);
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, g::dragged);
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, g::released);
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                g.createInView();
            }
        });
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                g.createInView(); // the keyboard's double-click
                e.consume();
            }
        });
    }

    private void dragged(MouseEvent e) {
        dragging = true;
        canvas.getScene().setCursor(Cursor.CLOSED_HAND);
        if (!canvas.containsScene(e.getSceneX(), e.getSceneY())) {
            canvas.hideConnection();
            return;
        }
        Point2D p = canvas.sceneToCanvas(e.getSceneX(), e.getSceneY());
        Optional<MemberRef> row = item == PaletteItem.HEALTH_CHECK ? canvas.rowAt(p) : Optional.empty();
        String text = row.map(r -> "Attach a new health check to " + r.key().describe())
                .orElse("Release to add a " + item.label().toLowerCase(java.util.Locale.ROOT));
        canvas.showDropHint(p, row.map(MemberRef::card).orElse(null), text);
    }

    private void released(MouseEvent e) {
        canvas.getScene().setCursor(Cursor.DEFAULT);
        canvas.hideConnection();
        if (!dragging || !canvas.containsScene(e.getSceneX(), e.getSceneY())) {
            return;
        }
        dragging = false;
        Point2D p = canvas.sceneToCanvas(e.getSceneX(), e.getSceneY());
        if (item == PaletteItem.HEALTH_CHECK) {
            Optional<MemberRef> row = canvas.rowAt(p);
            if (row.isPresent()) {
                viewModel.createHealthCheckFor(row.get());
                return;
            }
        }
        viewModel.createFromPalette(item, p.getX() - 20, p.getY() - 20);
        canvas.requestFocus();
    }

    /** Double-click, Enter or Space: in the middle of the view, moved down past any card already there. */
    private void createInView() {
        double[] area = canvas.visibleArea();
        double x = (area[0] + area[2]) / 2 - 150;
        double y = (area[1] + area[3]) / 2 - 60;
        for (int i = 0; i < 50; i++) {
            Optional<CardModel> taken = canvas.cardAt(new Point2D(x + 10, y + 10));
            if (taken.isEmpty()) {
                break;
            }
            y = taken.get().y() + taken.get().height() + 20;
        }
        viewModel.createFromPalette(item, x, y);
        canvas.requestFocus();
    }
}
