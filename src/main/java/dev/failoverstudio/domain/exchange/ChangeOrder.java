package dev.failoverstudio.domain.exchange;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.validate.Change;
import dev.failoverstudio.domain.validate.ChangeAction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Puts the changes of a zone update in an order Route 53 accepts even when they are sent as several batches
 * (V2 validates each batch against its own end state, V33 needs alias targets to exist):
 *
 * <ul>
 *   <li>a CREATE/UPSERT of an in-zone alias comes after every CREATE/UPSERT of its target group (V33);</li>
 *   <li>a DELETE of a record set comes after the DELETE or UPSERT of every alias that pointed at its group, so
 *       no alias is left without a target (the reverse of creation);</li>
 *   <li>every DELETE at a name comes before the CREATEs and UPSERTs at that name, so a CNAME can make way for
 *       other types and a group can change its routing policy (V11, V40).</li>
 * </ul>
 *
 * Otherwise deletes come first and the given order is kept. If the constraints contradict each other (only
 * possible for designs with alias cycles, V35), the remaining changes follow in their default order.
 */
public final class ChangeOrder {

    private ChangeOrder() {
    }

    /**
     * The changes in an acceptable order.
     *
     * @param before the zone the changes apply to (for the alias targets of record sets being replaced)
     */
    public static List<Change> order(HostedZone before, List<Change> changes) {
        List<Change> base = new ArrayList<>();
        changes.stream().filter(c -> c.action() == ChangeAction.DELETE).forEach(base::add);
        changes.stream().filter(c -> c.action() != ChangeAction.DELETE).forEach(base::add);
        int n = base.size();
        Map<RecordSetKey, RecordSet> old = new HashMap<>();
        before.recordSets().forEach(r -> old.put(r.key(), r));
        List<List<Integer>> successors = new ArrayList<>();
        int[] pending = new int[n];
        for (int i = 0; i < n; i++) {
            successors.add(new ArrayList<>());
        }
        // index the changes so that building the constraints is linear in changes plus constraints
        Map<GroupKey, List<Integer>> writesByGroup = new HashMap<>();
        Map<GroupKey, List<Integer>> referrersByTarget = new HashMap<>();
        Map<DomainName, List<Integer>> deletesByName = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Change c = base.get(i);
            boolean delete = c.action() == ChangeAction.DELETE;
            if (delete) {
                deletesByName.computeIfAbsent(c.recordSet().name(), k -> new ArrayList<>()).add(i);
            } else {
                writesByGroup.computeIfAbsent(c.recordSet().groupKey(), k -> new ArrayList<>()).add(i);
            }
            RecordSet previous = delete ? c.recordSet() : old.get(c.recordSet().key());
            GroupKey target = previous == null ? null : inZoneTarget(before.id(), previous);
            if (target != null) {
                referrersByTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(i);
            }
        }
        for (int b = 0; b < n; b++) {
            Change change = base.get(b);
            List<Integer> predecessors = new ArrayList<>();
            if (change.action() == ChangeAction.DELETE) {
                // aliases that pointed at this group are deleted or repointed first
                for (int a : referrersByTarget.getOrDefault(change.recordSet().groupKey(), List.of())) {
                    if (!base.get(a).recordSet().key().equals(change.recordSet().key())) {
                        predecessors.add(a);
                    }
                }
            } else {
                GroupKey target = inZoneTarget(before.id(), change.recordSet());
                if (target != null) { // the alias target is written first (V33)
                    predecessors.addAll(writesByGroup.getOrDefault(target, List.of()));
                }
                // deletes at the same name make way first (V11, V40)
                predecessors.addAll(deletesByName.getOrDefault(change.recordSet().name(), List.of()));
            }
            for (int a : predecessors) {
                if (a != b) {
                    successors.get(a).add(b);
                    pending[b]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] done = new boolean[n];
        List<Change> ordered = new ArrayList<>(n);
        while (ordered.size() < n) {
            if (ready.isEmpty()) {
                for (int i = 0; i < n; i++) { // contradictory constraints: release the first one left
                    if (!done[i]) {
                        ready.add(i);
                        pending[i] = 0;
                        break;
                    }
                }
            }
            int next = ready.poll();
            if (done[next]) {
                continue;
            }
            done[next] = true;
            ordered.add(base.get(next));
            for (int s : successors.get(next)) {
                if (--pending[s] == 0 && !done[s]) {
                    ready.add(s);
                }
            }
        }
        return ordered;
    }

    /** The group an in-zone alias points at (R6), or null. */
    static GroupKey inZoneTarget(String zoneId, RecordSet r) {
        if (r.aliasTarget() == null || !zoneId.equals(r.aliasTarget().hostedZoneId())) {
            return null;
        }
        return new GroupKey(r.aliasTarget().dnsName(), r.type());
    }
}
