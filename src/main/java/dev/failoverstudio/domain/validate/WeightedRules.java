package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.WeightedRouting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Weighted routing (V20, V23): weights are integers 0–255; all non-alias weighted record sets of a group should
 * share one TTL. Route 53 rewrites differing TTLs to the last one given, so a mismatch is a warning (A24);
 * {@link ChangeBatchApplier} performs that normalisation.
 */
final class WeightedRules implements ZoneRule {

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            if (r.routing() instanceof WeightedRouting w && (w.weight() < 0 || w.weight() > 255)) {
                out.add(Problem.error("V20", ApiErrors.INVALID_INPUT, r.key(), "Weight " + w.weight() + " of "
                        + r.describe() + " is outside 0 to 255"));
            }
        }
        for (Map.Entry<GroupKey, List<RecordSet>> group : zone.groups().entrySet()) {
            checkTtls(group.getKey(), group.getValue(), out);
        }
    }

    private static void checkTtls(GroupKey key, List<RecordSet> members, List<Problem> out) {
        Set<Long> ttls = new LinkedHashSet<>();
        RecordSet last = null;
        for (RecordSet r : members) {
            if (r.policy() == RoutingPolicy.WEIGHTED && !r.isAlias() && r.ttl() != null) {
                ttls.add(r.ttl());
                last = r;
            }
        }
        if (ttls.size() > 1) {
            String listed = ttls.stream().map(String::valueOf).collect(Collectors.joining(", "));
            out.add(Problem.warning("V23", last.key(), "Weighted record sets of " + key.describe()
                    + " have different TTLs (" + listed + "); Route 53 applies the last TTL given (" + last.ttl()
                    + ") to the whole group (A24)"));
        }
    }
}
