package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.InsufficientDataHealthStatus;

/**
 * Measures a CloudWatch metric check (HC14): metric data OK is healthy, ALARM unhealthy, and insufficient
 * data follows {@code InsufficientDataHealthStatus}.
 *
 * <p>{@code lastKnownHealthy} is the measured status (before Inverted) from the last time data was
 * sufficient, or null when there is no history; a brand-new check without history is healthy. A missing
 * {@code InsufficientDataHealthStatus} is treated as LastKnownStatus, as {@link CloudWatchCheck} documents.
 */
final class CloudWatchMeasurement {

    private CloudWatchMeasurement() {
    }

    static Measurement measure(CloudWatchCheck check, HealthObservation observation, Boolean lastKnownHealthy) {
        if (observation == null) {
            return Measurement.noData("no observation yet");
        }
        if (observation instanceof HealthObservation.Uniform uniform) {
            return uniform.passing()
                    ? Measurement.healthy("CloudWatch metric data is OK", "HC14")
                    : Measurement.unhealthy("CloudWatch metric data is in ALARM", "HC14");
        }
        if (observation instanceof HealthObservation.InsufficientData) {
            return whenInsufficient(check.insufficientDataHealthStatus(), lastKnownHealthy);
        }
        // Checker Regions do not probe an alarm's data stream, so a per-Region map carries no opinion here.
        return Measurement.noData("per-Region observations do not apply to a CloudWatch check, so no data yet");
    }

    private static Measurement whenInsufficient(InsufficientDataHealthStatus setting, Boolean lastKnownHealthy) {
        String prefix = "CloudWatch metric has insufficient data; ";
        if (setting == InsufficientDataHealthStatus.HEALTHY) {
            return Measurement.healthy(prefix + "InsufficientDataHealthStatus is Healthy", "HC14");
        }
        if (setting == InsufficientDataHealthStatus.UNHEALTHY) {
            return Measurement.unhealthy(prefix + "InsufficientDataHealthStatus is Unhealthy", "HC14");
        }
        String policy = setting == null
                ? "InsufficientDataHealthStatus is not set, treated as LastKnownStatus: "
                : "InsufficientDataHealthStatus is LastKnownStatus: ";
        if (lastKnownHealthy == null) {
            return Measurement.healthy(prefix + policy + "no earlier status, a new check is healthy", "HC14");
        }
        return Measurement.of(lastKnownHealthy, prefix + policy + "last known status was "
                + (lastKnownHealthy ? "healthy" : "unhealthy"), "HC14");
    }
}
