package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckConfig;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.ResolutionEngine;
import dev.failoverstudio.io.assets.GeoTablesLoader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Designs and drills for the drill tests. */
final class DrillFixture {

    static final GeoTables GEO = GeoTablesLoader.loadBundled();
    static final DrillSimulator SIMULATOR = new DrillSimulator(new ResolutionEngine(GEO), new HealthEvaluator(), GEO);

    static final String ZONE_ID = "ZDRILL";
    static final String PRIMARY = "192.0.2.10";
    static final String SECONDARY = "198.51.100.10";

    private DrillFixture() {
    }

    static HealthCheck check(String id, HealthCheckConfig config) {
        return new HealthCheck(id, id, config, false, false, 1);
    }

    static EndpointCheck endpoint(long interval, long threshold, List<String> regions) {
        return new EndpointCheck(HealthCheckType.HTTP, null, 80L, id("origin"), "/health", null, interval, threshold,
                regions, false, false);
    }

    private static String id(String s) {
        return s + ".example.net";
    }

    static RecordSet record(String name, String setId, Routing routing, Long ttl, String value, String checkId) {
        return new RecordSet(DomainName.of(name), RecordType.A, setId, routing, ttl, List.of(value), null, checkId,
                null);
    }

    static RecordSet alias(String name, String setId, Routing routing, String target, boolean eth) {
        return new RecordSet(DomainName.of(name), RecordType.A, setId, routing, null, List.of(),
                new AliasTarget(ZONE_ID, DomainName.of(target), eth), null, null);
    }

    static Design design(List<RecordSet> recordSets, List<HealthCheck> checks) {
        HostedZone zone = new HostedZone(ZONE_ID, DomainName.of("example.com."), false, recordSets);
        return new Design(List.of(zone), checks, List.of(), ResourceCatalog.EMPTY, HealthSnapshot.EMPTY);
    }

    /** www.example.com: PRIMARY 192.0.2.10 with check "primary", SECONDARY 198.51.100.10 with check "secondary". */
    static Design activePassive(long interval, long threshold, long ttl) {
        return design(List.of(
                record("www.example.com.", "primary", new FailoverRouting(FailoverRole.PRIMARY), ttl, PRIMARY, "primary"),
                record("www.example.com.", "secondary", new FailoverRouting(FailoverRole.SECONDARY), ttl, SECONDARY,
                        "secondary")),
                List.of(check("primary", endpoint(interval, threshold, List.of())),
                        check("secondary", endpoint(interval, threshold, List.of()))));
    }

    /**
     * The Developer Guide's latency → weighted tree (DG:dns-failover-complex-configs.md): example.com latency
     * aliases (ETH on) to a weighted group per Region, each instance with its own check (30 s, threshold 3).
     */
    static Design latencyWeightedTree() {
        List<RecordSet> sets = new ArrayList<>();
        sets.add(alias("example.com.", "us-east-1", new LatencyRouting("us-east-1"), "us-east-1-www.example.com.",
                true));
        sets.add(alias("example.com.", "ap-southeast-2", new LatencyRouting("ap-southeast-2"),
                "ap-southeast-2-www.example.com.", true));
        sets.add(record("us-east-1-www.example.com.", "use1-a", new WeightedRouting(50), 60L, "192.0.2.11", "use1-a"));
        sets.add(record("us-east-1-www.example.com.", "use1-b", new WeightedRouting(50), 60L, "192.0.2.12", "use1-b"));
        sets.add(record("ap-southeast-2-www.example.com.", "apse2-a", new WeightedRouting(75), 60L, "198.51.100.21",
                "apse2-a"));
        sets.add(record("ap-southeast-2-www.example.com.", "apse2-b", new WeightedRouting(25), 60L, "198.51.100.22",
                "apse2-b"));
        List<HealthCheck> checks = new ArrayList<>();
        for (String id : List.of("use1-a", "use1-b", "apse2-a", "apse2-b")) {
            checks.add(check(id, endpoint(30, 3, List.of())));
        }
        return design(sets, checks);
    }

    static CalculatedCheck calculated(long threshold, String... children) {
        return new CalculatedCheck(List.of(children), threshold);
    }

    static Population single(String country, String region) {
        return new Population(List.of(new PopulationLocation(country, "all",
                new ClientContext(null, country, null, region, null, null, null, null), 1)), "test");
    }

    static Population usAndAustralia() {
        return new Population(List.of(
                new PopulationLocation("US", "NA", new ClientContext("NA", "US", null, "us-east-1", null, null, null,
                        null), 0.6),
                new PopulationLocation("AU", "OC", new ClientContext("OC", "AU", null, "ap-southeast-2", null, null,
                        null, null), 0.4)), "test");
    }

    static Drill drill(String name, Query query, double duration, double step, Population population,
                       double queriesPerSecond, ResolverBehaviour resolvers, List<DrillEvent> events,
                       List<DrillAssertion> assertions) {
        return new Drill(name, null, query, duration, step, population, queriesPerSecond, resolvers, events,
                Map.of(), Map.of(), assertions);
    }

    static DrillEvent endpointDown(double at, String endpoint) {
        return new DrillEvent.EndpointState(at, endpoint, false, Set.of());
    }

    static DrillEvent endpointUp(double at, String endpoint) {
        return new DrillEvent.EndpointState(at, endpoint, true, Set.of());
    }

    static Query www() {
        return Query.of("www.example.com", "A");
    }
}
