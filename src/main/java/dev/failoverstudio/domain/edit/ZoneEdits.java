package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.RoutingPolicy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the record-set commands share: finding zones and members, and refusing results Route 53 would refuse.
 *
 * <p>Commands refuse only identity and structure problems a change batch could never create (duplicate
 * identity V3, a name outside the zone V13, mixed policies in a group V11, CNAME coexistence V40/V41, alias
 * loops V35 and type mismatches R141). Content problems (a weight of 300, a bad address, a missing value) stay
 * in the design for the validator to mark, so a user can fix things in any order. Rules are checked as "no
 * worse than before": an imported design that already breaks one can still be edited towards fixing it.
 */
final class ZoneEdits {

    private ZoneEdits() {
    }

    static HostedZone zone(Design design, String zoneId) {
        return design.zones().stream().filter(z -> z.id().equals(zoneId)).findFirst()
                .orElseThrow(() -> new EditRejectedException(null, "There is no hosted zone " + zoneId));
    }

    static int indexOf(HostedZone zone, RecordSetKey key) {
        List<RecordSet> records = zone.recordSets();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    static RecordSet member(HostedZone zone, RecordSetKey key) {
        int i = indexOf(zone, key);
        if (i < 0) {
            throw new EditRejectedException(null, "There is no record set " + key.describe() + " in zone "
                    + zone.origin().text());
        }
        return zone.recordSets().get(i);
    }

    static boolean groupExists(HostedZone zone, GroupKey group) {
        return zone.recordSets().stream().anyMatch(r -> r.groupKey().equals(group));
    }

    /**
     * Refuses {@code after} when its record sets {@code changed} (new or replaced) break an identity or
     * structure rule that {@code before} did not already break.
     */
    static void checkStructure(Design designAfter, HostedZone before, HostedZone after, List<RecordSet> changed,
                               ConnectionRules rules) {
        Set<RecordSetKey> seen = new HashSet<>();
        for (RecordSet r : after.recordSets()) {
            if (!seen.add(r.key()) && changed.stream().anyMatch(c -> c.key().equals(r.key()))) {
                throw new EditRejectedException("V3", "Tried to create resource record set [name='"
                        + r.name().text() + "', type='" + r.type() + "'"
                        + (r.setIdentifier() == null ? "" : ", set identifier='" + r.setIdentifier() + "'")
                        + "] but it already exists");
            }
        }
        for (RecordSet r : changed) {
            if (!r.name().isAtOrBelow(after.origin())) {
                throw new EditRejectedException("V13", "RRSet with DNS name " + r.name().text()
                        + " is not permitted in zone " + after.origin().text());
            }
            if (r.type() == RecordType.CNAME && r.name().equals(after.origin())) {
                throw new EditRejectedException("V41", "RRSet of type CNAME with DNS name " + r.name().text()
                        + " is not permitted at apex in zone " + after.origin().text());
            }
            GroupKey group = r.groupKey();
            if (policyConflict(after, group) && !policyConflict(before, group)) {
                throw new EditRejectedException("V11", policyConflictMessage(after, group));
            }
            if (cnameConflict(after, r.name()) && !cnameConflict(before, r.name())) {
                throw new EditRejectedException("V40", "RRSet of type " + r.type() + " with DNS name "
                        + r.name().text() + " is not permitted: a CNAME cannot share its name with other record"
                        + " sets in zone " + after.origin().text());
            }
            if (r.isAlias() && after.isInZone(r.aliasTarget())) {
                GroupKey target = new GroupKey(r.aliasTarget().dnsName(), r.type());
                Optional<ConnectionRules.Refusal> refusal = rules.check(designAfter, after.id(), r.key(), target);
                // A missing target is left to the validator (V33): the user may be about to create it.
                if (refusal.isPresent() && !refusal.get().ruleId().equals("V33")) {
                    throw refusal.get().toException();
                }
            }
        }
    }

    private static boolean policyConflict(HostedZone zone, GroupKey group) {
        RoutingPolicy first = null;
        int count = 0;
        boolean mixed = false;
        for (RecordSet r : zone.recordSets()) {
            if (r.groupKey().equals(group)) {
                count++;
                if (first == null) {
                    first = r.policy();
                } else if (first != r.policy()) {
                    mixed = true;
                }
            }
        }
        return mixed || (first == RoutingPolicy.SIMPLE && count > 1);
    }

    private static String policyConflictMessage(HostedZone zone, GroupKey group) {
        boolean anySimple = zone.recordSets().stream()
                .anyMatch(r -> r.groupKey().equals(group) && r.policy() == RoutingPolicy.SIMPLE);
        if (anySimple) {
            return "A simple group has exactly one record set, and the record sets of " + group.describe()
                    + " must all use the same routing policy";
        }
        return "All record sets of " + group.describe() + " must use the same routing policy";
    }

    private static boolean cnameConflict(HostedZone zone, DomainName name) {
        boolean cname = false;
        boolean other = false;
        for (RecordSet r : zone.recordSets()) {
            if (r.name().equals(name)) {
                if (r.type() == RecordType.CNAME) {
                    cname = true;
                } else {
                    other = true;
                }
            }
        }
        return cname && other;
    }

    static NodeKey groupNode(String zoneId, GroupKey group) {
        return NodeKey.group(zoneId, group);
    }
}
