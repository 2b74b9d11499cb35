package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.layout.NodeKey;

/**
 * A line between two cards: an alias from member row {@code fromRow} of {@code from} to the target group
 * {@code to}, or the link from a row to the health check it is associated with.
 */
public record EdgeModel(Kind kind, NodeKey from, int fromRow, NodeKey to) {

    public enum Kind { ALIAS, HEALTH_CHECK }
}
