package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordSet;

import java.util.List;

/**
 * The shape shared by failover, latency, geolocation, geoproximity and IP-based routing: rank the applicable
 * record sets, answer with the first healthy one, and fall back to the first-ranked one when none is
 * healthy (R42a, R43).
 */
abstract class OrderedSelector implements PolicySelector {

    /** The rule that names this policy's fallback when every candidate is unhealthy. */
    abstract String lastResortRule();

    /** The rule that decides the ranking, cited when a healthy candidate is taken. */
    abstract String rankingRule();

    @Override
    public List<RecordSet> select(List<RecordSet> group, Evaluation eval, int depth) {
        List<RecordSet> ranked = applicable(group, eval, depth);
        if (ranked.isEmpty()) {
            return List.of();
        }
        for (RecordSet candidate : ranked) {
            if (eval.healthy(candidate, depth)) {
                if (eval.trace().on()) {
                    eval.trace().add(depth, "choose", candidate.describe(),
                            ranked.get(0) == candidate ? "first-ranked and healthy" : "next-ranked healthy record set",
                            rankingRule());
                }
                return List.of(candidate);
            }
        }
        RecordSet first = ranked.get(0);
        if (eval.trace().on()) {
            eval.trace().fallback(depth, "last resort", first.describe(),
                    "no applicable record set is healthy, so all count as healthy and the first-ranked is used",
                    lastResortRule());
        }
        return List.of(first);
    }
}
