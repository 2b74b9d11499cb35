package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Failover routing (V25, V38, R81): at most one PRIMARY and one SECONDARY per group; a group with a single role
 * is accepted with a warning (A8); a failover alias with Evaluate Target Health off is accepted with a warning
 * (A9); a record set that can never be unhealthy (no health check, and not an alias evaluating its target)
 * makes failover pointless or hides an outage (R81).
 */
final class FailoverRules implements ZoneRule {

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (Map.Entry<GroupKey, List<RecordSet>> group : zone.groups().entrySet()) {
            List<RecordSet> primaries = new ArrayList<>();
            List<RecordSet> secondaries = new ArrayList<>();
            for (RecordSet r : group.getValue()) {
                if (r.routing() instanceof FailoverRouting f) {
                    (f.role() == FailoverRole.PRIMARY ? primaries : secondaries).add(r);
                    checkAliasEth(r, out);
                }
            }
            if (primaries.isEmpty() && secondaries.isEmpty()) {
                continue;
            }
            checkRoles(group.getKey(), primaries, secondaries, out);
        }
    }

    private static void checkRoles(GroupKey key, List<RecordSet> primaries, List<RecordSet> secondaries,
                                   List<Problem> out) {
        for (RecordSet extra : primaries.subList(Math.min(1, primaries.size()), primaries.size())) {
            out.add(Problem.error("V25", ApiErrors.INVALID_CHANGE_BATCH, extra.key(), "Group " + key.describe()
                    + " already has a PRIMARY failover record set; a group holds at most one PRIMARY"));
        }
        for (RecordSet extra : secondaries.subList(Math.min(1, secondaries.size()), secondaries.size())) {
            out.add(Problem.error("V25", ApiErrors.INVALID_CHANGE_BATCH, extra.key(), "Group " + key.describe()
                    + " already has a SECONDARY failover record set; a group holds at most one SECONDARY"));
        }
        if (primaries.isEmpty() || secondaries.isEmpty()) {
            RecordSet lone = primaries.isEmpty() ? secondaries.get(0) : primaries.get(0);
            String missing = primaries.isEmpty() ? "PRIMARY" : "SECONDARY";
            out.add(Problem.warning("V25", lone.key(), "Failover group " + key.describe() + " has no " + missing
                    + " record set; the lone record set is always returned, healthy or not (A8)"));
            return;
        }
        RecordSet primary = primaries.get(0);
        RecordSet secondary = secondaries.get(0);
        if (alwaysHealthy(primary)) {
            out.add(Problem.warning("R81", primary.key(), "PRIMARY " + primary.describe() + " has no health check"
                    + (primary.isAlias() ? " and does not evaluate target health" : "")
                    + ", so it is always healthy and Route 53 never fails over to the SECONDARY"));
        }
        if (alwaysHealthy(secondary)) {
            out.add(Problem.warning("R81", secondary.key(), "SECONDARY " + secondary.describe()
                    + " has no health check" + (secondary.isAlias() ? " and does not evaluate target health" : "")
                    + ", so it is returned whenever the PRIMARY is unhealthy, even if its own endpoint is down"));
        }
    }

    private static void checkAliasEth(RecordSet r, List<Problem> out) {
        if (r.isAlias() && !r.aliasTarget().evaluateTargetHealth()
                && !AwsResourceAliasRules.CLOUDFRONT_ZONE_ID.equals(r.aliasTarget().hostedZoneId())) {
            out.add(Problem.warning("V38", r.key(), "Failover alias " + r.describe()
                    + " has Evaluate Target Health off; the API reference requires it on failover aliases and"
                    + " without it Route 53 never backs out of an unhealthy target (A9)"));
        }
    }

    /** No own health check and no target evaluation: R40 makes it healthy whatever happens. */
    static boolean alwaysHealthy(RecordSet r) {
        return r.healthCheckId() == null && !(r.isAlias() && r.aliasTarget().evaluateTargetHealth());
    }
}
