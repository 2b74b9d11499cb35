package dev.failoverstudio.domain.edit;



/** Pastes copied cards into a zone with new names and set identifiers, moved by {@code dx, dy}. */
public record PasteCommand(ClipboardContent content, String zoneId, double dx, double dy) implements EditCommand {

    @Override
    public String label() {
        return "Paste";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("PasteCommand is not implemented yet");
    }
}
