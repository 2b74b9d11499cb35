package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.RecordSet;

/** Adds a record set to a zone; a new group card is placed at {@code position}. Refuses a duplicate identity (V3) or a group of another policy (V11). */
public record AddRecordSetCommand(String zoneId, RecordSet recordSet, Position position) implements EditCommand {

    @Override
    public String label() {
        return "Add record set";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("AddRecordSetCommand is not implemented yet");
    }
}
