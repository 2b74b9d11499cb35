package dev.failoverstudio.bench;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.DrillResult;
import dev.failoverstudio.domain.drill.DrillSimulator;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.drill.PopulationLocation;
import dev.failoverstudio.domain.drill.ResolverBehaviour;
import dev.failoverstudio.domain.geo.AwsRegionInfo;
import dev.failoverstudio.domain.geo.CountryInfo;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.ResolutionEngine;
import dev.failoverstudio.io.assets.GeoTablesLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The drill speed target: a one-hour drill at 1 s steps (3,601 samples) over 250 client locations and 10,000
 * simulated resolvers with the default resolver mix, on the latency → weighted tree with us-east-1 failing at
 * 10 min and coming back at 40 min. One operation is one whole drill (health checkers, resolver caches,
 * samples, assertions). Run with {@code java -cp <test class path> org.openjdk.jmh.Main DrillBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class DrillBenchmark {

    static final int LOCATIONS = 250;
    static final int RESOLVERS = 10_000;

    private DrillSimulator simulator;
    private Design design;
    private Drill drill;
    private long seed;

    @Setup
    public void setUp() {
        GeoTables geo = GeoTablesLoader.loadBundled();
        simulator = new DrillSimulator(new ResolutionEngine(geo), new HealthEvaluator(), geo);
        design = tree();
        drill = oneHourDrill(geo);
    }

    /**
     * The latency → weighted tree at www.example.com with four Regions of two weighted instances each, every
     * instance with its own address and health check (30 s, threshold 3).
     */
    static Design tree() {
        List<RecordSet> records = new ArrayList<>();
        List<HealthCheck> checks = new ArrayList<>();
        DomainName top = DomainName.of("www.example.com.");
        int n = 0;
        for (String region : List.of("us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1")) {
            DomainName pool = DomainName.of(region + ".www.example.com.");
            records.add(new RecordSet(top, RecordType.A, region, new LatencyRouting(region), null, List.of(),
                    new AliasTarget(ZONE_ID, pool, true), null, null));
            for (int i = 0; i < 2; i++, n++) {
                String id = "hc-" + region + "-" + i;
                checks.add(new HealthCheck(id, id, EndpointCheck.http(null), false, false, 1));
                records.add(new RecordSet(pool, RecordType.A, region + "-" + i, new WeightedRouting(1 + 2 * i), 60L,
                        List.of("192.0.2." + (10 + n)), null, id, null));
            }
        }
        HostedZone zone = new HostedZone(ZONE_ID, DomainName.of("example.com."), false, records);
        return new Design(List.of(zone), checks, List.of(), ResourceCatalog.EMPTY, HealthSnapshot.EMPTY);
    }

    private static final String ZONE_ID = "ZBENCH";

    /** 250 locations: every country of the bundled table, each referenced to one of the latency Regions in turn. */
    static Drill oneHourDrill(GeoTables geo) {
        List<AwsRegionInfo> regions = geo.regions().values().stream().filter(AwsRegionInfo::latencyRecords).toList();
        List<CountryInfo> countries = new ArrayList<>(geo.countries().values());
        List<PopulationLocation> locations = new ArrayList<>();
        for (int i = 0; i < LOCATIONS; i++) {
            CountryInfo country = countries.get(i % countries.size());
            String region = regions.get(i % regions.size()).code();
            locations.add(new PopulationLocation("L" + i, country.continent() == null ? "--" : country.continent(),
                    new ClientContext(country.continent(), country.code(), null, region, null, null, null, null),
                    1 + (i % 7)));
        }
        Population population = new Population(locations, "benchmark");
        return new Drill("bench", null, Query.of("www.example.com", "A"), 3_600, 1, population, 10_000, new ResolverBehaviour(RESOLVERS, ResolverBehaviour.DEFAULT_CLASSES),
                List.of(new DrillEvent.RegionState(600, "us-east-1", false),
                        new DrillEvent.RegionState(2_400, "us-east-1", true)),
                Map.of(), Map.of(), List.of());
    }

    @Benchmark
    public DrillResult oneHourDrill() {
        return simulator.run(design, drill, ++seed);
    }
}
