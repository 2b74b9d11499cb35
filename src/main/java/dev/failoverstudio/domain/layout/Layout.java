package dev.failoverstudio.domain.layout;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

/**
 * Canvas positions of nodes, kept apart from the {@link dev.failoverstudio.domain.model.Design} (the engine
 * never sees them). Immutable; a node without a position is placed by {@link AutoLayout}.
 *
 * <p>Positions of keys no longer present in the design are harmless and kept (they let an undone delete put a
 * card back where it was); {@link #retainOnly} drops them when wanted.
 */
public record Layout(Map<NodeKey, Position> positions) {

    public static final Layout EMPTY = new Layout(Map.of());

    public Layout {
        positions = Map.copyOf(positions);
    }

    public Optional<Position> at(NodeKey key) {
        return Optional.ofNullable(positions.get(key));
    }

    public Layout with(NodeKey key, Position p) {
        Map<NodeKey, Position> copy = new HashMap<>(positions);
        copy.put(key, p);
        return new Layout(copy);
    }

    /** A copy with every position of {@code moved} set (added or replaced). */
    public Layout withAll(Map<NodeKey, Position> moved) {
        if (moved.isEmpty()) {
            return this;
        }
        Map<NodeKey, Position> copy = new HashMap<>(positions);
        copy.putAll(moved);
        return new Layout(copy);
    }

    public Layout without(Collection<NodeKey> keys) {
        Map<NodeKey, Position> copy = new HashMap<>(positions);
        boolean changed = false;
        for (NodeKey key : keys) {
            changed |= copy.remove(key) != null;
        }
        return changed ? new Layout(copy) : this;
    }

    /** A copy holding only the positions of {@code keys}. */
    public Layout retainOnly(Collection<NodeKey> keys) {
        Map<NodeKey, Position> copy = new HashMap<>(positions);
        boolean changed = copy.keySet().retainAll(new HashSet<>(keys));
        return changed ? new Layout(copy) : this;
    }

    public int size() {
        return positions.size();
    }
}
