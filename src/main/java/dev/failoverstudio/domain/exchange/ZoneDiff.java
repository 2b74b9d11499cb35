package dev.failoverstudio.domain.exchange;

import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.validate.Change;
import dev.failoverstudio.domain.validate.RecordSetMatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The smallest list of changes that turns one version of a hosted zone into another, in an order Route 53
 * accepts ({@link ChangeOrder}).
 *
 * <p>Record sets are matched by identity (name, type, set identifier; R4). One that only exists before is
 * DELETEd with its current contents (V4), one that only exists after is CREATEd, one whose contents differ is
 * UPSERTed (V5); record sets that V4 would consider equal (values in another order, R29) produce no change.
 * The apex SOA and NS record sets can be neither created nor deleted (V9, A23): a changed or new one is
 * UPSERTed and a removed one is left alone and reported in {@link Result#keptApexRecordSets()}.
 */
public final class ZoneDiff {

    /**
     * The changes and what the diff could not express.
     *
     * @param keptApexRecordSets apex SOA/NS record sets present before and absent after, which Route 53 never
     *                           deletes
     */
    public record Result(List<Change> changes, List<RecordSet> keptApexRecordSets) {
        public Result {
            changes = List.copyOf(changes);
            keptApexRecordSets = List.copyOf(keptApexRecordSets);
        }
    }

    private ZoneDiff() {
    }

    /** The changes from {@code before} to {@code after}; both are versions of the same zone (same ID). */
    public static Result between(HostedZone before, HostedZone after) {
        Map<RecordSetKey, RecordSet> old = index(before);
        Map<RecordSetKey, RecordSet> now = index(after);
        List<Change> changes = new ArrayList<>();
        List<RecordSet> kept = new ArrayList<>();
        List<RecordSet> reversed = new ArrayList<>(before.recordSets());
        java.util.Collections.reverse(reversed); // the last created goes first
        for (RecordSet r : reversed) {
            if (!now.containsKey(r.key())) {
                if (isApexSoaOrNs(before, r)) {
                    kept.add(r);
                } else {
                    changes.add(Change.delete(r));
                }
            }
        }
        for (RecordSet r : after.recordSets()) {
            RecordSet previous = old.get(r.key());
            if (previous == null) {
                changes.add(isApexSoaOrNs(after, r) ? Change.upsert(r) : Change.create(r));
            } else if (!RecordSetMatch.matchesExactly(previous, r)) {
                changes.add(Change.upsert(r));
            }
        }
        return new Result(ChangeOrder.order(before, changes), kept);
    }

    /** True for the SOA and NS record sets at the zone's apex, which always exist (R7, V9). */
    public static boolean isApexSoaOrNs(HostedZone zone, RecordSet r) {
        return r.name().equals(zone.origin()) && (r.type() == RecordType.SOA || r.type() == RecordType.NS)
                && r.setIdentifier() == null;
    }

    private static Map<RecordSetKey, RecordSet> index(HostedZone zone) {
        Map<RecordSetKey, RecordSet> map = new LinkedHashMap<>();
        zone.recordSets().forEach(r -> map.put(r.key(), r));
        return map;
    }
}
