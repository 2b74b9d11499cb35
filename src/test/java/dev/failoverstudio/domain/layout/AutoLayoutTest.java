package dev.failoverstudio.domain.layout;

import dev.failoverstudio.cli.SyntheticDesigns;
import dev.failoverstudio.domain.edit.Docs;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.WeightedRouting;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AutoLayoutTest {

    private static final CardSizes SIZES = CardSizes.fixed(200, 40, 20, 120, 30);
    private final AutoLayout autoLayout = new AutoLayout(SIZES);

    private record Box(NodeKey key, double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    private static NodeKey card(String name) {
        return NodeKey.group(Docs.ZONE, new GroupKey(Docs.name(name), RecordType.A));
    }

    private static List<Box> boxes(DesignGraph graph, Layout layout) {
        List<Box> boxes = new ArrayList<>();
        for (GroupNode g : graph.groups()) {
            Position p = layout.at(g.key()).orElseThrow(() -> new AssertionError("unplaced " + g.key()));
            boxes.add(new Box(g.key(), p.x(), p.y(), SIZES.groupWidth(), SIZES.groupHeight(g.members().size())));
        }
        for (HealthCheckNode h : graph.healthChecks()) {
            Position p = layout.at(h.key()).orElseThrow(() -> new AssertionError("unplaced " + h.key()));
            boxes.add(new Box(h.key(), p.x(), p.y(), SIZES.healthCheckWidth(), SIZES.healthCheckHeight()));
        }
        return boxes;
    }

    /** Sweep over y: compares only boxes whose y ranges meet, so 2,000 record sets stay quick. */
    private static void assertNoOverlaps(List<Box> boxes) {
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort(java.util.Comparator.comparingDouble(Box::y));
        for (int i = 0; i < sorted.size(); i++) {
            Box a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).y < a.y + a.h; j++) {
                if (a.overlaps(sorted.get(j))) {
                    throw new AssertionError(a.key + " overlaps " + sorted.get(j).key);
                }
            }
        }
    }

    @Test
    void theOverlapCheckFindsOverlaps() {
        Box a = new Box(NodeKey.healthCheck("a"), 0, 0, 10, 10);
        Box b = new Box(NodeKey.healthCheck("b"), 5, 5, 10, 10);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertNoOverlaps(List.of(a, b)))
                .isInstanceOf(AssertionError.class);
    }

    private static double x(Layout layout, NodeKey key) {
        return layout.at(key).orElseThrow().x();
    }

    @Test
    void queriedNamesLeftAliasTargetsRightHealthChecksLast() {
        DesignGraph graph = DesignGraph.of(Docs.latencyWeightedTree().design());
        Layout layout = autoLayout.arrange(graph, Layout.EMPTY);

        assertThat(x(layout, card("eu"))).isGreaterThan(x(layout, card("www")));
        assertThat(x(layout, card("us"))).isEqualTo(x(layout, card("eu")));
        assertThat(x(layout, NodeKey.healthCheck("hc-eu-1"))).isGreaterThan(x(layout, card("eu")));
        assertNoOverlaps(boxes(graph, layout));
    }

    @Test
    void aTargetSitsRightOfEveryGroupAliasingIt() {
        // a -> b -> c and a -> c: c goes right of b (longest path), not beside b
        Design d = Docs.design(List.of(),
                Docs.alias("a", RecordType.A, "1", new WeightedRouting(1), "b"),
                Docs.alias("a", RecordType.A, "2", new WeightedRouting(1), "c"),
                Docs.alias("b", RecordType.A, null, dev.failoverstudio.domain.model.SimpleRouting.INSTANCE, "c"),
                Docs.simpleA("c", "192.0.2.1"));
        Layout layout = autoLayout.arrange(DesignGraph.of(d), Layout.EMPTY);
        assertThat(x(layout, card("b"))).isGreaterThan(x(layout, card("a")));
        assertThat(x(layout, card("c"))).isGreaterThan(x(layout, card("b")));
    }

    @Test
    void eachQueriedNameStartsABandBelowThePreviousTree() {
        Design d = SyntheticDesigns.trees(2, 2);
        DesignGraph graph = DesignGraph.of(d);
        Layout layout = autoLayout.arrange(graph, Layout.EMPTY);
        NodeKey app0 = NodeKey.group(SyntheticDesigns.ZONE_ID, new GroupKey(
                dev.failoverstudio.domain.model.DomainName.of("app0.example.com."), RecordType.A));
        NodeKey app1 = NodeKey.group(SyntheticDesigns.ZONE_ID, new GroupKey(
                dev.failoverstudio.domain.model.DomainName.of("app1.example.com."), RecordType.A));
        double tree0Bottom = graph.groups().stream().filter(g -> g.group().name().text().endsWith("app0.example.com."))
                .mapToDouble(g -> layout.at(g.key()).orElseThrow().y() + SIZES.groupHeight(g.members().size()))
                .max().orElseThrow();
        assertThat(layout.at(app1).orElseThrow().y()).isGreaterThanOrEqualTo(tree0Bottom);
        assertThat(layout.at(app0).orElseThrow().y()).isLessThan(tree0Bottom);
    }

    @Test
    void anAliasLoopDoesNotHangTheLayout_V35() {
        Design d = Docs.design(List.of(),
                Docs.alias("a", RecordType.A, "1", new WeightedRouting(1), "b"),
                Docs.alias("b", RecordType.A, "1", new WeightedRouting(1), "a"));
        DesignGraph graph = DesignGraph.of(d);
        Layout layout = autoLayout.arrange(graph, Layout.EMPTY);
        assertNoOverlaps(boxes(graph, layout));
    }

    @Test
    void givenPositionsAreKeptAndNewCardsAvoidThem() {
        DesignGraph graph = DesignGraph.of(Docs.latencyWeightedTree().design());
        Layout first = autoLayout.arrange(graph, Layout.EMPTY);
        // put www exactly where eu would go, and let the rest be placed again
        Position wwwAt = first.at(card("eu")).orElseThrow();
        Layout keep = Layout.EMPTY.with(card("www"), wwwAt).with(NodeKey.healthCheck("gone"), new Position(1, 1));
        Layout layout = autoLayout.arrange(graph, keep);

        assertThat(layout.at(card("www"))).contains(wwwAt);
        assertThat(layout.at(NodeKey.healthCheck("gone"))).contains(new Position(1, 1));
        assertNoOverlaps(boxes(graph, layout));
    }

    @Test
    void aCompleteLayoutIsReturnedUnchanged() {
        DesignGraph graph = DesignGraph.of(Docs.latencyWeightedTree().design());
        Layout layout = autoLayout.arrange(graph, Layout.EMPTY);
        assertThat(autoLayout.arrange(graph, layout)).isSameAs(layout);
    }

    @Test
    void twoThousandRecordSetsAreAllPlacedWithoutOverlap() {
        Design d = SyntheticDesigns.trees(100, 4);
        assertThat(d.zones().get(0).recordSets()).hasSize(2000);
        DesignGraph graph = DesignGraph.of(d);
        Layout layout = autoLayout.arrange(graph, Layout.EMPTY);
        assertThat(layout.size()).isEqualTo(graph.nodeCount());
        assertNoOverlaps(boxes(graph, layout));
        // latency groups (queried) in the first column, weighted pools in the second
        Map<Double, Long> columns = new java.util.TreeMap<>(graph.groups().stream().collect(
                java.util.stream.Collectors.groupingBy(g -> x(layout, g.key()), java.util.stream.Collectors.counting())));
        assertThat(columns.values()).containsExactly(100L, 400L);
    }
}
