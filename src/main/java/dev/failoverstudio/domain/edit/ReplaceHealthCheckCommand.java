package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.HealthCheck;

/** Replaces the health check with the same ID (an inspector edit). */
public record ReplaceHealthCheckCommand(HealthCheck replacement) implements EditCommand {

    @Override
    public String label() {
        return "Edit health check";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        throw new UnsupportedOperationException("ReplaceHealthCheckCommand is not implemented yet");
    }
}
