package dev.failoverstudio.domain.layout;

import java.util.Objects;

/**
 * Left-to-right layered layout: the names clients query on the left, alias targets in columns to their right,
 * health checks in a column of their own after the deepest layer. Nodes whose position is given in the kept
 * layout stay where they are; the rest are placed without overlapping any card.
 */
public final class AutoLayout {

    private final CardSizes sizes;

    public AutoLayout(CardSizes sizes) {
        this.sizes = Objects.requireNonNull(sizes, "sizes");
    }

    public CardSizes sizes() {
        return sizes;
    }

    /**
     * Places every node of {@code graph} that has no position in {@code keep}.
     *
     * @return a layout holding the kept positions and a position for every other node of the graph
     */
    public Layout arrange(DesignGraph graph, Layout keep) {
        throw new UnsupportedOperationException("AutoLayout.arrange is not implemented yet");
    }
}
