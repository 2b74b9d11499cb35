package dev.failoverstudio.domain.model;

import java.util.Objects;

/**
 * A Route 53 health check (S4): its ID, what it monitors, and the Inverted and Disabled switches that
 * are applied on top of the measured status (HC17).
 */
public record HealthCheck(String id, String callerReference, HealthCheckConfig config, boolean inverted,
                          boolean disabled, long version) {

    public HealthCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(config, "config");
    }

    public HealthCheckType type() {
        return config.type();
    }

    public HealthCheck withInverted(boolean value) {
        return new HealthCheck(id, callerReference, config, value, disabled, version);
    }

    public HealthCheck withDisabled(boolean value) {
        return new HealthCheck(id, callerReference, config, inverted, value, version);
    }

    public HealthCheck withConfig(HealthCheckConfig newConfig) {
        return new HealthCheck(id, callerReference, newConfig, inverted, disabled, version);
    }
}
