package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;

import java.util.List;

/**
 * Health-check references on record sets (V50, R62): the ID has at most 64 characters and names a health check
 * of the design ({@code NoSuchHealthCheck} otherwise). A health check on a simple record set never changes
 * what the simple group answers (R49), so it is a warning unless an alias evaluating target health looks at
 * that group; private zones refuse it outright ({@link PrivateZoneRules}).
 */
final class HealthCheckReferenceRules implements ZoneRule {

    static final int MAX_ID_LENGTH = 64;

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            String id = r.healthCheckId();
            if (id == null) {
                continue;
            }
            if (id.length() > MAX_ID_LENGTH) {
                out.add(Problem.error("V50", ApiErrors.INVALID_INPUT, r.key(), "HealthCheckId '" + id + "' of "
                        + r.describe() + " is longer than 64 characters"));
            } else if (zone.design().healthCheck(id).isEmpty()) {
                out.add(Problem.error("V50", ApiErrors.NO_SUCH_HEALTH_CHECK, r.key(), "No health check found with"
                        + " ID " + id + " (referenced by " + r.describe() + ")"));
            }
            if (r.policy() == RoutingPolicy.SIMPLE && !zone.zone().privateZone()
                    && !zone.isTargetOfEvaluatingAlias(r.groupKey())) {
                out.add(Problem.warning("R62", r.key(), "Health check " + id + " on simple record set " + r.describe()
                        + " never changes the answer: a simple record set is returned whatever its health. It"
                        + " matters only when an alias with Evaluate Target Health points at this name"));
            }
        }
    }
}
