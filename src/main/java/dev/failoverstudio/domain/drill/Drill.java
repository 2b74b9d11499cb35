package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.resolve.Query;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A what-if failure drill: a named timeline of events against one query of a design, with the parameters
 * of the simulated world (duration, sample step, client population, query rate, resolver behaviour) and the
 * assertions the outcome must meet.
 *
 * <p>Invariants: {@code durationSeconds > 0}; {@code 0 < stepSeconds <= durationSeconds}; the number of samples
 * ({@code durationSeconds / stepSeconds + 1}) is at most {@link #MAX_SAMPLES}; {@code queriesPerSecond > 0};
 * events are sorted by time (stable: events at one instant keep their order) and lie within the duration.
 *
 * @param regionEndpoints endpoints (answer values) or endpoint health check Ids tagged to an AWS Region in
 *                        addition to those derived from latency record sets (see {@link DrillEndpoints})
 * @param endpointChecks health checks that probe an endpoint, in addition to those derived from the design
 */
public record Drill(String name, String description, Query query, double durationSeconds, double stepSeconds,
                   Population population, double queriesPerSecond, ResolverBehaviour resolvers,
                   List<DrillEvent> events, Map<String, Set<String>> regionEndpoints,
                   Map<String, Set<String>> endpointChecks, List<DrillAssertion> assertions) {

    public static final int MAX_SAMPLES = 1_000_000;

    public Drill {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(resolvers, "resolvers");
        if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("duration must be above 0 s, got " + durationSeconds);
        }
        if (!(stepSeconds > 0) || stepSeconds > durationSeconds) {
            throw new IllegalArgumentException("step must be above 0 and at most the duration, got " + stepSeconds);
        }
        if (durationSeconds / stepSeconds + 1 > MAX_SAMPLES) {
            throw new IllegalArgumentException("at most " + MAX_SAMPLES + " samples, got "
                    + (long) (durationSeconds / stepSeconds + 1));
        }
        if (!(queriesPerSecond > 0) || Double.isInfinite(queriesPerSecond)) {
            throw new IllegalArgumentException("query rate must be above 0, got " + queriesPerSecond);
        }
        events = events.stream().sorted(Comparator.comparingDouble(DrillEvent::at)).toList();
        for (DrillEvent e : events) {
            if (e.at() > durationSeconds) {
                throw new IllegalArgumentException("event at " + e.at() + " s lies after the end of the drill");
            }
        }
        regionEndpoints = copy(regionEndpoints);
        endpointChecks = copy(endpointChecks);
        assertions = List.copyOf(assertions);
    }

    /** Samples are taken at {@code k × stepSeconds} for {@code k = 0..sampleCount()-1}. */
    public int sampleCount() {
        return (int) Math.floor(durationSeconds / stepSeconds + 1e-9) + 1;
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> map) {
        if (map == null) {
            return Map.of();
        }
        LinkedHashMap<String, Set<String>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
