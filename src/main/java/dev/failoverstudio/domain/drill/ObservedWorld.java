package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.health.CheckerRegions;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthObservation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What is really up or down during a drill, as the drill's observation events set it: per endpoint check and
 * checker Region whether a probe passes, the observation of CloudWatch and recovery-control checks, endpoints
 * and Regions that are down.
 *
 * <p>The start comes from the design's {@code healthState} (C5): {@code true}/{@code false} for every checker
 * Region, per-Region values as given; a check without an entry, and a Region missing from a per-Region entry,
 * start passing (the drill assumes checks that have been running against working endpoints). Mutable; used by
 * one simulation run only.
 */
final class ObservedWorld {

    private static final String ALL_REGIONS = "*";

    private final DrillEndpoints endpoints;
    private final Map<String, List<String>> checkerRegions = new LinkedHashMap<>();
    /** Endpoint check → checker Region → the check's own observation (from healthState and check events). */
    private final Map<String, Map<String, Boolean>> checkPasses = new HashMap<>();
    /** Other checks (CloudWatch, recovery control) → current observation; absent = no data. */
    private final Map<String, HealthObservation> otherObservations = new HashMap<>();
    private final Map<String, Boolean> lastKnownHealthy = new HashMap<>();
    /** Endpoint → the checker Regions that see it failing ({@value #ALL_REGIONS} = all). */
    private final Map<String, Set<String>> failingEndpoints = new HashMap<>();
    private final Set<String> downRegions = new HashSet<>();
    /** Failed endpoints and Regions that drop packets, so probes fail only at the connect limit. */
    private final Set<String> timeoutEndpoints = new HashSet<>();
    private final Set<String> timeoutRegions = new HashSet<>();
    private final Set<String> endpointUniverse = new LinkedHashSet<>();
    /** Endpoint check → the endpoints it probes. */
    private final Map<String, List<String>> probedEndpoints = new HashMap<>();

    ObservedWorld(Design design, DrillEndpoints endpoints, List<DrillEvent> events) {
        this.endpoints = endpoints;
        for (HealthCheck check : design.healthChecks()) {
            HealthObservation observed = design.healthSnapshot().observation(check.id()).orElse(null);
            if (check.config() instanceof EndpointCheck endpoint) {
                List<String> regions = CheckerRegions.forCheck(endpoint);
                checkerRegions.put(check.id(), regions);
                Map<String, Boolean> passes = new HashMap<>();
                for (String region : regions) {
                    passes.put(region, initialPass(observed, region));
                }
                checkPasses.put(check.id(), passes);
            } else if (observed != null) {
                otherObservations.put(check.id(), observed);
            }
        }
        design.healthSnapshot().lastKnownHealthy().forEach(lastKnownHealthy::put);
        endpointUniverse.addAll(endpoints.knownEndpoints());
        for (DrillEvent event : events) {
            if (event instanceof DrillEvent.EndpointState e) {
                endpointUniverse.add(e.endpoint());
            }
        }
        for (String endpoint : endpointUniverse) {
            for (String checkId : endpoints.checksOf(endpoint)) {
                probedEndpoints.computeIfAbsent(checkId, k -> new ArrayList<>()).add(endpoint);
            }
        }
    }

    private static boolean initialPass(HealthObservation observed, String region) {
        if (observed instanceof HealthObservation.Uniform u) {
            return u.passing();
        }
        if (observed instanceof HealthObservation.PerRegion p) {
            return p.checkerRegions().getOrDefault(region, true);
        }
        return true;
    }

    /** The endpoint checks with their distinct checker Regions, in design order. */
    Map<String, List<String>> endpointChecks() {
        return checkerRegions;
    }

    void apply(DrillEvent event) {
        if (event instanceof DrillEvent.HealthCheckObserved h) {
            Map<String, Boolean> passes = checkPasses.get(h.healthCheckId());
            if (passes != null) {
                if (h.observed() != DrillEvent.Observed.INSUFFICIENT_DATA) {
                    boolean pass = h.observed() == DrillEvent.Observed.UP;
                    for (String region : passes.keySet()) {
                        if (h.checkerRegions().isEmpty() || h.checkerRegions().contains(region)) {
                            passes.put(region, pass);
                        }
                    }
                }
            } else {
                HealthObservation observation = switch (h.observed()) {
                    case UP -> HealthObservation.PASSING;
                    case DOWN -> HealthObservation.FAILING;
                    case INSUFFICIENT_DATA -> HealthObservation.INSUFFICIENT_DATA;
                };
                HealthObservation previous = otherObservations.put(h.healthCheckId(), observation);
                // HC14 LastKnownStatus: the status from the last time data was sufficient.
                if (previous instanceof HealthObservation.Uniform u) {
                    lastKnownHealthy.put(h.healthCheckId(), u.passing());
                }
            }
        } else if (event instanceof DrillEvent.EndpointState e) {
            if (e.timesOut()) {
                timeoutEndpoints.add(e.endpoint());
            } else if (!e.up() || e.checkerRegions().isEmpty()) {
                timeoutEndpoints.remove(e.endpoint());
            }
            if (e.up()) {
                if (e.checkerRegions().isEmpty()) {
                    failingEndpoints.remove(e.endpoint());
                } else {
                    Set<String> failing = failingEndpoints.get(e.endpoint());
                    if (failing != null && !failing.contains(ALL_REGIONS)) {
                        failing.removeAll(e.checkerRegions());
                        if (failing.isEmpty()) {
                            failingEndpoints.remove(e.endpoint());
                        }
                    }
                }
            } else {
                Set<String> failing = failingEndpoints.computeIfAbsent(e.endpoint(), k -> new HashSet<>());
                if (e.checkerRegions().isEmpty()) {
                    failing.clear();
                    failing.add(ALL_REGIONS);
                } else if (!failing.contains(ALL_REGIONS)) {
                    failing.addAll(e.checkerRegions());
                }
            }
        } else if (event instanceof DrillEvent.RegionState r) {
            if (r.timesOut()) {
                timeoutRegions.add(r.region());
            } else {
                timeoutRegions.remove(r.region());
            }
            if (r.up()) {
                downRegions.remove(r.region());
            } else {
                downRegions.add(r.region());
            }
        }
    }

    /** What a probe sent now finds: a pass, a failure at once, or a failure only at the connect limit. */
    enum ProbeOutcome { PASS, FAIL, FAIL_AFTER_CONNECT_LIMIT }

    /** Whether a probe of an endpoint check from {@code checkerRegion} passes now (HC3–HC5 reduced to up/down). */
    boolean probePasses(String checkId, String checkerRegion) {
        return probe(checkId, checkerRegion) == ProbeOutcome.PASS;
    }

    /**
     * The outcome of a probe sent now. A failure the check's own observation or a refusing endpoint causes
     * counts at once; one that only dropped packets cause counts at the connect limit (HC3, HC5).
     */
    ProbeOutcome probe(String checkId, String checkerRegion) {
        Map<String, Boolean> passes = checkPasses.get(checkId);
        if (passes != null && !passes.getOrDefault(checkerRegion, true)) {
            return ProbeOutcome.FAIL;
        }
        boolean timedOut = false;
        ProbeOutcome own = regionOutcome(checkId); // the check itself may be tagged to a Region (drill.regions)
        if (own == ProbeOutcome.FAIL) {
            return own;
        }
        timedOut |= own == ProbeOutcome.FAIL_AFTER_CONNECT_LIMIT;
        for (String endpoint : probedEndpoints.getOrDefault(checkId, List.of())) {
            Set<String> failing = failingEndpoints.get(endpoint);
            if (failing != null && (failing.contains(ALL_REGIONS) || failing.contains(checkerRegion))) {
                if (!timeoutEndpoints.contains(endpoint)) {
                    return ProbeOutcome.FAIL;
                }
                timedOut = true;
            }
            ProbeOutcome region = regionOutcome(endpoint);
            if (region == ProbeOutcome.FAIL) {
                return region;
            }
            timedOut |= region == ProbeOutcome.FAIL_AFTER_CONNECT_LIMIT;
        }
        return timedOut ? ProbeOutcome.FAIL_AFTER_CONNECT_LIMIT : ProbeOutcome.PASS;
    }

    private ProbeOutcome regionOutcome(String tagged) {
        ProbeOutcome outcome = ProbeOutcome.PASS;
        for (String region : endpoints.regionOf(tagged)) {
            if (downRegions.contains(region)) {
                if (!timeoutRegions.contains(region)) {
                    return ProbeOutcome.FAIL;
                }
                outcome = ProbeOutcome.FAIL_AFTER_CONNECT_LIMIT;
            }
        }
        return outcome;
    }

    private boolean regionDown(String endpoint) {
        for (String region : endpoints.regionOf(endpoint)) {
            if (downRegions.contains(region)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the endpoint is down for the clients that use it: taken down by an endpoint event for every
     * checker Region, in a failed Region, or probed by a check whose own observation fails in all its Regions.
     */
    boolean endpointDown(String endpoint) {
        Set<String> failing = failingEndpoints.get(endpoint);
        if (failing != null && failing.contains(ALL_REGIONS)) {
            return true;
        }
        if (regionDown(endpoint)) {
            return true;
        }
        for (String checkId : endpoints.checksOf(endpoint)) {
            Map<String, Boolean> passes = checkPasses.get(checkId);
            if (passes != null && !passes.isEmpty() && !passes.containsValue(true)) {
                return true;
            }
        }
        return false;
    }

    Set<String> downEndpoints() {
        Set<String> down = new LinkedHashSet<>();
        for (String endpoint : endpointUniverse) {
            if (endpointDown(endpoint)) {
                down.add(endpoint);
            }
        }
        return down;
    }

    HealthObservation otherObservation(String checkId) {
        return otherObservations.get(checkId);
    }

    Map<String, Boolean> lastKnownHealthy() {
        return lastKnownHealthy;
    }

    /** Everything that was observed, for telling whether the world is back to how it started. */
    Object signature() {
        Map<String, Map<String, Boolean>> passes = new HashMap<>();
        checkPasses.forEach((k, v) -> passes.put(k, Map.copyOf(v)));
        Map<String, Set<String>> failing = new HashMap<>();
        failingEndpoints.forEach((k, v) -> failing.put(k, Set.copyOf(v)));
        return List.of(passes, Map.copyOf(otherObservations), failing, Set.copyOf(downRegions));
    }

    static boolean sameSignature(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
