package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canvas without a mouse: an arrow key selects the nearest card in its direction (the first card, top left,
 * when nothing is selected) and pans it into view; Shift+arrow nudges the selected cards by {@value #NUDGE} (one
 * undoable move per press). Keys with Ctrl, Alt or Meta are left to the menus' shortcuts.
 */
final class KeyboardGesture {

    /** How far Shift+arrow moves the selected cards, in canvas units. */
    static final double NUDGE = 10;

    private final DesignCanvas canvas;
    private final DesignerViewModel viewModel;

    KeyboardGesture(DesignCanvas canvas, DesignerViewModel viewModel) {
        this.canvas = canvas;
        this.viewModel = viewModel;
    }

    void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private void pressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        int dx = e.getCode() == KeyCode.LEFT ? -1 : e.getCode() == KeyCode.RIGHT ? 1 : 0;
        int dy = e.getCode() == KeyCode.UP ? -1 : e.getCode() == KeyCode.DOWN ? 1 : 0;
        if (dx == 0 && dy == 0) {
            return;
        }
        if (e.isShiftDown()) {
            nudge(dx * NUDGE, dy * NUDGE);
        } else {
            step(dx, dy);
        }
        e.consume();
    }

    private void nudge(double dx, double dy) {
        Map<NodeKey, Position> targets = new LinkedHashMap<>();
        for (NodeKey k : viewModel.selection()) {
            viewModel.scene().card(k).ifPresent(c -> targets.put(k, new Position(c.x() + dx, c.y() + dy)));
        }
        viewModel.moveNodes(targets);
    }

    private void step(int dx, int dy) {
        List<CardModel> cards = viewModel.scene().cards();
        if (cards.isEmpty()) {
            return;
        }
        Optional<CardModel> from = viewModel.selection().stream().map(k -> viewModel.scene().card(k))
                .flatMap(Optional::stream).min(TOP_LEFT);
        Optional<CardModel> next = from.isEmpty() ? cards.stream().min(TOP_LEFT) : neighbour(from.get(), dx, dy, cards);
        next.ifPresent(c -> {
            viewModel.selectCard(c.key(), false);
            canvas.reveal(c.key());
        });
    }

    private static final Comparator<CardModel> TOP_LEFT =
            Comparator.comparingDouble(CardModel::y).thenComparingDouble(CardModel::x);

    /**
     * The card whose centre lies in direction (dx, dy) from {@code from}'s centre, nearest first; a card off to the
     * side counts as twice as far, so Down picks the card below rather than one far down and across.
     */
    static Optional<CardModel> neighbour(CardModel from, int dx, int dy, List<CardModel> cards) {
        double fx = from.x() + from.width() / 2;
        double fy = from.y() + from.height() / 2;
        CardModel best = null;
        double bestScore = Double.MAX_VALUE;
        for (CardModel c : cards) {
            if (c.key().equals(from.key())) {
                continue;
            }
            double ax = c.x() + c.width() / 2 - fx;
            double ay = c.y() + c.height() / 2 - fy;
            double along = ax * dx + ay * dy;
            double across = Math.abs(ax * dy) + Math.abs(ay * dx);
            if (along <= 0) {
                continue;
            }
            double score = along + 2 * across;
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }
}
