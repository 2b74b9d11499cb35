package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSetKey;

/** Makes a member row an in-zone alias to the group {@code target}; refused per {@link ConnectionRules}. */
public record SetAliasTargetCommand(String zoneId, RecordSetKey member, GroupKey target, boolean evaluateTargetHealth) implements EditCommand {

    @Override
    public String label() {
        return "Set alias target";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("SetAliasTargetCommand is not implemented yet");
    }
}
