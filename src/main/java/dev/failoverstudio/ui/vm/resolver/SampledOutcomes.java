package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.Resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Many seeded resolutions of one query (R33: the same seed gives the same samples), counted by distinct
 * response. Quiet resolutions (no trace), so 10,000 samples take a few milliseconds; safe on any thread.
 */
public final class SampledOutcomes {

    /** One distinct response: the answer set (sorted), rcode and TTL. */
    public record Outcome(TreeSet<String> answers, String rcode, String answerType, Long ttl) {
    }

    private final Map<Outcome, Integer> counts;
    private final int total;

    private SampledOutcomes(Map<Outcome, Integer> counts, int total) {
        this.counts = counts;
        this.total = total;
    }

    public static SampledOutcomes sample(CompiledDesign compiled, HealthStatus health, Query query,
                                         ClientContext client, int samples, long seed) {
        SplittableRandom master = new SplittableRandom(seed);
        Map<Outcome, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < samples; i++) {
            Resolution r = compiled.resolveQuietly(health, query, client, master.split());
            counts.merge(new Outcome(new TreeSet<>(r.answers()), r.rcode().name(), r.answerType(), r.ttl()), 1,
                    Integer::sum);
        }
        return new SampledOutcomes(counts, samples);
    }

    /** The distinct responses seen, ignoring how often. */
    public java.util.Set<Outcome> distinct() {
        return counts.keySet();
    }

    public int total() {
        return total;
    }

    /** Distinct outcomes, most frequent first (ties by answer text, so the order is stable). */
    public List<Map.Entry<Outcome, Integer>> ranked() {
        List<Map.Entry<Outcome, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Comparator.<Map.Entry<Outcome, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(e -> e.getKey().answers().toString()));
        return entries;
    }

    public List<TrafficShare> shares() {
        List<TrafficShare> shares = new ArrayList<>();
        for (Map.Entry<Outcome, Integer> e : ranked()) {
            Outcome o = e.getKey();
            String label = o.answers().isEmpty() ? o.rcode() + " (no answer)" : String.join(" ", o.answers());
            shares.add(new TrafficShare(List.copyOf(o.answers()), label, e.getValue(), total));
        }
        return shares;
    }
}
