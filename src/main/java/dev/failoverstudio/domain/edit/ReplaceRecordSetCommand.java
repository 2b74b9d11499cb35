package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;

/** Replaces one record set (an inspector edit), keeping its place in the zone. */
public record ReplaceRecordSetCommand(String zoneId, RecordSetKey old, RecordSet replacement) implements EditCommand {

    @Override
    public String label() {
        return "Edit record set";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("ReplaceRecordSetCommand is not implemented yet");
    }
}
