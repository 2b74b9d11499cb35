package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.io.assets.GeoTablesLoader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** Resolves queries against a test design with the shipped geo tables and seeded randomness. */
final class EngineHarness {

    static final GeoTables GEO = GeoTablesLoader.loadBundled();

    private final CompiledDesign compiled;

    EngineHarness(Design design) {
        this.compiled = new ResolutionEngine(GEO).compile(design);
    }

    EngineHarness(HostedZone zone) {
        this(Design.of(zone));
    }

    Resolution resolve(String name, String type, ClientContext client, HealthStatus health) {
        return compiled.resolve(health, Query.of(name, type), client, new SplittableRandom(42));
    }

    Resolution resolve(String name, String type, ClientContext client, HealthStatus health, long seed) {
        return compiled.resolve(health, Query.of(name, type), client, new SplittableRandom(seed));
    }

    /** Counts each distinct answer set over {@code n} seeded resolutions. */
    Map<Set<String>, Integer> sample(String name, String type, ClientContext client, HealthStatus health, int n,
                                     long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Set<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Resolution r = compiled.resolveQuietly(health, Query.of(name, type), client, random.split());
            counts.merge(new TreeSet<>(r.answers()), 1, Integer::sum);
        }
        return counts;
    }

    static Set<String> set(String... values) {
        return new TreeSet<>(List.of(values));
    }
}
