package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Failover routing (R81): PRIMARY when healthy, else SECONDARY when healthy, else PRIMARY. A group with only
 * one role returns it whatever its health (R82, A8).
 */
final class FailoverSelector extends OrderedSelector {

    @Override
    public List<RecordSet> applicable(List<RecordSet> group, Evaluation eval, int depth) {
        RecordSet primary = null;
        RecordSet secondary = null;
        for (RecordSet rs : group) {
            if (rs.routing() instanceof FailoverRouting f) {
                if (f.role() == FailoverRole.PRIMARY && primary == null) {
                    primary = rs;
                } else if (f.role() == FailoverRole.SECONDARY && secondary == null) {
                    secondary = rs;
                }
            }
        }
        List<RecordSet> ordered = new ArrayList<>(2);
        if (primary != null) {
            ordered.add(primary);
        }
        if (secondary != null) {
            ordered.add(secondary);
        }
        return ordered;
    }

    @Override
    public List<RecordSet> select(List<RecordSet> group, Evaluation eval, int depth) {
        List<RecordSet> roles = applicable(group, eval, depth);
        if (roles.size() == 1) {
            RecordSet only = roles.get(0);
            if (eval.trace().on()) {
                eval.trace().add(depth, "choose", only.describe(),
                        "the group has only one failover role, which is returned healthy or not", "R82");
            }
            return roles;
        }
        return super.select(group, eval, depth);
    }

    @Override
    String lastResortRule() {
        return "R81";
    }

    @Override
    String rankingRule() {
        return "R81";
    }
}
