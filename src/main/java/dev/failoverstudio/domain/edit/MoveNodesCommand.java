package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Position;

/** Sets the canvas positions of nodes (a drag of a selection is one command). */
public record MoveNodesCommand(java.util.Map<dev.failoverstudio.domain.layout.NodeKey, Position> positions) implements EditCommand {

    @Override
    public String label() {
        return "Move";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("MoveNodesCommand is not implemented yet");
    }
}
