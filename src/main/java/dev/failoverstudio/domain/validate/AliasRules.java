package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.RoutingPolicy;

import java.util.List;
import java.util.Optional;

/**
 * Alias record sets (V32, V33, V36, V51, R143, R46, C9): an alias has a zone ID of at most 32 characters and
 * neither TTL nor values, and is not NS or SOA; an in-zone target lies within the zone and its group (same
 * type) exists; an alias at the apex cannot be a CNAME; an alias cannot point into another hosted zone of the
 * design; resource targets missing from the catalog are reported, not guessed. Health checks on aliases and
 * aliases that never back out of their target are warnings.
 */
final class AliasRules implements ZoneRule {

    static final int MAX_ZONE_ID_LENGTH = 32;

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            if (!r.isAlias()) {
                continue;
            }
            checkContent(r, out);
            if (zone.isApex(r.name()) && r.type() == RecordType.CNAME) {
                out.add(Problem.error("V36", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "RRSet of type CNAME with DNS name "
                        + r.name().text() + " is not permitted at apex in zone " + zone.originText()
                        + " (an alias at the apex cannot target a CNAME record)"));
            }
            if (zone.isInZone(r.aliasTarget())) {
                checkInZoneTarget(zone, r, out);
            } else {
                checkResourceTarget(zone, r, out);
            }
            if (r.healthCheckId() != null) {
                out.add(Problem.warning("V51", r.key(), "Alias " + r.describe() + " has a health check; Route 53"
                        + " recommends Evaluate Target Health on aliases and health checks on the records they"
                        + " reach (R48). Both must be healthy for the alias to be used"));
            }
            checkNeverBacksOut(zone, r, out);
        }
    }

    private static void checkContent(RecordSet r, List<Problem> out) {
        if (r.ttl() != null) {
            out.add(Problem.error("V32", ApiErrors.INVALID_INPUT, r.key(), "Alias record set " + r.describe()
                    + " cannot have a TTL; answers carry the TTL of the target"));
        }
        if (!r.values().isEmpty()) {
            out.add(Problem.error("V32", ApiErrors.INVALID_INPUT, r.key(), "Alias record set " + r.describe()
                    + " cannot have values; give either an alias target or values"));
        }
        String zoneId = r.aliasTarget().hostedZoneId();
        if (zoneId.isEmpty() || zoneId.length() > MAX_ZONE_ID_LENGTH) {
            out.add(Problem.error("V32", ApiErrors.INVALID_INPUT, r.key(), "Alias target HostedZoneId '" + zoneId
                    + "' of " + r.describe() + " must have 1 to 32 characters"));
        }
        if (r.type() == RecordType.NS || r.type() == RecordType.SOA) {
            out.add(Problem.error("V32", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Record set " + r.describe()
                    + " cannot be an alias: NS and SOA record sets hold values only"));
        }
    }

    private static void checkInZoneTarget(ZoneView zone, RecordSet r, List<Problem> out) {
        AliasTarget target = r.aliasTarget();
        String prefix = "Tried to create an alias that targets " + target.dnsName().text() + ", type " + r.type()
                + " in zone " + zone.zone().id() + ", but ";
        if (!target.dnsName().isAtOrBelow(zone.zone().origin())) {
            out.add(Problem.error("V33", ApiErrors.INVALID_CHANGE_BATCH, r.key(),
                    prefix + "the alias target name does not lie within the target zone"));
        } else if (zone.group(new GroupKey(target.dnsName(), r.type())).isEmpty()) {
            out.add(Problem.error("V33", ApiErrors.INVALID_CHANGE_BATCH, r.key(), prefix + "that target was not found"));
        }
    }

    private static void checkResourceTarget(ZoneView zone, RecordSet r, List<Problem> out) {
        AliasTarget target = r.aliasTarget();
        Optional<HostedZone> otherZone = zone.design().zones().stream()
                .filter(z -> z.id().equals(target.hostedZoneId()))
                .findFirst();
        if (otherZone.isPresent()) {
            out.add(Problem.error("R143", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Alias " + r.describe()
                    + " targets hosted zone " + target.hostedZoneId() + " (" + otherZone.get().origin().text()
                    + "); an alias can target records of its own zone (" + zone.zone().id() + ") or AWS resources"));
            return;
        }
        if (zone.design().resourceCatalog().find(target.dnsName()).isEmpty()) {
            out.add(Problem.warning("C9", r.key(), "Alias target " + target.dnsName().text() + " (zone "
                    + target.hostedZoneId() + ") of " + r.describe() + " is not in the resource catalog; the"
                    + " simulator cannot answer for it until it is added"));
        }
    }

    /** R46: ETH off and no health check inside a group that chooses between record sets. */
    private static void checkNeverBacksOut(ZoneView zone, RecordSet r, List<Problem> out) {
        RoutingPolicy policy = r.policy();
        boolean choosing = policy != RoutingPolicy.SIMPLE && policy != RoutingPolicy.FAILOVER
                && policy != RoutingPolicy.MULTIVALUE;
        boolean cloudFront = AwsResourceAliasRules.CLOUDFRONT_ZONE_ID.equals(r.aliasTarget().hostedZoneId());
        if (choosing && !cloudFront && FailoverRules.alwaysHealthy(r) && zone.group(r.groupKey()).size() > 1) {
            out.add(Problem.warning("R46", r.key(), "Alias " + r.describe() + " has Evaluate Target Health off and no"
                    + " health check, so the " + policy.label() + " group always treats it as healthy and keeps"
                    + " sending traffic to " + r.aliasTarget().dnsName().text() + " even when every record there"
                    + " fails"));
        }
    }
}
