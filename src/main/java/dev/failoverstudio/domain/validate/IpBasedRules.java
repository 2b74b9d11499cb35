package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IP-based routing (V28, A19, R135): the collection ID is a lower-case UUID naming a collection of the design;
 * the location name (1–16 of {@code [0-9A-Za-z_-*]}) is {@code *} or a location of that collection; a group
 * uses one collection and names each location at most once. A group without a default location gives no
 * answer to unmatched clients (warning).
 */
final class IpBasedRules implements ZoneRule {

    static final Pattern COLLECTION_ID = Pattern.compile("[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}");
    private static final Pattern LOCATION_NAME = Pattern.compile("[0-9A-Za-z_\\-*]{1,16}");

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            if (r.routing() instanceof IpBasedRouting ip) {
                checkReference(zone, r, ip, out);
            }
        }
        for (Map.Entry<GroupKey, List<RecordSet>> group : zone.groups().entrySet()) {
            checkGroup(group.getKey(), group.getValue(), out);
        }
    }

    private static void checkReference(ZoneView zone, RecordSet r, IpBasedRouting ip, List<Problem> out) {
        if (!COLLECTION_ID.matcher(ip.collectionId()).matches()) {
            out.add(Problem.error("V28", ApiErrors.INVALID_INPUT, r.key(), "CollectionId '" + ip.collectionId()
                    + "' of " + r.describe() + " is not a CIDR collection ID (a lower-case UUID)"));
            return;
        }
        if (!LOCATION_NAME.matcher(ip.locationName()).matches()) {
            out.add(Problem.error("V28", ApiErrors.INVALID_INPUT, r.key(), "LocationName '" + ip.locationName()
                    + "' of " + r.describe() + " must be 1 to 16 letters, digits, '_', '-' or '*'"));
            return;
        }
        Optional<CidrCollection> collection = zone.design().cidrCollection(ip.collectionId());
        if (collection.isEmpty()) {
            out.add(Problem.error("V28", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "CIDR collection "
                    + ip.collectionId() + " used by " + r.describe() + " does not exist"));
        } else if (!ip.isDefault() && collection.get().location(ip.locationName()).isEmpty()) {
            out.add(Problem.error("V28", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "CIDR collection "
                    + collectionName(collection.get()) + " has no location '" + ip.locationName() + "' (used by "
                    + r.describe() + ")"));
        }
    }

    private static void checkGroup(GroupKey key, List<RecordSet> members, List<Problem> out) {
        String collection = null;
        Set<String> locations = new HashSet<>();
        boolean any = false;
        boolean hasDefault = false;
        for (RecordSet r : members) {
            if (!(r.routing() instanceof IpBasedRouting ip)) {
                continue;
            }
            any = true;
            hasDefault |= ip.isDefault();
            if (collection == null) {
                collection = ip.collectionId();
            } else if (!collection.equals(ip.collectionId())) {
                out.add(Problem.error("V28", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Group " + key.describe()
                        + " uses CIDR collection " + collection + "; " + r.describe() + " refers to "
                        + ip.collectionId() + ", but all record sets of a group must use the same collection"));
            }
            if (!locations.add(ip.locationName())) {
                out.add(Problem.error("V28", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Group " + key.describe()
                        + " already has a record set for location '" + ip.locationName()
                        + "'; each location may appear once per group"));
            }
        }
        if (any && !hasDefault) {
            out.add(Problem.warning("R135", members.get(0).key(), "IP-based group " + key.describe()
                    + " has no default location (*); clients that match no CIDR block get no answer"
                    + " (NOERROR, no data)"));
        }
    }

    private static String collectionName(CidrCollection c) {
        return c.name() == null ? c.id() : "'" + c.name() + "' (" + c.id() + ")";
    }
}
