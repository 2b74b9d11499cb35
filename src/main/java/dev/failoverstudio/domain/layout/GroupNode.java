package dev.failoverstudio.domain.layout;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.List;

/**
 * A card of the canvas: one group (all record sets of one zone with one name and one type) and its member
 * rows in zone order. Invariant: every member has the group's name and type; {@code members} is not empty.
 */
public record GroupNode(NodeKey key, String zoneId, GroupKey group, List<RecordSet> members) {
    public GroupNode {
        members = List.copyOf(members);
    }
}
