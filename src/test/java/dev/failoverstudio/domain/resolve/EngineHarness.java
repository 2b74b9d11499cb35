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

    EngineHarness(ZoneFixture fixture) {
        this(fixture.design());
    }

    CompiledDesign compiled() {
        return compiled;
    }

    /** An unmapped client, every health check healthy. */
    Resolution resolve(String name, String type) {
        return resolve(name, type, ClientContext.UNMAPPED, FixedHealth.allHealthy());
    }

    Resolution resolve(String name, String type, HealthStatus health) {
        return resolve(name, type, ClientContext.UNMAPPED, health);
    }

    Resolution resolve(String name, String type, ClientContext client) {
        return resolve(name, type, client, FixedHealth.allHealthy());
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

    /** {@link #sample} with {@link Stats#N} resolutions, an unmapped client. */
    Map<Set<String>, Integer> sample(String name, String type, HealthStatus health, long seed) {
        return sample(name, type, ClientContext.UNMAPPED, health, Stats.N, seed);
    }

    /** Counts how often each single value is part of the answer over {@code n} seeded resolutions. */
    Map<String, Integer> valueCounts(String name, String type, ClientContext client, HealthStatus health, int n,
                                     long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Resolution r = compiled.resolveQuietly(health, Query.of(name, type), client, random.split());
            for (String value : new TreeSet<>(r.answers())) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        return counts;
    }

    static Set<String> set(String... values) {
        return new TreeSet<>(List.of(values));
    }
}
