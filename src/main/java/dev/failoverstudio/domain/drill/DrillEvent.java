package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.Objects;
import java.util.Set;

/**
 * One change on a drill's timeline, at {@link #at()} seconds after the drill starts.
 *
 * <p>Events that change what the health checkers see (a health check, an endpoint or a Region going down or
 * up) change the routing only through the simulated checkers (HC7–HC9, HC18); events that change the design
 * (Disabled/Inverted, a weight, a record set) take effect at their instant, as Route 53 applies a change batch
 * atomically (R184). Invariant: {@code at >= 0}.
 */
public sealed interface DrillEvent {

    /** Seconds after the start of the drill. */
    double at();

    /** What the checkers of a health check observe (HC19, C5): passing, failing, or (CloudWatch) no data. */
    enum Observed { UP, DOWN, INSUFFICIENT_DATA }

    /**
     * The checkers of one health check see it pass or fail from now on. For CloudWatch checks DOWN is metric
     * data in ALARM (HC14), for recovery-control checks the routing control OFF (HC15).
     *
     * @param checkerRegions the checker Regions that see the change; empty means all of the check's Regions
     */
    record HealthCheckObserved(double at, String healthCheckId, Observed observed, Set<String> checkerRegions)
            implements DrillEvent {
        public HealthCheckObserved {
            requireTime(at);
            Objects.requireNonNull(healthCheckId, "healthCheckId");
            Objects.requireNonNull(observed, "observed");
            checkerRegions = Set.copyOf(checkerRegions);
        }
    }

    /**
     * An endpoint (an answer value: an address or a name) stops or starts serving. Every endpoint health check
     * linked to it (see {@link DrillEndpoints}) sees the change; queries answered with it while it is down count
     * as sent to an unhealthy endpoint.
     *
     * @param checkerRegions the checker Regions that see the failure (a partial network outage); empty means
     *                       all. An endpoint counts as down for traffic only when all Regions see it down
     * @param timesOut for a failure: true when the endpoint drops packets, so each failing probe takes the
     *                 connect limit (4 s HTTP/HTTPS, 10 s TCP; HC3, HC5) before it counts; false when it refuses
     *                 connections or answers with an error status, which fails the probe at once
     */
    record EndpointState(double at, String endpoint, boolean up, Set<String> checkerRegions, boolean timesOut)
            implements DrillEvent {
        public EndpointState {
            requireTime(at);
            Objects.requireNonNull(endpoint, "endpoint");
            checkerRegions = Set.copyOf(checkerRegions);
            timesOut = timesOut && !up;
        }

        /** A failure or recovery whose failing probes fail at once. */
        public EndpointState(double at, String endpoint, boolean up, Set<String> checkerRegions) {
            this(at, endpoint, up, checkerRegions, false);
        }
    }

    /**
     * Every endpoint tagged with an AWS Region fails or recovers (see {@link DrillEndpoints#regionOf}).
     *
     * @param timesOut as for {@link EndpointState}
     */
    record RegionState(double at, String region, boolean up, boolean timesOut) implements DrillEvent {
        public RegionState {
            requireTime(at);
            Objects.requireNonNull(region, "region");
            timesOut = timesOut && !up;
        }

        /** A failure or recovery whose failing probes fail at once. */
        public RegionState(double at, String region, boolean up) {
            this(at, region, up, false);
        }
    }

    /** Sets Disabled and/or Inverted of a health check (HC17); a null field is left as it is. */
    record HealthCheckSwitch(double at, String healthCheckId, Boolean disabled, Boolean inverted)
            implements DrillEvent {
        public HealthCheckSwitch {
            requireTime(at);
            Objects.requireNonNull(healthCheckId, "healthCheckId");
        }
    }

    /** Changes the weight of a weighted record set (R70). */
    record SetWeight(double at, RecordSetKey recordSet, long weight) implements DrillEvent {
        public SetWeight {
            requireTime(at);
            Objects.requireNonNull(recordSet, "recordSet");
        }
    }

    /** Creates or replaces a record set (UPSERT, S2); the record set's key says which. */
    record UpsertRecordSet(double at, RecordSet recordSet) implements DrillEvent {
        public UpsertRecordSet {
            requireTime(at);
            Objects.requireNonNull(recordSet, "recordSet");
        }
    }

    /** Deletes a record set (DELETE, S2). */
    record DeleteRecordSet(double at, RecordSetKey recordSet) implements DrillEvent {
        public DeleteRecordSet {
            requireTime(at);
            Objects.requireNonNull(recordSet, "recordSet");
        }
    }

    /** True for events that change what health checkers observe rather than the design. */
    default boolean changesObservations() {
        return this instanceof HealthCheckObserved || this instanceof EndpointState || this instanceof RegionState;
    }

    private static void requireTime(double at) {
        if (!(at >= 0) || Double.isInfinite(at)) {
            throw new IllegalArgumentException("an event time must be a finite number of seconds >= 0, got " + at);
        }
    }
}
