package dev.failoverstudio.domain.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The raw observations of every health check at one instant (C5). A check without an entry has no data
 * yet (HC16, A36). {@code lastKnownHealthy} remembers, for CloudWatch checks, the status from the last time
 * data was sufficient (HC14 LastKnownStatus); absent means no history.
 */
public record HealthSnapshot(Map<String, HealthObservation> observations, Map<String, Boolean> lastKnownHealthy) {

    public static final HealthSnapshot EMPTY = new HealthSnapshot(Map.of(), Map.of());

    public HealthSnapshot {
        observations = Map.copyOf(observations);
        lastKnownHealthy = Map.copyOf(lastKnownHealthy);
    }

    public static HealthSnapshot of(Map<String, HealthObservation> observations) {
        return new HealthSnapshot(observations, Map.of());
    }

    public Optional<HealthObservation> observation(String healthCheckId) {
        return Optional.ofNullable(observations.get(healthCheckId));
    }

    /** A copy with one observation replaced (or added). */
    public HealthSnapshot with(String healthCheckId, HealthObservation observation) {
        Map<String, HealthObservation> copy = new LinkedHashMap<>(observations);
        copy.put(healthCheckId, observation);
        return new HealthSnapshot(copy, lastKnownHealthy);
    }

    /** A copy without an observation for the check (it then has no data, HC16). */
    public HealthSnapshot without(String healthCheckId) {
        Map<String, HealthObservation> copy = new LinkedHashMap<>(observations);
        copy.remove(healthCheckId);
        return new HealthSnapshot(copy, lastKnownHealthy);
    }
}
