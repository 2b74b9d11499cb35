package dev.failoverstudio.domain.edit;



/** Copies the given cards and health checks and pastes them beside the originals (new names, set identifiers and IDs). */
public record DuplicateCommand(java.util.Set<dev.failoverstudio.domain.layout.NodeKey> nodes) implements EditCommand {

    @Override
    public String label() {
        return "Duplicate";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("DuplicateCommand is not implemented yet");
    }
}
