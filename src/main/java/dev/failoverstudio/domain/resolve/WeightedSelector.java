package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.WeightedRouting;

import java.util.ArrayList;
import java.util.List;

/**
 * Weighted routing (R70–R75): proportional choice among healthy non-zero weights; else equal choice among
 * healthy zero weights (A7); else the last resort over all non-zero weights, or all record sets when every
 * weight is zero (R72 step 3, R73).
 */
final class WeightedSelector implements PolicySelector {

    @Override
    public List<RecordSet> applicable(List<RecordSet> group, Evaluation eval, int depth) {
        return group;
    }

    @Override
    public List<RecordSet> select(List<RecordSet> group, Evaluation eval, int depth) {
        List<RecordSet> healthyPositive = new ArrayList<>(group.size());
        List<RecordSet> healthyZero = new ArrayList<>(0);
        for (RecordSet rs : group) {
            if (eval.healthy(rs, depth)) {
                (weight(rs) > 0 ? healthyPositive : healthyZero).add(rs);
            }
        }
        Decisions random = eval.decisions();
        if (!healthyPositive.isEmpty()) {
            RecordSet chosen = proportional(healthyPositive, random);
            trace(eval, depth, chosen, healthyPositive, "by weight among the healthy record sets with weight > 0",
                    "R72");
            return List.of(chosen);
        }
        if (!healthyZero.isEmpty()) {
            RecordSet chosen = healthyZero.get(random.uniform(healthyZero.size()));
            trace(eval, depth, chosen, healthyZero,
                    "every non-zero weight is unhealthy: equal chance among the healthy zero-weight record sets",
                    "A7");
            return List.of(chosen);
        }
        List<RecordSet> positive = new ArrayList<>(group.size());
        for (RecordSet rs : group) {
            if (weight(rs) > 0) {
                positive.add(rs);
            }
        }
        if (!positive.isEmpty()) {
            RecordSet chosen = proportional(positive, random);
            if (eval.trace().on()) {
                eval.trace().fallback(depth, "last resort", chosen.describe(),
                        "no record set is healthy, so all count as healthy; chosen by weight", "R72");
            }
            return List.of(chosen);
        }
        RecordSet chosen = group.get(random.uniform(group.size()));
        if (eval.trace().on()) {
            eval.trace().fallback(depth, "last resort", chosen.describe(),
                    "every weight is zero and none is healthy: equal chance among all", "R73");
        }
        return List.of(chosen);
    }

    private static void trace(Evaluation eval, int depth, RecordSet chosen, List<RecordSet> active, String how,
                              String rule) {
        if (eval.trace().on()) {
            long total = 0;
            for (RecordSet rs : active) {
                total += weight(rs);
            }
            String share = total == 0 ? "1/" + active.size() : weight(chosen) + "/" + total;
            if (eval.trace().on()) {
                eval.trace().add(depth, "choose", chosen.describe(), how + " (share " + share + ")", rule);
            }
        }
    }

    static long weight(RecordSet rs) {
        return rs.routing() instanceof WeightedRouting w ? Math.max(0, w.weight()) : 0;
    }

    private static RecordSet proportional(List<RecordSet> candidates, Decisions random) {
        long[] weights = new long[candidates.size()];
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(candidates.get(i));
            total += weights[i];
        }
        return candidates.get(random.proportional(weights, total));
    }
}
