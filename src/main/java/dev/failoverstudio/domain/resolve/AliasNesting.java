package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many levels answering a query in one zone can nest: the groups on the zone's longest chain of in-zone
 * aliases (R140–R142). Answering follows a chain and, for Evaluate Target Health, the chain below it (R41), so
 * the two together never pass the longest chain. With an alias cycle (V35; answered SERVFAIL, A25) the answer and
 * the health evaluation may each walk every group once, which bounds the nesting at twice the groups. One
 * iterative depth-first search, so a chain of any length is measured without deep recursion.
 */
final class AliasNesting {

    private final int levels;
    private final boolean cyclic;

    AliasNesting(ZoneIndex zone, Collection<List<RecordSet>> groups) {
        Map<GroupKey, Integer> finished = new HashMap<>();
        Set<GroupKey> onPath = new HashSet<>();
        boolean closesACycle = false;
        int deepest = 0;
        for (List<RecordSet> group : groups) {
            GroupKey root = group.get(0).groupKey();
            if (finished.containsKey(root)) {
                continue;
            }
            Deque<Visit> path = new ArrayDeque<>();
            path.push(new Visit(root, targets(zone, group)));
            onPath.add(root);
            while (!path.isEmpty()) {
                Visit visit = path.peek();
                if (visit.next < visit.targets.size()) {
                    GroupKey target = visit.targets.get(visit.next++);
                    if (onPath.contains(target)) {
                        closesACycle = true;
                    } else if (!finished.containsKey(target)) {
                        path.push(new Visit(target, targets(zone, zone.group(target))));
                        onPath.add(target);
                    }
                } else {
                    path.pop();
                    onPath.remove(visit.group);
                    int below = 0;
                    for (GroupKey target : visit.targets) {
                        below = Math.max(below, finished.getOrDefault(target, 0));
                    }
                    finished.put(visit.group, below + 1);
                    deepest = Math.max(deepest, below + 1);
                }
            }
        }
        this.cyclic = closesACycle;
        this.levels = closesACycle ? 2 * finished.size() + 2 : deepest;
    }

    /** At least 1 for a zone with record sets; 0 for none. */
    int levels() {
        return levels;
    }

    /** Whether some in-zone alias chain comes back to a group it passed (V35, A25). */
    boolean cyclic() {
        return cyclic;
    }

    /** The existing groups {@code group}'s in-zone aliases lead to. */
    private static List<GroupKey> targets(ZoneIndex zone, List<RecordSet> group) {
        List<GroupKey> out = new ArrayList<>(0);
        for (RecordSet rs : group) {
            if (rs.isAlias() && zone.zone().isInZone(rs.aliasTarget())) {
                GroupKey target = new GroupKey(rs.aliasTarget().dnsName(), rs.type());
                if (!zone.group(target).isEmpty() && !out.contains(target)) {
                    out.add(target);
                }
            }
        }
        return out;
    }

    private static final class Visit {
        private final GroupKey group;
        private final List<GroupKey> targets;
        private int next;

        Visit(GroupKey group, List<GroupKey> targets) {
            this.group = group;
            this.targets = targets;
        }
    }
}
