package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.RecordSetKey;

/** Associates a health check with a member row (R8); a null ID detaches. */
public record AttachHealthCheckCommand(String zoneId, RecordSetKey member, String healthCheckId) implements EditCommand {

    @Override
    public String label() {
        return "Attach health check";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("AttachHealthCheckCommand is not implemented yet");
    }
}
