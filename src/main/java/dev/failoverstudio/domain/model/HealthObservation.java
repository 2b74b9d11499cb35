package dev.failoverstudio.domain.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the health checkers observe for one health check, before Disabled, Inverted, calculation and the
 * 18 % rule are applied (HC19, C5).
 */
public sealed interface HealthObservation {

    /** Every checker sees the endpoint pass or fail; for CloudWatch: metric OK / ALARM; ARC: ON / OFF. */
    record Uniform(boolean passing) implements HealthObservation {
    }

    /** Per checker Region (HC9); Regions of the check missing from the map report nothing. */
    record PerRegion(Map<String, Boolean> checkerRegions) implements HealthObservation {
        public PerRegion {
            checkerRegions = new TreeMap<>(checkerRegions);
        }
    }

    /** The CloudWatch metric has insufficient data (HC14). */
    record InsufficientData() implements HealthObservation {
    }

    HealthObservation PASSING = new Uniform(true);
    HealthObservation FAILING = new Uniform(false);
    HealthObservation INSUFFICIENT_DATA = new InsufficientData();
}
