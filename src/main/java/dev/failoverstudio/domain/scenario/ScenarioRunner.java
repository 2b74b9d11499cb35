package dev.failoverstudio.domain.scenario;

import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.Resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Asks a scenario's queries of a compiled design under one health status. Randomness per query comes from a
 * generator seeded with the run's seed, so runs repeat exactly (R33, scenario-format.md {@code --seed}).
 */
public final class ScenarioRunner {

    private final CompiledDesign design;
    private final HealthStatus health;
    private final long seed;

    public ScenarioRunner(CompiledDesign design, HealthStatus health, long seed) {
        this.design = Objects.requireNonNull(design, "design");
        this.health = Objects.requireNonNull(health, "health");
        this.seed = seed;
    }

    /** Resolves {@code query} once with a trace, then {@code samples} more times quietly (0: no sampling). */
    public QueryRun run(ScenarioQuery query, int samples) {
        SplittableRandom master = new SplittableRandom(seed);
        Resolution first = design.resolve(health, query.query(), query.client(), master.split());
        if (samples <= 0) {
            return new QueryRun(query, first, List.of(), 0);
        }
        Map<Key, Integer> counts = new HashMap<>();
        for (int i = 0; i < samples; i++) {
            Resolution r = design.resolveQuietly(health, query.query(), query.client(), master.split());
            counts.merge(new Key(new TreeSet<>(r.answers()), r.rcode().name(), r.answerType(), r.ttl()), 1,
                    Integer::sum);
        }
        List<QueryRun.Outcome> outcomes = new ArrayList<>();
        counts.forEach((k, n) -> outcomes.add(new QueryRun.Outcome(k.answers, k.rcode, k.answerType, k.ttl, n)));
        outcomes.sort(Comparator.comparingInt(QueryRun.Outcome::count).reversed()
                .thenComparing(o -> o.answers().toString()));
        return new QueryRun(query, first, outcomes, samples);
    }

    private record Key(TreeSet<String> answers, String rcode, String answerType, Long ttl) {
    }
}
