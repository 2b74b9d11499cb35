package dev.failoverstudio.domain.edit;



/** Arranges every node anew with {@link dev.failoverstudio.domain.layout.AutoLayout}, ignoring current positions. */
public record AutoLayoutCommand(dev.failoverstudio.domain.layout.AutoLayout autoLayout) implements EditCommand {

    @Override
    public String label() {
        return "Auto-layout";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("AutoLayoutCommand is not implemented yet");
    }
}
