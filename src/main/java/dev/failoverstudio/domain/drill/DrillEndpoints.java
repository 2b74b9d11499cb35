package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which endpoints (answer values) a drill knows, which endpoint health checks probe each one, and which AWS
 * Region each one is in.
 *
 * <p>Links between an endpoint and its health checks come from the design (a non-alias record set with a
 * {@code HealthCheckId} links each of its values to that check, R8; an endpoint check's {@code IPAddress}
 * links that address) plus the drill's own {@code endpoints}. Region tags come from latency record sets (a
 * latency record set in Region X tags its own values and, for an in-zone alias, every value reachable below
 * its target, and the addresses of a catalogued resource target) plus the drill's own {@code regions}, which may
 * also name endpoint health checks by Id (their probes fail while the Region is down). Only
 * endpoint checks (HTTP/HTTPS/TCP) are linked: CloudWatch and recovery-control checks do not probe endpoints.
 *
 * <p>Immutable.
 */
public final class DrillEndpoints {

    private final Map<String, Set<String>> checksByEndpoint;
    private final Map<String, Set<String>> regionsByEndpoint;

    private DrillEndpoints(Map<String, Set<String>> checksByEndpoint, Map<String, Set<String>> regionsByEndpoint) {
        this.checksByEndpoint = freeze(checksByEndpoint);
        this.regionsByEndpoint = freeze(regionsByEndpoint);
    }

    /** Links and tags for the design, including record sets the drill's events will upsert. */
    public static DrillEndpoints of(Design design, Drill drill) {
        Set<String> endpointChecks = new HashSet<>();
        Map<String, Set<String>> checks = new LinkedHashMap<>();
        for (HealthCheck check : design.healthChecks()) {
            if (check.config() instanceof EndpointCheck endpoint) {
                endpointChecks.add(check.id());
                if (endpoint.ipAddress() != null && !endpoint.ipAddress().isBlank()) {
                    add(checks, endpoint.ipAddress().strip(), check.id());
                }
            }
        }
        List<RecordSet> recordSets = new ArrayList<>();
        for (HostedZone zone : design.zones()) {
            recordSets.addAll(zone.recordSets());
        }
        for (DrillEvent event : drill.events()) {
            if (event instanceof DrillEvent.UpsertRecordSet upsert) {
                recordSets.add(upsert.recordSet());
            }
        }
        for (RecordSet rs : recordSets) {
            if (!rs.isAlias() && rs.healthCheckId() != null && endpointChecks.contains(rs.healthCheckId())) {
                for (String value : rs.values()) {
                    add(checks, value, rs.healthCheckId());
                }
            }
        }
        drill.endpointChecks().forEach((endpoint, ids) -> ids.forEach(id -> add(checks, endpoint, id)));

        Map<String, Set<String>> regions = new LinkedHashMap<>();
        for (HostedZone zone : design.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                if (rs.routing() instanceof LatencyRouting latency) {
                    for (String value : reachableValues(design, zone, rs)) {
                        add(regions, value, latency.region());
                    }
                }
            }
        }
        drill.regionEndpoints().forEach((region, endpoints) -> endpoints.forEach(e -> add(regions, e, region)));
        return new DrillEndpoints(checks, regions);
    }

    /** The endpoint health checks that probe {@code endpoint}; empty when none. */
    public Set<String> checksOf(String endpoint) {
        return checksByEndpoint.getOrDefault(endpoint, Set.of());
    }

    /** The Regions {@code endpoint} is tagged with; empty when none. */
    public Set<String> regionOf(String endpoint) {
        return regionsByEndpoint.getOrDefault(endpoint, Set.of());
    }

    /** Every endpoint tagged with {@code region}. */
    public Set<String> endpointsIn(String region) {
        Set<String> found = new LinkedHashSet<>();
        regionsByEndpoint.forEach((endpoint, regions) -> {
            if (regions.contains(region)) {
                found.add(endpoint);
            }
        });
        return found;
    }

    /** Every endpoint the drill knows by a link or a tag. */
    public Set<String> knownEndpoints() {
        Set<String> all = new LinkedHashSet<>(checksByEndpoint.keySet());
        all.addAll(regionsByEndpoint.keySet());
        return all;
    }

    /** The values of a record set and, for an alias, everything reachable below its target. */
    private static Set<String> reachableValues(Design design, HostedZone zone, RecordSet start) {
        Set<String> values = new LinkedHashSet<>();
        Set<DomainName> visited = new HashSet<>();
        Deque<RecordSet> work = new ArrayDeque<>();
        work.add(start);
        while (!work.isEmpty()) {
            RecordSet rs = work.poll();
            if (!rs.isAlias()) {
                values.addAll(rs.values());
                continue;
            }
            DomainName target = rs.aliasTarget().dnsName();
            if (zone.isInZone(rs.aliasTarget())) {
                if (visited.add(target)) {
                    for (RecordSet member : zone.recordSets()) {
                        if (member.name().equals(target) && member.type() == rs.type()) {
                            work.add(member);
                        }
                    }
                }
            } else {
                design.resourceCatalog().find(target).ifPresent(resource -> {
                    values.addAll(resource.ipv4());
                    values.addAll(resource.ipv6());
                });
            }
        }
        return values;
    }

    private static void add(Map<String, Set<String>> map, String key, String value) {
        map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> map) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return Collections.unmodifiableMap(copy);
    }
}
