package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The record tree of a zone as a graph: groups are nodes, an in-zone alias record set is an edge from its group
 * to its (existing) target group (R140–R142). One iterative depth-first search, in group order, finds every
 * cycle it closes (V35) and the depth of every group counted in groups along the longest alias chain that
 * avoids cycles (V39).
 *
 * <p>Invariants after construction: {@link #cycles()} lists each cycle once, rotated to start at its earliest
 * group; {@link #depth(GroupKey)} is at least 1 for every group.
 */
final class AliasGraph {

    /** An edge: the alias record set and the group it leads to. */
    record Edge(RecordSet alias, GroupKey target) {
    }

    private final Map<GroupKey, List<Edge>> edges = new LinkedHashMap<>();
    private final Map<GroupKey, Integer> depth = new HashMap<>();
    private final Map<GroupKey, Edge> deepestEdge = new HashMap<>();
    private final Set<GroupKey> targeted = new LinkedHashSet<>();
    private final List<List<Edge>> cycles = new ArrayList<>();

    AliasGraph(ZoneView zone) {
        for (Map.Entry<GroupKey, List<RecordSet>> group : zone.groups().entrySet()) {
            List<Edge> out = new ArrayList<>();
            for (RecordSet r : group.getValue()) {
                zone.inZoneTargetOf(r)
                        .filter(t -> !zone.group(t).isEmpty())
                        .ifPresent(t -> out.add(new Edge(r, t)));
            }
            edges.put(group.getKey(), out);
            out.forEach(e -> {
                if (!e.target().equals(group.getKey())) {
                    targeted.add(e.target());
                }
            });
        }
        search(zone);
    }

    List<Edge> edgesFrom(GroupKey group) {
        return edges.getOrDefault(group, List.of());
    }

    /** Every cycle once, as the alias edges that close it, starting at the group that appears first in the zone. */
    List<List<Edge>> cycles() {
        return cycles;
    }

    int depth(GroupKey group) {
        return depth.getOrDefault(group, 1);
    }

    /** The edge leading to the deepest child, or null for a leaf. */
    Edge deepestEdge(GroupKey group) {
        return deepestEdge.get(group);
    }

    /** True when some other group's alias leads here. */
    boolean isTargeted(GroupKey group) {
        return targeted.contains(group);
    }

    private enum Mark { ON_PATH, DONE }

    private void search(ZoneView zone) {
        Map<GroupKey, Mark> marks = new HashMap<>();
        Set<String> seenCycles = new LinkedHashSet<>();
        for (GroupKey start : edges.keySet()) {
            if (marks.containsKey(start)) {
                continue;
            }
            Deque<GroupKey> path = new ArrayDeque<>();
            Deque<Edge> pathEdges = new ArrayDeque<>();
            Deque<Integer> nextIndex = new ArrayDeque<>();
            path.push(start);
            nextIndex.push(0);
            marks.put(start, Mark.ON_PATH);
            while (!path.isEmpty()) {
                GroupKey node = path.peek();
                int i = nextIndex.pop();
                List<Edge> out = edgesFrom(node);
                if (i < out.size()) {
                    nextIndex.push(i + 1);
                    Edge e = out.get(i);
                    Mark mark = marks.get(e.target());
                    if (mark == Mark.ON_PATH) {
                        recordCycle(zone, pathEdges, e, seenCycles);
                    } else if (mark == null) {
                        marks.put(e.target(), Mark.ON_PATH);
                        path.push(e.target());
                        pathEdges.push(e);
                        nextIndex.push(0);
                    }
                } else {
                    finish(node, marks);
                    marks.put(node, Mark.DONE);
                    path.pop();
                    if (!pathEdges.isEmpty()) {
                        pathEdges.pop();
                    }
                }
            }
        }
    }

    /** Depth of a finished node: 1 + deepest finished child (children still on the path close cycles). */
    private void finish(GroupKey node, Map<GroupKey, Mark> marks) {
        int best = 1;
        for (Edge e : edgesFrom(node)) {
            if (marks.get(e.target()) == Mark.DONE && 1 + depth(e.target()) > best) {
                best = 1 + depth(e.target());
                deepestEdge.put(node, e);
            }
        }
        depth.put(node, best);
    }

    private void recordCycle(ZoneView zone, Deque<Edge> pathEdges, Edge closing, Set<String> seen) {
        List<Edge> ordered = new ArrayList<>();
        for (Edge e : pathEdges) {
            ordered.add(0, e);
        }
        List<Edge> chain = chainFrom(ordered, closing);
        int startAt = 0;
        for (int k = 1; k < chain.size(); k++) {
            if (zone.firstIndexOf(chain.get(k).alias().groupKey())
                    < zone.firstIndexOf(chain.get(startAt).alias().groupKey())) {
                startAt = k;
            }
        }
        List<Edge> rotated = new ArrayList<>(chain.subList(startAt, chain.size()));
        rotated.addAll(chain.subList(0, startAt));
        StringBuilder signature = new StringBuilder();
        rotated.forEach(e -> signature.append(e.alias().key()).append("->"));
        if (seen.add(signature.toString())) {
            cycles.add(rotated);
        }
    }

    /** The edges of the cycle closed by {@code closing}, in travel order, starting at its target. */
    private static List<Edge> chainFrom(List<Edge> rootToTop, Edge closing) {
        List<Edge> chain = new ArrayList<>();
        boolean inCycle = false;
        for (Edge e : rootToTop) {
            if (!inCycle && e.alias().groupKey().equals(closing.target())) {
                inCycle = true;
            }
            if (inCycle) {
                chain.add(e);
            }
        }
        chain.add(closing);
        return chain;
    }
}
