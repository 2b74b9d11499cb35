package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.validate.AliasReach;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether Route 53 would accept an in-zone alias from a member row to a target group, and why not.
 *
 * <p>Used while dragging, so it never validates the whole design: it checks the member and target themselves
 * and answers loop questions from the validator's alias graph ({@link AliasReach}), built once per design
 * and zone and reused while the same design is asked about (one cached entry; a new design replaces it).
 * Not thread-safe, like the view model that owns it.
 *
 * <p>Rules checked, in order: the member can be an alias at all (NS/SOA never, V32; multivalue never, V37);
 * the target has the member's type (R141); no alias at the apex to a CNAME group (V36); the target group
 * exists in the same zone (V33, R143); the alias does not close a loop, directly or through a chain (V35).
 * Route 53 lets several aliases target one group (trees share subtrees, R142), so a second parent is not in
 * itself a refusal.
 */
public final class ConnectionRules {

    /** Why a connection is refused: the rule and a message for users. */
    public record Refusal(String ruleId, String message) {
        public Refusal {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(message, "message");
        }

        /** {@code message (rule)}. */
        public String describe() {
            return message + " (" + ruleId + ")";
        }

        EditRejectedException toException() {
            return new EditRejectedException(ruleId, message);
        }
    }

    private Design cachedDesign;
    private String cachedZoneId;
    private AliasReach cachedReach;

    /**
     * Why the alias from {@code member} (in zone {@code zoneId}) to {@code target} would be refused, as
     * {@code "message (rule)"}; empty when allowed.
     */
    public Optional<String> refusal(Design design, String zoneId, RecordSetKey member, GroupKey target) {
        return check(design, zoneId, member, target).map(Refusal::describe);
    }

    /** As {@link #refusal}, with the rule apart. */
    public Optional<Refusal> check(Design design, String zoneId, RecordSetKey member, GroupKey target) {
        Optional<HostedZone> zone = design.zones().stream().filter(z -> z.id().equals(zoneId)).findFirst();
        if (zone.isEmpty()) {
            return refuse("R143", "There is no hosted zone " + zoneId + " in the design");
        }
        Optional<RecordSet> source = zone.get().recordSets().stream().filter(r -> r.key().equals(member))
                .findFirst();
        if (source.isEmpty()) {
            return refuse("V33", "There is no record set " + member.describe() + " in zone "
                    + zone.get().origin().text());
        }
        RecordType type = member.type();
        if (type == RecordType.NS || type == RecordType.SOA) {
            return refuse("V32", "A record set of type " + type + " cannot be an alias");
        }
        if (source.get().policy() == RoutingPolicy.MULTIVALUE) {
            return refuse("V37", "A multivalue answer record set cannot be an alias");
        }
        if (target.type() != type) {
            return refuse("R141", "An alias of type " + type + " can only target a group of type " + type
                    + "; " + target.describe() + " is of type " + target.type());
        }
        if (type == RecordType.CNAME && member.name().equals(zone.get().origin())) {
            return refuse("V36", "An alias at the zone apex cannot target a CNAME group");
        }
        if (!groupExists(zone.get(), target)) {
            return refuse("V33", "The target " + target.describe() + " does not exist in zone "
                    + zone.get().origin().text());
        }
        GroupKey own = new GroupKey(member.name(), type);
        if (own.equals(target)) {
            return refuse("V35", "An alias cannot target its own group " + own.describe()
                    + " (an alias loop)");
        }
        Optional<List<GroupKey>> back = reach(design, zone.get()).path(target, own);
        if (back.isPresent()) {
            String chain = own.name().text() + " -> " + back.get().stream().map(g -> g.name().text())
                    .collect(Collectors.joining(" -> "));
            return refuse("V35", "This alias would close an alias loop: " + chain);
        }
        return Optional.empty();
    }

    private AliasReach reach(Design design, HostedZone zone) {
        if (design != cachedDesign || !zone.id().equals(cachedZoneId)) {
            cachedReach = new AliasReach(design, zone);
            cachedDesign = design;
            cachedZoneId = zone.id();
        }
        return cachedReach;
    }

    private static boolean groupExists(HostedZone zone, GroupKey target) {
        for (RecordSet r : zone.recordSets()) {
            if (r.type() == target.type() && r.name().equals(target.name())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Refusal> refuse(String rule, String message) {
        return Optional.of(new Refusal(rule, message));
    }
}
