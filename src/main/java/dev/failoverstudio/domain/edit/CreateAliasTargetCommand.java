package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;

/** Adds {@code newTarget} (a new group, placed at {@code position}) and makes the member row an alias to it. */
public record CreateAliasTargetCommand(String zoneId, RecordSetKey member, RecordSet newTarget, Position position) implements EditCommand {

    @Override
    public String label() {
        return "Create alias target";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("CreateAliasTargetCommand is not implemented yet");
    }
}
