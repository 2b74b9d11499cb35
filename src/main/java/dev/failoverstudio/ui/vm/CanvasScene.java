package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the canvas draws for one version of the document: cards with positions and edges. Immutable;
 * lookups by key are O(1) so the canvas can cull and hit-test thousands of cards per frame.
 */
public final class CanvasScene {

    public static final CanvasScene EMPTY = new CanvasScene(List.of(), List.of());

    private final List<CardModel> cards;
    private final List<EdgeModel> edges;
    private final Map<NodeKey, CardModel> byKey = new HashMap<>();
    private final Map<RecordSetKey, NodeKey> cardOfMember = new HashMap<>();

    public CanvasScene(List<CardModel> cards, List<EdgeModel> edges) {
        this.cards = List.copyOf(cards);
        this.edges = List.copyOf(edges);
        for (CardModel card : this.cards) {
            byKey.put(card.key(), card);
            for (RowModel row : card.rows()) {
                cardOfMember.put(row.member(), card.key());
            }
        }
    }

    public List<CardModel> cards() {
        return cards;
    }

    public List<EdgeModel> edges() {
        return edges;
    }

    public Optional<CardModel> card(NodeKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The card whose rows include {@code member} (record set keys are unique per zone; the first zone wins). */
    public Optional<NodeKey> cardOf(RecordSetKey member) {
        return Optional.ofNullable(cardOfMember.get(member));
    }

    /** The top-most card containing the canvas point, if any. */
    public Optional<CardModel> cardAt(double x, double y) {
        for (int i = cards.size() - 1; i >= 0; i--) {
            CardModel c = cards.get(i);
            if (x >= c.x() && x <= c.x() + c.width() && y >= c.y() && y <= c.y() + c.height()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The extent of all cards as {minX, minY, maxX, maxY}; all zero when empty. */
    public double[] bounds() {
        if (cards.isEmpty()) {
            return new double[] {0, 0, 0, 0};
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (CardModel c : cards) {
            minX = Math.min(minX, c.x());
            minY = Math.min(minY, c.y());
            maxX = Math.max(maxX, c.x() + c.width());
            maxY = Math.max(maxY, c.y() + c.height());
        }
        return new double[] {minX, minY, maxX, maxY};
    }
}
