package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.ui.vm.CardGeometry;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import dev.failoverstudio.ui.vm.MemberRef;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

import java.util.Optional;

/**
 * Drag from a row's alias port: over a card it shows whether Route 53 would accept the alias (and why not), on
 * release over an accepting card it sets the alias target, and on empty canvas it creates the target card there.
 */
final class ConnectAliasGesture implements CanvasGesture {

    private final DesignCanvas canvas;
    private final DesignerViewModel viewModel;
    private final MemberRef member;
    private Point2D from;
    private boolean dragging;

    ConnectAliasGesture(DesignCanvas canvas, DesignerViewModel viewModel, MemberRef member) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        this.member = member;
    }

    @Override
    public void pressed(MouseEvent e, Point2D at) {
        viewModel.selectMember(member, false);
        CardModel card = viewModel.scene().card(member.card()).orElseThrow();
        int row = 0;
        for (int i = 0; i < card.rows().size(); i++) {
            if (card.rows().get(i).member().equals(member.key())) {
                row = i;
            }
        }
        from = new Point2D(card.x() + card.width() - CardGeometry.PORT_INSET, card.rowCentreY(row));
    }

    @Override
    public void dragged(MouseEvent e) {
        dragging = true;
        Point2D p = canvas.sceneToCanvas(e.getSceneX(), e.getSceneY());
        Optional<CardModel> over = canvas.cardAt(p);
        if (over.isPresent()) {
            Optional<String> refusal = viewModel.connectionRefusal(member, over.get().key());
            canvas.showConnection(from, p, over.get().key(), refusal.isEmpty(),
                    refusal.orElse("Alias to " + over.get().title()));
        } else {
            canvas.showConnection(from, p, null, null, "Release to create a new target record set here");
        }
    }

    @Override
    public void released(MouseEvent e) {
        canvas.hideConnection();
        if (!dragging) {
            return;
        }
        Point2D p = canvas.sceneToCanvas(e.getSceneX(), e.getSceneY());
        Optional<CardModel> over = canvas.cardAt(p);
        if (over.isPresent()) {
            viewModel.connect(member, over.get().key());
        } else {
            viewModel.createAliasTarget(member, p.getX(), p.getY() - CardGeometry.HEADER_HEIGHT / 2);
        }
    }
}
