package dev.failoverstudio.domain.edit;



/** Deletes group cards (all their members), health checks and single member rows. Record sets that use a deleted health check lose the association (and calculated checks lose it as a child); aliases that point at a deleted group stay and the validator reports them (V33). */
public record RemoveNodesCommand(java.util.Set<dev.failoverstudio.domain.layout.NodeKey> nodes, java.util.Set<MemberKey> members) implements EditCommand {

    @Override
    public String label() {
        return "Delete";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("RemoveNodesCommand is not implemented yet");
    }
}
