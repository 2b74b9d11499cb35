package dev.failoverstudio.cli;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * {@code bench}: resolutions per second on the latency → weighted tree and on a large zone, measured in the
 * same run as a plain lookup of precomputed answers. For publication-grade figures use the JMH benchmark
 * {@code ResolutionBenchmark} in the test sources.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the answer engine against a plain lookup of precomputed answers.")
final class BenchCommand implements Callable<Integer> {

    private static final String[] CLIENT_REGIONS = {"us-east-1", "eu-central-1", "ap-northeast-1", "sa-east-1",
        "ap-southeast-2", "eu-west-2", "us-west-2", "af-south-1"};

    @Spec
    CommandSpec spec;

    @Option(names = "--records", defaultValue = "10000", description = "record sets in the large zone (default: ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--startup", paramLabel = "N", description = "instead: launch to the designer's first frame "
            + "with the design drawn, and with every panel in, against a blank JavaFX window, N fresh starts each")
    Integer startupRuns;

    @Option(names = "--design", defaultValue = "samples/latency-weighted-tree.json",
            description = "with --startup: the design to open (default: ${DEFAULT-VALUE})")
    java.nio.file.Path startupDesign;

    @Option(names = "--cds-archive", paramLabel = "FILE", description = "with --startup: both windows start with this"
            + " AppCDS archive (-XX:SharedArchiveFile); made first, by one untimed designer start, when missing")
    java.nio.file.Path cdsArchive;

    @Option(names = "--java-option", paramLabel = "OPTION", description = "with --startup: a JVM option both windows"
            + " start with, e.g. the packaged launcher's; repeatable")
    java.util.List<String> javaOptions = new java.util.ArrayList<>();

    @Option(names = "--seconds", defaultValue = "3", description = "measuring time per case (default: ${DEFAULT-VALUE})")
    int seconds;

    private final Services services;

    BenchCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (startupRuns != null) {
            if (startupRuns < 1) {
                spec.commandLine().getErr().println("error: --startup takes a number of runs, at least 1");
                return 2;
            }
            return new StartupBench(out).run(startupRuns, startupDesign, cdsArchive, javaOptions);
        }
        if (records < 20 || seconds < 1) {
            spec.commandLine().getErr().println("error: --records must be at least 20 and --seconds at least 1");
            return 2;
        }
        out.println("Quiet answers (sampling, serving) against a lookup of precomputed answers keyed by query and");
        out.println("client; 'traced' is a full evaluation with its rule trace, as the designer shows it.");
        out.println("case                       record sets  engine ns/op  lookup ns/op   ratio  traced ns/op");
        run(out, "latency -> weighted tree", SyntheticDesigns.latencyWeightedTree());
        run(out, "large zone", SyntheticDesigns.trees(Math.max(1, records / 20), 4));
        out.flush();
        return 0;
    }

    private void run(PrintWriter out, String label, Design design) {
        CompiledDesign compiled = services.engine().compile(design);
        HealthStatus health = services.healthEvaluator().evaluate(design);
        List<Query> queries = new ArrayList<>();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (RecordSet rs : design.zones().get(0).recordSets()) {
            if (rs.isAlias() && names.add(rs.name().text())) {
                queries.add(new Query(rs.name(), "A"));
            }
        }
        List<ClientContext> clients = new ArrayList<>();
        for (String region : CLIENT_REGIONS) {
            clients.add(ClientContext.region(region));
        }
        Map<Question, Resolution> precomputed = new HashMap<>();
        SplittableRandom random = new SplittableRandom(1);
        for (int q = 0; q < queries.size(); q++) {
            for (int c = 0; c < clients.size(); c++) {
                precomputed.put(new Question(queries.get(q), clients.get(c)),
                        compiled.resolveQuietly(health, queries.get(q), clients.get(c), random));
            }
        }
        int n = queries.size();
        int m = clients.size();
        double engine = measure(i -> compiled.resolveQuietly(health, queries.get(i % n), clients.get(i % m), random)
                .answers().size());
        double lookup = measure(i -> precomputed.get(new Question(queries.get(i % n), clients.get(i % m)))
                .answers().size());
        double traced = measure(i -> compiled.resolve(health, queries.get(i % n), clients.get(i % m), random)
                .trace().size());
        out.printf(Locale.ROOT, "%-26s %11d %13.0f %13.0f %7.1fx %13.0f%n", label,
                design.zones().get(0).recordSets().size(), engine, lookup, engine / lookup, traced);
    }

    /** The key of a precomputed answer: the question as the engine receives it. */
    private record Question(Query query, ClientContext client) {
    }

    /** Nanoseconds per operation after a warm-up of the same length. */
    private double measure(java.util.function.IntUnaryOperator op) {
        long sink = 0;
        for (int phase = 0; phase < 2; phase++) {
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            long start = System.nanoTime();
            int ops = 0;
            while (System.nanoTime() < deadline) {
                for (int i = 0; i < 1000; i++) {
                    sink += op.applyAsInt(ops + i);
                }
                ops += 1000;
            }
            if (phase == 1) {
                if (sink == 42) {
                    spec.commandLine().getOut().print("");
                }
                return (System.nanoTime() - start) / (double) ops;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
