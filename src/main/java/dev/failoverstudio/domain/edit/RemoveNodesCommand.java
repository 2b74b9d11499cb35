package dev.failoverstudio.domain.edit;



/** Deletes group cards (all their members), health checks and single member rows. Members of other groups that use a deleted health check lose the association. */
public record RemoveNodesCommand(java.util.Set<dev.failoverstudio.domain.layout.NodeKey> nodes, java.util.Set<dev.failoverstudio.domain.model.RecordSetKey> members) implements EditCommand {

    @Override
    public String label() {
        return "Delete";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("RemoveNodesCommand is not implemented yet");
    }
}
