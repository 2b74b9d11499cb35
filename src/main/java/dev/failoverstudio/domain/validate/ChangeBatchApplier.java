package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.RoutingPolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies a change batch to a hosted zone the way Route 53 does (V1–V9, V23, V53, plus every design rule on
 * the result): the changes apply in order to a working copy, the resulting zone is validated as a whole (V2:
 * the checks see the end state, so deleting a CNAME and creating an alias at its name is fine), and the batch
 * is accepted only when nothing is an error (all or nothing).
 *
 * <p>The batch is blamed only for what it causes: a problem of the resulting zone is reported when the zone
 * did not have it before, or when it concerns a record set the batch touched. Pre-existing problems of an
 * imported zone stay {@link DesignValidator}'s business.
 */
public final class ChangeBatchApplier {

    private final DesignValidator validator;
    private final ChangeBatchShapeRules shapeRules = new ChangeBatchShapeRules();

    public ChangeBatchApplier(GeoTables geo) {
        this.validator = new DesignValidator(Objects.requireNonNull(geo, "geo"));
    }

    /** Applies {@code batch} to the zone {@code hostedZoneId} of {@code design}; the value is the new zone. */
    public Validated<HostedZone> apply(Design design, String hostedZoneId, ChangeBatch batch) {
        String id = HostedZone.stripPrefix(hostedZoneId);
        HostedZone zone = design.zones().stream().filter(z -> z.id().equals(id)).findFirst().orElse(null);
        if (zone == null) {
            return Validated.of(null, List.of(Problem.error("V1", ApiErrors.NO_SUCH_HOSTED_ZONE, null,
                    "No hosted zone found with ID: " + id)));
        }
        List<Problem> problems = new ArrayList<>();
        shapeRules.check(batch, problems);
        Working working = new Working(zone);
        for (Change change : batch.changes()) {
            working.apply(change, problems);
        }
        working.normaliseWeightedTtls(problems);
        HostedZone result = zone.withRecordSets(working.records);
        problems.addAll(newProblems(design, zone, result, working.touched));
        return Validated.of(result, problems);
    }

    private List<Problem> newProblems(Design design, HostedZone before, HostedZone after, Set<RecordSetKey> touched) {
        Map<Problem, Integer> existing = new HashMap<>();
        for (Problem p : validator.validateZone(design, before)) {
            existing.merge(p, 1, Integer::sum);
        }
        List<Problem> out = new ArrayList<>();
        for (Problem p : validator.validateZone(design.withZone(after), after)) {
            if (p.code().equals("V53")) {
                continue; // the batch reports its own, more specific V53 warning for each change it makes
            }
            int left = existing.getOrDefault(p, 0);
            if (left > 0 && !touched.contains(p.recordSet())) {
                existing.put(p, left - 1);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The zone's record sets while the batch is being applied. */
    private static final class Working {
        private final HostedZone zone;
        private final List<RecordSet> records;
        private final Set<RecordSetKey> touched = new HashSet<>();
        private final Set<RecordSetKey> deleted = new HashSet<>();
        private final Map<GroupKey, Long> lastWeightedTtl = new LinkedHashMap<>();

        Working(HostedZone zone) {
            this.zone = zone;
            this.records = new ArrayList<>(zone.recordSets());
        }

        void apply(Change change, List<Problem> out) {
            RecordSet r = change.recordSet();
            touched.add(r.key());
            warnTrafficPolicy(r, indexOf(r.key()), change.action(), out);
            switch (change.action()) {
                case CREATE -> create(r, out);
                case DELETE -> delete(r, out);
                case UPSERT -> upsert(r, out);
            }
            if (change.action() != ChangeAction.DELETE && r.policy() == RoutingPolicy.WEIGHTED && !r.isAlias()
                    && r.ttl() != null) {
                lastWeightedTtl.put(r.groupKey(), r.ttl());
            }
        }

        private void create(RecordSet r, List<Problem> out) {
            int at = indexOf(r.key());
            boolean apex = r.name().equals(zone.origin());
            if (r.type() == RecordType.SOA) {
                out.add(Problem.error("V9", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "An SOA record set cannot be"
                        + " created; the zone's SOA always exists (R7) and can only be changed with UPSERT"));
            } else if (at >= 0) {
                out.add(Problem.error("V3", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Tried to create resource record"
                        + " set " + identity(r) + " but it already exists"));
            } else if (apex && r.type() == RecordType.NS) {
                out.add(Problem.error("V9", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "The apex NS record set of "
                        + zone.origin().text() + " always exists (R7); change it with UPSERT"));
            } else {
                records.add(r);
                deleted.remove(r.key());
            }
        }

        private void delete(RecordSet r, List<Problem> out) {
            if (deleted.contains(r.key())) {
                out.add(Problem.error("V6", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "The batch deletes resource record"
                        + " set " + identity(r) + " more than once"));
                return;
            }
            if (r.name().equals(zone.origin()) && (r.type() == RecordType.SOA || r.type() == RecordType.NS)) {
                out.add(Problem.error("V9", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "The apex " + r.type()
                        + " record set of " + zone.origin().text() + " cannot be deleted; change it with UPSERT"));
                return;
            }
            int at = indexOf(r.key());
            if (at < 0) {
                out.add(Problem.error("V4", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Tried to delete resource record"
                        + " set " + identity(r) + " but it was not found"));
            } else if (!RecordSetMatch.matchesExactly(records.get(at), r)) {
                out.add(Problem.error("V4", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Tried to delete resource record"
                        + " set " + identity(r) + " but the values provided do not match the current values"));
            } else {
                records.remove(at);
                deleted.add(r.key());
            }
        }

        private void upsert(RecordSet r, List<Problem> out) {
            int at = indexOf(r.key());
            if (at >= 0) {
                records.set(at, r);
            } else {
                records.add(r);
            }
            deleted.remove(r.key());
        }

        /** V53: record sets of a traffic policy instance belong to the instance, which keeps existing (billed). */
        private void warnTrafficPolicy(RecordSet r, int at, ChangeAction action, List<Problem> out) {
            String instance = r.trafficPolicyInstanceId() != null ? r.trafficPolicyInstanceId()
                    : at >= 0 ? records.get(at).trafficPolicyInstanceId() : null;
            if (instance != null) {
                String consequence = action == ChangeAction.DELETE
                        ? " with a change batch leaves traffic policy instance " + instance + " in place (and billed)"
                        : " with a change batch diverges from traffic policy instance " + instance
                        + ", which may overwrite it when the policy is applied again";
                out.add(Problem.warning("V53", r.key(), verbOf(action) + " " + r.describe() + consequence
                        + "; change the record through the policy instance instead"));
            }
        }

        private static String verbOf(ChangeAction action) {
            return switch (action) {
                case CREATE -> "Creating";
                case DELETE -> "Deleting";
                case UPSERT -> "Replacing";
            };
        }

        /** V23/A24: Route 53 gives every weighted record set of a group the last TTL the batch specified. */
        void normaliseWeightedTtls(List<Problem> out) {
            for (Map.Entry<GroupKey, Long> group : lastWeightedTtl.entrySet()) {
                long ttl = group.getValue();
                boolean changed = false;
                for (int i = 0; i < records.size(); i++) {
                    RecordSet r = records.get(i);
                    if (r.groupKey().equals(group.getKey()) && r.policy() == RoutingPolicy.WEIGHTED && !r.isAlias()
                            && r.ttl() != null && r.ttl() != ttl) {
                        records.set(i, r.withTtl(ttl));
                        touched.add(r.key());
                        changed = true;
                    }
                }
                if (changed) {
                    out.add(Problem.warning("V23", null, "Weighted record sets of " + group.getKey().describe()
                            + " had different TTLs; the last TTL given in the batch (" + ttl + ") now applies to"
                            + " the whole group (A24)"));
                }
            }
        }

        private int indexOf(RecordSetKey key) {
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).key().equals(key)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** {@code [name='www.example.com.', type='A']}, with the set identifier when there is one. */
    static String identity(RecordSet r) {
        return "[name='" + r.name().text() + "', type='" + r.type() + "'"
                + (r.setIdentifier() == null ? "" : ", set-identifier='" + r.setIdentifier() + "'") + "]";
    }
}
