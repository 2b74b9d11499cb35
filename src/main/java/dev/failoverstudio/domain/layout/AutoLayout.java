package dev.failoverstudio.domain.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Left-to-right layered layout. Per zone, the groups no in-zone alias targets (the names clients query) form
 * the left column, and every alias target sits in a column to the right of all groups aliasing it (longest
 * path layering; an alias loop, which the validator reports as V35, is broken where the search meets it).
 * Health checks get a column of their own right of the deepest group column. Zones are stacked top to bottom.
 *
 * <p>Each queried name starts a band holding its tree (the groups it reaches that no earlier tree took), and
 * the next tree starts below it, so a tree's cards stay together. Within a band a node is wanted level with
 * its parents (the mean top of the nodes aliasing it or, for a health check, of the cards using it) and goes
 * to the first free slot at or below that in its column, so no two cards overlap. Nodes whose position is
 * given in the kept layout stay there and are avoided. Time is O(n log n) in the number of nodes and edges.
 */
public final class AutoLayout {

    /** Space between columns, room for alias edges. */
    static final double COLUMN_GAP = 140;
    /** Space between cards of one column. */
    static final double ROW_GAP = 24;
    /** Space between the blocks of two zones. */
    static final double ZONE_GAP = 80;
    static final double MARGIN = 40;

    private final CardSizes sizes;

    public AutoLayout(CardSizes sizes) {
        this.sizes = Objects.requireNonNull(sizes, "sizes");
    }

    public CardSizes sizes() {
        return sizes;
    }

    /**
     * Places every node of {@code graph} that has no position in {@code keep}.
     *
     * @return {@code keep} itself when every node already has a position; otherwise a layout holding the kept
     *     positions (including those of keys not in the graph) and a position for every other node
     */
    public Layout arrange(DesignGraph graph, Layout keep) {
        boolean complete = graph.groups().stream().allMatch(g -> keep.at(g.key()).isPresent())
                && graph.healthChecks().stream().allMatch(h -> keep.at(h.key()).isPresent());
        if (complete) {
            return keep;
        }
        double columnWidth = Math.max(sizes.groupWidth(), sizes.healthCheckWidth());
        double pitch = columnWidth + COLUMN_GAP;
        Map<Integer, ColumnSpace> columns = new HashMap<>();
        occupyKept(graph, keep, columns, pitch);

        Map<NodeKey, Integer> layers = layers(graph);
        Map<NodeKey, List<NodeKey>> parents = new HashMap<>();
        graph.aliasEdges().forEach(e -> {
            if (!e.fromGroup().equals(e.toGroup())) {
                parents.computeIfAbsent(e.toGroup(), k -> new ArrayList<>()).add(e.fromGroup());
            }
        });
        Map<NodeKey, List<NodeKey>> children = new HashMap<>();
        graph.aliasEdges().forEach(e -> children.computeIfAbsent(e.fromGroup(), k -> new ArrayList<>())
                .add(e.toGroup()));
        Map<NodeKey, GroupNode> nodes = new HashMap<>();
        graph.groups().forEach(g -> nodes.put(g.key(), g));
        Map<NodeKey, Position> placed = new HashMap<>(keep.positions());
        Map<NodeKey, Position> added = new HashMap<>();
        Set<NodeKey> assigned = new HashSet<>();
        int deepest = 0;
        double zoneTop = MARGIN;
        for (List<GroupNode> zone : byZone(graph).values()) {
            double bandTop = zoneTop;
            double zoneBottom = zoneTop;
            // Roots first (the names clients query), then whatever only a loop reaches.
            List<GroupNode> starts = new ArrayList<>();
            zone.stream().filter(g -> layers.getOrDefault(g.key(), 0) == 0).forEach(starts::add);
            starts.addAll(zone);
            for (GroupNode start : starts) {
                if (!assigned.add(start.key())) {
                    continue;
                }
                List<GroupNode> tree = tree(start, children, nodes, assigned);
                Map<Integer, List<GroupNode>> byLayer = new TreeMap<>();
                for (GroupNode g : tree) {
                    int layer = layers.getOrDefault(g.key(), 0);
                    deepest = Math.max(deepest, layer);
                    byLayer.computeIfAbsent(layer, l -> new ArrayList<>()).add(g);
                }
                double treeBottom = bandTop;
                for (Map.Entry<Integer, List<GroupNode>> column : byLayer.entrySet()) {
                    treeBottom = Math.max(treeBottom, placeColumn(column.getKey(), column.getValue(), bandTop,
                            parents, placed, added, columns, pitch));
                }
                zoneBottom = Math.max(zoneBottom, treeBottom);
                bandTop = Math.max(bandTop, treeBottom + ROW_GAP);
            }
            zoneTop = zoneBottom + ZONE_GAP;
        }
        placeHealthChecks(graph, placed, added, columns, deepest + 1, pitch);
        return keep.withAll(added);
    }

    private record Wish(NodeKey key, double y, int order, double height) {
    }

    /** The groups reachable from {@code start} through aliases and not yet assigned to an earlier tree. */
    private static List<GroupNode> tree(GroupNode start, Map<NodeKey, List<NodeKey>> children,
                                        Map<NodeKey, GroupNode> nodes, Set<NodeKey> assigned) {
        List<GroupNode> tree = new ArrayList<>();
        Deque<GroupNode> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            GroupNode node = queue.poll();
            tree.add(node);
            for (NodeKey child : children.getOrDefault(node.key(), List.of())) {
                if (assigned.add(child)) {
                    queue.add(nodes.get(child));
                }
            }
        }
        return tree;
    }

    /**
     * Places the unplaced groups of one tree's column, each at the first free slot at or below the mean top of
     * its parents (or {@code bandTop}); returns the lowest bottom of the column's nodes.
     */
    private double placeColumn(int index, List<GroupNode> column, double bandTop,
                               Map<NodeKey, List<NodeKey>> parents, Map<NodeKey, Position> placed,
                               Map<NodeKey, Position> added, Map<Integer, ColumnSpace> columns, double pitch) {
        ColumnSpace space = columns.computeIfAbsent(index, i -> new ColumnSpace());
        double bottom = bandTop;
        List<Wish> wishes = new ArrayList<>();
        int order = 0;
        for (GroupNode g : column) {
            Position kept = placed.get(g.key());
            if (kept != null) {
                bottom = Math.max(bottom, kept.y() + sizes.groupHeight(g.members().size()));
                continue;
            }
            wishes.add(new Wish(g.key(), Math.max(bandTop, meanTop(parents.get(g.key()), placed, bandTop)), order++,
                    sizes.groupHeight(g.members().size())));
        }
        wishes.sort(Comparator.comparingDouble(Wish::y).thenComparingInt(Wish::order));
        for (Wish w : wishes) {
            double y = space.firstFree(w.y(), w.height());
            space.occupy(y, y + w.height() + ROW_GAP);
            Position p = new Position(MARGIN + index * pitch, y);
            placed.put(w.key(), p);
            added.put(w.key(), p);
            bottom = Math.max(bottom, y + w.height());
        }
        return bottom;
    }

    private void placeHealthChecks(DesignGraph graph, Map<NodeKey, Position> placed, Map<NodeKey, Position> added,
                                   Map<Integer, ColumnSpace> columns, int index, double pitch) {
        Map<NodeKey, List<NodeKey>> users = new HashMap<>();
        graph.healthCheckEdges().forEach(e -> users.computeIfAbsent(e.toHealthCheck(), k -> new ArrayList<>())
                .add(e.fromGroup()));
        ColumnSpace space = columns.computeIfAbsent(index, i -> new ColumnSpace());
        List<Wish> wishes = new ArrayList<>();
        int order = 0;
        for (HealthCheckNode h : graph.healthChecks()) {
            if (!placed.containsKey(h.key())) {
                wishes.add(new Wish(h.key(), meanTop(users.get(h.key()), placed, MARGIN), order++,
                        sizes.healthCheckHeight()));
            }
        }
        wishes.sort(Comparator.comparingDouble(Wish::y).thenComparingInt(Wish::order));
        for (Wish w : wishes) {
            double y = space.firstFree(w.y(), w.height());
            space.occupy(y, y + w.height() + ROW_GAP);
            Position p = new Position(MARGIN + index * pitch, y);
            placed.put(w.key(), p);
            added.put(w.key(), p);
        }
    }

    /** Marks the space of kept nodes in every column their card overlaps. */
    private void occupyKept(DesignGraph graph, Layout keep, Map<Integer, ColumnSpace> columns, double pitch) {
        for (GroupNode g : graph.groups()) {
            keep.at(g.key()).ifPresent(p -> occupy(columns, p, sizes.groupWidth(),
                    sizes.groupHeight(g.members().size()), pitch));
        }
        for (HealthCheckNode h : graph.healthChecks()) {
            keep.at(h.key()).ifPresent(p -> occupy(columns, p, sizes.healthCheckWidth(), sizes.healthCheckHeight(),
                    pitch));
        }
    }

    private static void occupy(Map<Integer, ColumnSpace> columns, Position p, double width, double height,
                               double pitch) {
        int first = (int) Math.floor((p.x() - MARGIN - (pitch - COLUMN_GAP)) / pitch) + 1;
        int last = (int) Math.floor((p.x() + width - MARGIN) / pitch);
        for (int i = Math.max(0, first); i <= last; i++) {
            // A kept node wider than a gap may reach into a column; reserve its rows there, gap included.
            double columnLeft = MARGIN + i * pitch;
            if (p.x() < columnLeft + pitch - COLUMN_GAP && p.x() + width > columnLeft) {
                columns.computeIfAbsent(i, k -> new ColumnSpace()).occupy(p.y() - ROW_GAP, p.y() + height + ROW_GAP);
            }
        }
    }

    private static double meanTop(List<NodeKey> from, Map<NodeKey, Position> placed, double fallback) {
        if (from == null) {
            return fallback;
        }
        double sum = 0;
        int n = 0;
        for (NodeKey k : from) {
            Position p = placed.get(k);
            if (p != null) {
                sum += p.y();
                n++;
            }
        }
        return n == 0 ? fallback : sum / n;
    }

    private static Map<String, List<GroupNode>> byZone(DesignGraph graph) {
        Map<String, List<GroupNode>> zones = new LinkedHashMap<>();
        graph.groups().forEach(g -> zones.computeIfAbsent(g.zoneId(), z -> new ArrayList<>()).add(g));
        return zones;
    }

    /**
     * The column of every group: 0 for groups no alias targets, else one more than the deepest group aliasing
     * it (longest path). Computed in reverse post-order of an iterative depth-first search; edges that close a
     * loop are ignored.
     */
    static Map<NodeKey, Integer> layers(DesignGraph graph) {
        Map<NodeKey, List<NodeKey>> children = new HashMap<>();
        graph.aliasEdges().forEach(e -> children.computeIfAbsent(e.fromGroup(), k -> new ArrayList<>())
                .add(e.toGroup()));
        Map<NodeKey, Integer> state = new HashMap<>(); // 1 on the search path, 2 finished
        List<NodeKey> postOrder = new ArrayList<>();
        for (GroupNode start : graph.groups()) {
            if (state.containsKey(start.key())) {
                continue;
            }
            Deque<NodeKey> path = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            path.push(start.key());
            next.push(0);
            state.put(start.key(), 1);
            while (!path.isEmpty()) {
                NodeKey node = path.peek();
                int i = next.pop();
                List<NodeKey> out = children.getOrDefault(node, List.of());
                if (i < out.size()) {
                    next.push(i + 1);
                    NodeKey child = out.get(i);
                    if (!state.containsKey(child)) {
                        state.put(child, 1);
                        path.push(child);
                        next.push(0);
                    }
                } else {
                    state.put(node, 2);
                    postOrder.add(path.pop());
                }
            }
        }
        // Reverse post-order is a topological order of the edges that do not close a loop.
        Map<NodeKey, Integer> position = new HashMap<>();
        for (int i = 0; i < postOrder.size(); i++) {
            position.put(postOrder.get(i), postOrder.size() - 1 - i);
        }
        Map<NodeKey, Integer> layer = new HashMap<>();
        for (int i = postOrder.size() - 1; i >= 0; i--) {
            NodeKey node = postOrder.get(i);
            int mine = layer.getOrDefault(node, 0);
            layer.put(node, mine);
            for (NodeKey child : children.getOrDefault(node, List.of())) {
                if (position.get(child) > position.get(node)) {
                    layer.merge(child, mine + 1, Math::max);
                }
            }
        }
        return layer;
    }
}
