package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Multivalue answer routing (R120–R124): every healthy record set when there are at most eight, else eight
 * drawn at random (A40); when none is healthy, up to eight drawn from all (R122). The cap counts record sets,
 * each contributing all its values (A16).
 */
final class MultiValueSelector implements PolicySelector {

    static final int CAP = 8;

    @Override
    public List<RecordSet> applicable(List<RecordSet> group, Evaluation eval, int depth) {
        return group;
    }

    @Override
    public List<RecordSet> select(List<RecordSet> group, Evaluation eval, int depth) {
        List<RecordSet> healthy = new ArrayList<>(group.size());
        for (RecordSet rs : group) {
            if (eval.healthy(rs, depth)) {
                healthy.add(rs);
            }
        }
        if (!healthy.isEmpty()) {
            List<RecordSet> chosen = atMostEight(healthy, eval);
            if (eval.trace().on()) {
                eval.trace().add(depth, "choose", null, chosen.size() + " of " + healthy.size()
                        + " healthy record sets returned" + (healthy.size() > CAP ? " (random eight)" : ""),
                        healthy.size() > CAP ? "A40" : "R121");
            }
            return chosen;
        }
        List<RecordSet> chosen = atMostEight(group, eval);
        if (eval.trace().on()) {
            eval.trace().fallback(depth, "last resort", null, "no record set is healthy: " + chosen.size() + " of "
                    + group.size() + " returned", "R122");
        }
        return chosen;
    }

    private static List<RecordSet> atMostEight(List<RecordSet> from, Evaluation eval) {
        if (from.size() <= CAP) {
            return from;
        }
        RandomGenerator random = eval.decisions().opaque();
        List<RecordSet> pool = new ArrayList<>(from);
        for (int i = 0; i < CAP; i++) {
            int j = i + random.nextInt(pool.size() - i);
            RecordSet tmp = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, tmp);
        }
        return List.copyOf(pool.subList(0, CAP));
    }
}
