package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;

import java.util.List;
import java.util.Set;

/**
 * Private hosted zones (V52, R13): simple, failover, multivalue, weighted, latency and geolocation routing
 * only (IP-based record sets are refused although Route 53 stores them, since their answers are unspecified);
 * health checks only on failover, multivalue, weighted, latency and geolocation record sets; no CloudFront
 * aliases.
 */
final class PrivateZoneRules implements ZoneRule {

    private static final Set<RoutingPolicy> POLICIES = Set.of(RoutingPolicy.SIMPLE, RoutingPolicy.FAILOVER,
            RoutingPolicy.MULTIVALUE, RoutingPolicy.WEIGHTED, RoutingPolicy.LATENCY, RoutingPolicy.GEOLOCATION);

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        if (!zone.zone().privateZone()) {
            return;
        }
        for (RecordSet r : zone.recordSets()) {
            if (!POLICIES.contains(r.policy())) {
                out.add(error(r, capitalised(r.policy()) + " routing is not available in private hosted zone "
                        + zone.originText() + " (" + r.describe() + ")"));
            }
            if (r.healthCheckId() != null && r.policy() == RoutingPolicy.SIMPLE) {
                out.add(error(r, "In a private hosted zone a health check can be associated only with failover,"
                        + " multivalue answer, weighted, latency and geolocation record sets, not with simple "
                        + r.describe()));
            }
            if (r.isAlias() && AwsResourceAliasRules.CLOUDFRONT_ZONE_ID.equals(r.aliasTarget().hostedZoneId())) {
                out.add(error(r, "Alias " + r.describe() + " targets CloudFront, which private hosted zones do not"
                        + " support"));
            }
        }
    }

    private static String capitalised(RoutingPolicy policy) {
        return RecordSetShapeRules.capitalised(policy.label());
    }

    private static Problem error(RecordSet r, String message) {
        return Problem.error("V52", ApiErrors.INVALID_CHANGE_BATCH, r.key(), message);
    }
}
