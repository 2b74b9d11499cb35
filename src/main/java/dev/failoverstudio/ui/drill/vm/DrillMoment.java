package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.Design;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The state of a drill at one scrub time, for the canvas and the map to colour: the health status in force,
 * which endpoints are down, the design as the drill's record and weight events left it, and which answers (and
 * endpoints) clients get at the sample at or before that time.
 *
 * @param time          the scrub time in seconds
 * @param sample        the index of the sample at or before {@code time} ({@code DrillResult.sampleAt})
 * @param sampleTime    that sample's instant
 * @param status        the final status of every health check in force at {@code time}
 * @param checkHealthy  health check Id → healthy at {@code time}, for the checks of the design that ran
 * @param downEndpoints endpoints down at {@code time}
 * @param answerShares  answer label → share of queries at the sample (insertion order = the result's order)
 * @param endpointShares endpoint → share of queries at the sample
 * @param unhealthyShare share of queries sent to a down endpoint at the sample
 * @param design        the design in force at {@code time} ({@code DrillResult.designAt}): the drill's design with
 *                      its upserts, deletes, weight and Disabled/Inverted changes up to then applied
 */
public record DrillMoment(double time, int sample, double sampleTime, HealthStatus status,
                          Map<String, Boolean> checkHealthy, Set<String> downEndpoints,
                          Map<String, Double> answerShares, Map<String, Double> endpointShares,
                          double unhealthyShare, Design design) {
    public DrillMoment {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(design, "design");
        checkHealthy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(checkHealthy));
        downEndpoints = Set.copyOf(downEndpoints);
        answerShares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answerShares));
        endpointShares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(endpointShares));
    }
}
