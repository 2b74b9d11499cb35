package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.HealthCheck;

/** Adds a health check, placed at {@code position}. */
public record AddHealthCheckCommand(HealthCheck check, Position position) implements EditCommand {

    @Override
    public String label() {
        return "Add health check";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("AddHealthCheckCommand is not implemented yet");
    }
}
