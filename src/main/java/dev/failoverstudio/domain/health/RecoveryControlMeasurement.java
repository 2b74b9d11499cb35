package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.HealthObservation;

/** Measures a recovery-control check (HC15): routing control ON is healthy, OFF unhealthy. */
final class RecoveryControlMeasurement {

    private RecoveryControlMeasurement() {
    }

    static Measurement measure(HealthObservation observation) {
        if (observation instanceof HealthObservation.Uniform uniform) {
            return uniform.passing()
                    ? Measurement.healthy("routing control is ON", "HC15")
                    : Measurement.unhealthy("routing control is OFF", "HC15");
        }
        if (observation == null) {
            return Measurement.noData("no observation yet");
        }
        // A routing control is either ON or OFF; other observation shapes say nothing about it.
        return Measurement.noData("only ON/OFF applies to a recovery-control check, so no data yet");
    }
}
