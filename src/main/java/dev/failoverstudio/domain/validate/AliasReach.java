package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-zone alias graph of one zone, as the validator builds it for V35/V39 ({@link AliasGraph}), for callers
 * outside the validator that ask many small questions about one design (the designer, while a user drags an
 * alias): whether a chain of in-zone aliases leads from one group to another. Built once in linear time;
 * immutable afterwards.
 */
public final class AliasReach {

    private final AliasGraph graph;

    public AliasReach(Design design, HostedZone zone) {
        this.graph = new AliasGraph(new ZoneView(design, zone, null));
    }

    /**
     * The groups along a chain of in-zone aliases from {@code from} to {@code to}, both included (a shortest
     * one); empty when there is none. A group reaches itself only through an alias edge.
     */
    public Optional<List<GroupKey>> path(GroupKey from, GroupKey to) {
        Map<GroupKey, GroupKey> cameFrom = new HashMap<>();
        Deque<GroupKey> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            GroupKey node = queue.poll();
            for (AliasGraph.Edge edge : graph.edgesFrom(node)) {
                GroupKey next = edge.target();
                if (cameFrom.containsKey(next)) {
                    continue;
                }
                cameFrom.put(next, node);
                if (next.equals(to)) {
                    return Optional.of(pathTo(cameFrom, from, to));
                }
                queue.add(next);
            }
        }
        return Optional.empty();
    }

    /** True when the zone already holds an alias loop (V35). */
    public boolean hasCycles() {
        return !graph.cycles().isEmpty();
    }

    private static List<GroupKey> pathTo(Map<GroupKey, GroupKey> cameFrom, GroupKey from, GroupKey to) {
        List<GroupKey> path = new ArrayList<>();
        GroupKey node = to;
        path.add(node);
        do {
            node = cameFrom.get(node);
            path.add(node);
        } while (!node.equals(from));
        Collections.reverse(path);
        return path;
    }
}
