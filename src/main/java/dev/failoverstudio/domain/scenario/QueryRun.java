package dev.failoverstudio.domain.scenario;

import dev.failoverstudio.domain.resolve.Resolution;

import java.util.List;
import java.util.Set;

/**
 * The outcome of asking one scenario query: the first resolution (with its trace) and, when sampled, how often
 * each distinct answer set came back.
 *
 * @param outcomes distinct answer sets (as returned, order ignored) with their counts, most frequent first;
 *                 empty when not sampled
 */
public record QueryRun(ScenarioQuery query, Resolution first, List<Outcome> outcomes, int total) {

    public QueryRun {
        outcomes = List.copyOf(outcomes);
    }

    public boolean sampled() {
        return total > 0;
    }

    /** One distinct response seen while sampling. */
    public record Outcome(Set<String> answers, String rcode, String answerType, Long ttl, int count) {
    }

    /** Every distinct response seen: the sampled outcomes, or the first resolution alone when not sampled. */
    public List<Outcome> observed() {
        if (sampled()) {
            return outcomes;
        }
        return List.of(new Outcome(Set.copyOf(first.answers()), first.rcode().name(), first.answerType(),
                first.ttl(), 1));
    }
}
