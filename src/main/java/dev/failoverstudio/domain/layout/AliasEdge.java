package dev.failoverstudio.domain.layout;

import dev.failoverstudio.domain.model.RecordSetKey;

/**
 * An alias edge of the canvas: from the member row {@code fromMember} of card {@code fromGroup} to the card of
 * its in-zone alias target (R6, R140). Only targets that exist in the design get an edge; aliases to AWS
 * resources or to names without records are shown on the row itself.
 */
public record AliasEdge(NodeKey fromGroup, RecordSetKey fromMember, NodeKey toGroup) {
}
