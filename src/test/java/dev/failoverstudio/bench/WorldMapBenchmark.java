package dev.failoverstudio.bench;

import dev.failoverstudio.domain.catchment.AnswerMap;
import dev.failoverstudio.domain.catchment.AnswersEverywhere;
import dev.failoverstudio.domain.catchment.PlaceClients;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.geo.WorldMap;
import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.ResolutionEngine;
import dev.failoverstudio.io.JsonFormats;
import dev.failoverstudio.io.assets.GeoTablesLoader;
import dev.failoverstudio.io.assets.WorldMapLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The resolver pane's map: one pick ({@link WorldMap#at}) at random points of the inhabited latitudes, and a
 * whole "answers everywhere" map (every country and US state) for the samples, in three situations:
 * {@code none} (the same design and health again), {@code health} (a health toggle: the quiet-answer cache
 * starts empty) and {@code design} (an edit: the design is compiled again, so rankings start empty too).
 * Run from the repository root with {@code java -cp <test class path> org.openjdk.jmh.Main WorldMapBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorldMapBenchmark {

    @Param({"latency-weighted-tree.json", "geolocation-with-default.json"})
    public String sample;

    @Param({"none", "health", "design"})
    public String change;

    private WorldMap map;
    private ResolutionEngine engine;
    private AnswersEverywhere everywhere;
    private Design design;
    private CompiledDesign compiled;
    private HealthStatus health;
    private Query query;
    private double[] latitudes;
    private double[] longitudes;
    private int next;

    @Setup
    public void setUp() throws Exception {
        GeoTables geo = GeoTablesLoader.loadBundled();
        map = WorldMapLoader.loadBundled();
        engine = new ResolutionEngine(geo);
        everywhere = new AnswersEverywhere(new PlaceClients(map, geo));
        design = JsonFormats.create().scenarioReader().read(Path.of("samples", sample)).design();
        compiled = engine.compile(design);
        health = new HealthEvaluator().evaluate(design);
        query = Query.of(sample.startsWith("latency") ? "example.com" : "www.example.com", "A");
        SplittableRandom random = new SplittableRandom(11);
        latitudes = new double[4096];
        longitudes = new double[4096];
        for (int i = 0; i < latitudes.length; i++) {
            latitudes[i] = random.nextDouble(-60, 75);
            longitudes[i] = random.nextDouble(-180, 180);
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Optional<MapPlace> pick() {
        int i = next++ & 4095;
        return map.at(latitudes[i], longitudes[i]);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Optional<MapPlace> pickStrict() {
        int i = next++ & 4095;
        return map.at(latitudes[i], longitudes[i], 0);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public AnswerMap answersEverywhere() {
        CompiledDesign d = change.equals("design") ? engine.compile(design) : compiled;
        // a new status object, as a health toggle publishes: the engine's quiet-answer cache is per status
        HealthStatus h = change.equals("none") ? health : health::verdict;
        return everywhere.resolve(d, h, query, 1);
    }
}
