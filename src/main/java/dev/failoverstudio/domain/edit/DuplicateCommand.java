package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.NodeKey;

import java.util.Set;

/**
 * Copies the given cards and health checks and pastes them beside the originals ({@link #OFFSET} down and to
 * the right) with new names, set identifiers and IDs, as {@link PasteCommand} does.
 */
public record DuplicateCommand(Set<NodeKey> nodes) implements EditCommand {

    /** How far the copies are moved from the originals, in canvas units. */
    public static final double OFFSET = 40;

    public DuplicateCommand {
        nodes = Set.copyOf(nodes);
    }

    @Override
    public String label() {
        return "Duplicate";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        ClipboardContent content = ClipboardContent.copyOf(before, nodes);
        if (content.isEmpty() || before.design().zones().isEmpty()) {
            return before;
        }
        String zoneId = content.zoneId() != null ? content.zoneId() : before.design().zones().get(0).id();
        return PasteCommand.paste(before, content, zoneId, OFFSET, OFFSET);
    }
}
