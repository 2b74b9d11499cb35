package dev.failoverstudio.domain.model;

import java.util.List;

/** A calculated health check: healthy when at least {@code healthThreshold} children are healthy (HC13). */
public record CalculatedCheck(List<String> childHealthChecks, long healthThreshold) implements HealthCheckConfig {
    public CalculatedCheck {
        childHealthChecks = childHealthChecks == null ? List.of() : List.copyOf(childHealthChecks);
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.CALCULATED;
    }
}
