package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.HealthCheckConfig;

import java.util.Objects;
import java.util.Set;

/**
 * An UpdateHealthCheck request (API:UpdateHealthCheck) in model terms.
 *
 * @param healthCheckVersion the version the caller last saw (HV19); null when not given
 * @param config the complete new configuration; null keeps the current one
 * @param inverted null keeps the current setting
 * @param disabled null keeps the current setting
 * @param resetElements settings to reset to their defaults (HV20); never null
 */
public record HealthCheckUpdate(String healthCheckId, Long healthCheckVersion, HealthCheckConfig config,
                                Boolean inverted, Boolean disabled, Set<ResetElement> resetElements) {

    public HealthCheckUpdate {
        Objects.requireNonNull(healthCheckId, "healthCheckId");
        resetElements = resetElements == null ? Set.of() : Set.copyOf(resetElements);
    }

    /** An update that replaces the configuration and keeps everything else. */
    public static HealthCheckUpdate config(String healthCheckId, HealthCheckConfig config) {
        return new HealthCheckUpdate(healthCheckId, null, config, null, null, Set.of());
    }
}
