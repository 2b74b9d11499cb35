package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.HealthCheck;

/**
 * Applies Disabled and Inverted on top of a measurement (HC16, HC17):
 * {@code base = Disabled ? healthy : (no data ? healthy : measured)}, {@code final = Inverted ? !base : base}.
 */
final class FinalStatus {

    private FinalStatus() {
    }

    /** The verdict for a disabled check; it needs no measurement because disabling stops all checking. */
    static HealthVerdict ofDisabled(HealthCheck check) {
        return check.inverted()
                ? HealthVerdict.unhealthy("disabled and inverted: always unhealthy", "HC17")
                : HealthVerdict.healthy("disabled: always healthy", "HC17");
    }

    static HealthVerdict of(HealthCheck check, Measurement measurement) {
        if (check.disabled()) {
            return ofDisabled(check);
        }
        if (!measurement.hasData()) {
            // HC16: a check without data is healthy, so an inverted one is unhealthy.
            return check.inverted()
                    ? HealthVerdict.unhealthy(measurement.reason()
                            + "; a check without data counts healthy, inverted: unhealthy", "HC16")
                    : HealthVerdict.healthy(measurement.reason() + "; a check without data counts healthy", "HC16");
        }
        if (!check.inverted()) {
            return new HealthVerdict(measurement.healthy(), measurement.reason(), measurement.rule());
        }
        boolean healthy = !measurement.healthy();
        return new HealthVerdict(healthy, "inverted: " + measurement.reason() + ", so "
                + (healthy ? "healthy" : "unhealthy"), "HC17");
    }
}
