package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.RoutingPolicy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routing attributes and group shape (V10, V11, V12, V16): a set identifier of 1–128 characters exactly on
 * non-simple record sets; one routing policy per group and one record set per simple group; unique set
 * identifiers within a group; record types allowed per policy. Multivalue types are V30's
 * ({@link MultivalueRules}).
 */
final class RecordSetShapeRules implements ZoneRule {

    /** Types that weighted, latency, failover, geolocation, geoproximity and IP-based record sets may have. */
    static final Set<RecordType> ROUTED_TYPES = Set.copyOf(EnumSet.complementOf(
            EnumSet.of(RecordType.NS, RecordType.SOA, RecordType.DS)));

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            checkSetIdentifier(r, out);
            checkType(r, out);
        }
        for (Map.Entry<GroupKey, List<RecordSet>> group : zone.groups().entrySet()) {
            checkHomogeneity(group.getKey(), group.getValue(), out);
            checkUniqueIdentifiers(group.getKey(), group.getValue(), out);
        }
    }

    private static void checkSetIdentifier(RecordSet r, List<Problem> out) {
        String id = r.setIdentifier();
        if (r.policy() == RoutingPolicy.SIMPLE) {
            if (id != null) {
                out.add(Problem.error("V10", ApiErrors.INVALID_INPUT, r.key(), "Record set " + r.name().text() + " "
                        + r.type() + " has SetIdentifier '" + id + "' but no routing policy; a simple record set "
                        + "has no SetIdentifier"));
            }
            return;
        }
        if (id == null) {
            out.add(Problem.error("V10", ApiErrors.INVALID_INPUT, r.key(), capitalised(r.policy().label())
                    + " record set " + r.name().text() + " " + r.type() + " needs a SetIdentifier"));
        } else if (id.isEmpty() || id.length() > 128) {
            out.add(Problem.error("V10", ApiErrors.INVALID_INPUT, r.key(), "SetIdentifier of " + r.name().text() + " "
                    + r.type() + " is " + id.length() + " characters long; it must have 1 to 128"));
        }
    }

    private static void checkType(RecordSet r, List<Problem> out) {
        RoutingPolicy policy = r.policy();
        if (policy == RoutingPolicy.SIMPLE || policy == RoutingPolicy.MULTIVALUE) {
            return;
        }
        if (!ROUTED_TYPES.contains(r.type())) {
            out.add(Problem.error("V16", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Record type " + r.type()
                    + " cannot use " + policy.label() + " routing; NS, SOA and DS record sets are simple only"));
        }
    }

    private static void checkHomogeneity(GroupKey key, List<RecordSet> members, List<Problem> out) {
        RoutingPolicy first = members.get(0).policy();
        Set<String> labels = new LinkedHashSet<>();
        RecordSet firstDifferent = null;
        for (RecordSet r : members) {
            labels.add(r.policy().label());
            if (r.policy() != first && firstDifferent == null) {
                firstDifferent = r;
            }
        }
        if (firstDifferent != null) {
            out.add(Problem.error("V11", ApiErrors.INVALID_CHANGE_BATCH, firstDifferent.key(), "Group "
                    + key.describe() + " mixes " + String.join(" and ", labels) + " routing; all record sets with "
                    + "the same name and type must use the same routing policy"));
        } else if (first == RoutingPolicy.SIMPLE && members.size() > 1 && key.type() != RecordType.SOA) {
            out.add(Problem.error("V11", ApiErrors.INVALID_CHANGE_BATCH, members.get(1).key(), "Group "
                    + key.describe() + " has " + members.size() + " simple record sets; a simple group holds "
                    + "exactly one record set (put several values in it, or use a routing policy)"));
        }
    }

    private static void checkUniqueIdentifiers(GroupKey key, List<RecordSet> members, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (RecordSet r : members) {
            String id = r.setIdentifier();
            if (id != null && !seen.add(id)) {
                out.add(Problem.error("V12", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "SetIdentifier '" + id
                        + "' is used twice in group " + key.describe() + "; it must be unique within the group"));
            }
        }
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
