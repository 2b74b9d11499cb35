package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordSet;

import java.util.List;

/** Simple routing: the lone record set, whatever its health (R60, R61, R49). */
final class SimpleSelector implements PolicySelector {

    @Override
    public List<RecordSet> applicable(List<RecordSet> group, Evaluation eval, int depth) {
        return List.of(group.get(0));
    }

    @Override
    public List<RecordSet> select(List<RecordSet> group, Evaluation eval, int depth) {
        RecordSet only = group.get(0);
        if (group.size() > 1) {
            if (eval.trace().on()) {
                eval.trace().add(depth, "choose", only.describe(),
                        "a simple group must hold one record set; using the first of " + group.size(), "V11");
            }
        } else {
            if (eval.trace().on()) {
                eval.trace().add(depth, "choose", only.describe(), "simple routing returns its only record set, "
                        + "health is not consulted", only.isAlias() ? "R61" : "R60");
            }
        }
        return List.of(only);
    }
}
