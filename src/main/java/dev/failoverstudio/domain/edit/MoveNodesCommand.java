package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;

import java.util.Map;

/** Sets the canvas positions of nodes; one drag of a selection is one command (one undo step). */
public record MoveNodesCommand(Map<NodeKey, Position> positions) implements EditCommand {

    public MoveNodesCommand {
        positions = Map.copyOf(positions);
    }

    @Override
    public String label() {
        return positions.size() == 1 ? "Move" : "Move " + positions.size() + " nodes";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        boolean changed = positions.entrySet().stream()
                .anyMatch(e -> !before.layout().at(e.getKey()).map(e.getValue()::equals).orElse(false));
        return changed ? before.withLayout(before.layout().withAll(positions)) : before;
    }
}
