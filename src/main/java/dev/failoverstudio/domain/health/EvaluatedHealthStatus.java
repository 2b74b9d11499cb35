package dev.failoverstudio.domain.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link HealthStatus} backed by a map from health check ID to verdict, as produced by
 * {@link HealthEvaluator}.
 *
 * <p>Invariants: immutable (the map is copied and never exposed for writing); every lookup is O(1); an ID
 * without a verdict, including null, gets the healthy "does not exist" verdict of V50.
 */
public final class EvaluatedHealthStatus implements HealthStatus {

    private final Map<String, HealthVerdict> verdicts;

    EvaluatedHealthStatus(Map<String, HealthVerdict> verdicts) {
        this.verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
    }

    @Override
    public HealthVerdict verdict(String healthCheckId) {
        HealthVerdict verdict = healthCheckId == null ? null : verdicts.get(healthCheckId);
        return verdict != null ? verdict : missing(healthCheckId);
    }

    /** Every evaluated check's verdict, in the order the checks were given; read-only. */
    public Map<String, HealthVerdict> verdicts() {
        return verdicts;
    }

    // A dangling reference is a validation error (V50); resolving must still work, so it counts healthy.
    private static HealthVerdict missing(String healthCheckId) {
        return HealthVerdict.healthy("health check " + (healthCheckId == null ? "(no ID)" : "\"" + healthCheckId + "\"")
                + " does not exist; a reference to a missing check counts as healthy", "V50");
    }

    @Override
    public String toString() {
        return "EvaluatedHealthStatus" + verdicts;
    }
}
