package dev.failoverstudio.bench;

import dev.failoverstudio.cli.SyntheticDesigns;
import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.Resolution;
import dev.failoverstudio.domain.resolve.ResolutionEngine;
import dev.failoverstudio.io.assets.GeoTablesLoader;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Resolutions per second of the engine on the latency → weighted tree and on a 10,000-record-set zone,
 * against a plain lookup of precomputed answers for the same queries and clients. Run with
 * {@code java -cp <test class path> org.openjdk.jmh.Main ResolutionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResolutionBenchmark {

    private static final String[] CLIENT_REGIONS = {"us-east-1", "eu-central-1", "ap-northeast-1", "sa-east-1",
        "ap-southeast-2", "eu-west-2", "us-west-2", "af-south-1"};

    @Param({"tree", "zone10k"})
    public String design;

    private CompiledDesign compiled;
    private HealthStatus health;
    private List<Query> queries;
    private List<ClientContext> clients;
    private Map<Question, Resolution> precomputed;
    private SplittableRandom random;
    private int next;

    @Setup
    public void setUp() {
        Design d = design.equals("tree") ? SyntheticDesigns.latencyWeightedTree() : SyntheticDesigns.trees(500, 4);
        compiled = new ResolutionEngine(GeoTablesLoader.loadBundled()).compile(d);
        health = new HealthEvaluator().evaluate(d);
        queries = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (RecordSet rs : d.zones().get(0).recordSets()) {
            if (rs.isAlias() && seen.add(rs.name().text())) {
                queries.add(new Query(rs.name(), "A"));
            }
        }
        clients = new ArrayList<>();
        for (String region : CLIENT_REGIONS) {
            clients.add(ClientContext.region(region));
        }
        random = new SplittableRandom(1);
        precomputed = new HashMap<>();
        for (int q = 0; q < queries.size(); q++) {
            for (int c = 0; c < clients.size(); c++) {
                precomputed.put(new Question(queries.get(q), clients.get(c)),
                        compiled.resolveQuietly(health, queries.get(q), clients.get(c), random));
            }
        }
    }

    /** The key of a precomputed answer: the question as the engine receives it. */
    private record Question(Query query, ClientContext client) {
    }

    @Benchmark
    public Resolution engine() {
        int i = next++;
        return compiled.resolveQuietly(health, queries.get(i % queries.size()), clients.get(i % clients.size()), random);
    }

    @Benchmark
    public Resolution precomputedLookup() {
        int i = next++;
        return precomputed.get(new Question(queries.get(i % queries.size()), clients.get(i % clients.size())));
    }

    @Benchmark
    public Resolution tracedEngine() {
        int i = next++;
        return compiled.resolve(health, queries.get(i % queries.size()), clients.get(i % clients.size()), random);
    }
}
