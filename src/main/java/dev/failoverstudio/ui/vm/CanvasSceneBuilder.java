package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.health.HealthVerdict;
import dev.failoverstudio.domain.layout.AliasEdge;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.DesignGraph;
import dev.failoverstudio.domain.layout.GroupNode;
import dev.failoverstudio.domain.layout.HealthCheckNode;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.validate.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the canvas scene from a document: one card per group and per health check, placed where the layout
 * says (nodes the layout does not know yet are placed by the auto-layout, without changing the document), and
 * marked with health and validation problems.
 */
public final class CanvasSceneBuilder {

    private final CardGeometry geometry;
    private final AutoLayout autoLayout;

    public CanvasSceneBuilder(CardGeometry geometry, AutoLayout autoLayout) {
        this.geometry = geometry;
        this.autoLayout = autoLayout;
    }

    public CanvasScene build(DesignDocument document, HealthStatus health, List<Problem> problems) {
        DesignGraph graph = graphOf(document.design());
        Layout layout = placed(graph, document.layout());
        ProblemIndex index = new ProblemIndex(problems);

        List<CardModel> cards = new ArrayList<>();
        Map<RecordSetKey, Integer> rowOf = new HashMap<>();
        Map<String, NodeKey> checkNodes = new HashMap<>();
        for (HealthCheckNode node : graph.healthChecks()) {
            checkNodes.putIfAbsent(node.check().id(), node.key());
        }
        List<EdgeModel> edges = new ArrayList<>();
        for (GroupNode group : graph.groups()) {
            List<RowModel> rows = new ArrayList<>();
            List<String> cardProblems = new ArrayList<>();
            int unhealthy = 0;
            for (int i = 0; i < group.members().size(); i++) {
                RecordSet rs = group.members().get(i);
                rowOf.put(rs.key(), i);
                HealthState state = HealthState.NONE;
                String healthText = null;
                if (rs.healthCheckId() != null) {
                    HealthVerdict verdict = health.verdict(rs.healthCheckId());
                    state = verdict.healthy() ? HealthState.HEALTHY : HealthState.UNHEALTHY;
                    healthText = "Health check " + rs.healthCheckId() + ": "
                            + (verdict.healthy() ? "healthy" : "unhealthy") + " — " + verdict.reason()
                            + " (" + verdict.rule() + ")";
                    if (!verdict.healthy()) {
                        unhealthy++;
                    }
                    NodeKey checkNode = checkNodes.get(rs.healthCheckId());
                    if (checkNode != null) {
                        edges.add(new EdgeModel(EdgeModel.Kind.HEALTH_CHECK, group.key(), i, checkNode));
                    }
                }
                List<String> rowProblems = index.forMember(rs.key());
                cardProblems.addAll(rowProblems);
                rows.add(new RowModel(rs.key(), rs.setIdentifier(), RoutingSummary.routing(rs.routing()),
                        RoutingSummary.answer(rs), rs.isAlias(), rs.healthCheckId(), state, healthText,
                        String.join("\n", rowProblems)));
            }
            cardProblems.addAll(index.forGroup(group.group(), group.members()));
            Position p = layout.at(group.key()).orElse(new Position(0, 0));
            GroupKey g = group.group();
            String policy = group.members().isEmpty() ? "" : group.members().get(0).policy().label();
            String subtitle = g.type() + " · " + policy + " · " + group.members().size()
                    + (group.members().size() == 1 ? " record set" : " record sets");
            HealthState cardHealth = unhealthy > 0 && unhealthy == group.members().size()
                    ? HealthState.UNHEALTHY : HealthState.NONE;
            cards.add(new CardModel(group.key(), CardKind.GROUP, group.zoneId(), g, g.name().text(), subtitle, rows,
                    p.x(), p.y(), CardGeometry.GROUP_WIDTH, geometry.groupHeight(rows.size()), cardHealth, null,
                    String.join("\n", cardProblems),
                    !group.members().isEmpty() && group.members().get(0).policy() != RoutingPolicy.SIMPLE));
        }
        for (HealthCheckNode node : graph.healthChecks()) {
            HealthCheck check = node.check();
            HealthVerdict verdict = health.verdict(check.id());
            Position p = layout.at(node.key()).orElse(new Position(0, 0));
            cards.add(new CardModel(node.key(), CardKind.HEALTH_CHECK, null, null, check.id(),
                    HealthCheckSummary.describe(check), List.of(), p.x(), p.y(), CardGeometry.HEALTH_CHECK_WIDTH,
                    CardGeometry.HEALTH_CHECK_HEIGHT,
                    verdict.healthy() ? HealthState.HEALTHY : HealthState.UNHEALTHY,
                    (verdict.healthy() ? "Healthy" : "Unhealthy") + " — " + verdict.reason() + " (" + verdict.rule()
                            + ")",
                    String.join("\n", index.forHealthCheck(check.id())), false));
        }
        for (AliasEdge edge : graph.aliasEdges()) {
            Integer row = rowOf.get(edge.fromMember());
            if (row != null) {
                edges.add(new EdgeModel(EdgeModel.Kind.ALIAS, edge.fromGroup(), row, edge.toGroup()));
            }
        }
        return new CanvasScene(cards, edges);
    }

    // Moves change only the layout: the derived graph of the same design is reused.
    private Design lastDesign;
    private DesignGraph lastGraph;

    private DesignGraph graphOf(Design design) {
        if (design != lastDesign) {
            lastGraph = DesignGraph.of(design);
            lastDesign = design;
        }
        return lastGraph;
    }

    private Layout placed(DesignGraph graph, Layout layout) {
        for (GroupNode group : graph.groups()) {
            if (layout.at(group.key()).isEmpty()) {
                return autoLayout.arrange(graph, layout);
            }
        }
        for (HealthCheckNode check : graph.healthChecks()) {
            if (layout.at(check.key()).isEmpty()) {
                return autoLayout.arrange(graph, layout);
            }
        }
        return layout;
    }

    /** Problems by what they concern, looked up once per card and row. */
    private static final class ProblemIndex {
        private final Map<RecordSetKey, List<String>> byMember = new LinkedHashMap<>();
        private final Map<GroupKey, List<String>> byGroup = new HashMap<>();
        private final Map<String, List<String>> byCheck = new LinkedHashMap<>();

        ProblemIndex(List<Problem> problems) {
            for (Problem p : problems) {
                String text = ProblemItem.line(p);
                if (p.recordSet() != null && p.recordSet().setIdentifier() == null) {
                    // Without a set identifier a problem may be about the group as a whole; the member of a
                    // simple group has the same key, and claims it first if it exists.
                    byGroup.computeIfAbsent(new GroupKey(p.recordSet().name(), p.recordSet().type()),
                            k -> new ArrayList<>()).add(text);
                    byMember.computeIfAbsent(p.recordSet(), k -> new ArrayList<>()).add(text);
                } else if (p.recordSet() != null) {
                    byMember.computeIfAbsent(p.recordSet(), k -> new ArrayList<>()).add(text);
                } else if (p.healthCheckId() != null) {
                    byCheck.computeIfAbsent(p.healthCheckId(), k -> new ArrayList<>()).add(text);
                }
            }
        }

        List<String> forMember(RecordSetKey key) {
            List<String> found = byMember.get(key);
            return found == null ? List.of() : found;
        }

        /**
         * Problems naming the group without a set identifier that no member claimed (e.g. "two simple record
         * sets"); call after {@link #forMember} for every member.
         */
        List<String> forGroup(GroupKey group, List<RecordSet> members) {
            List<String> found = byGroup.get(group);
            if (found == null) {
                return List.of();
            }
            for (RecordSet m : members) {
                if (m.setIdentifier() == null) {
                    return List.of();
                }
            }
            return found;
        }

        List<String> forHealthCheck(String id) {
            List<String> found = byCheck.get(id);
            return found == null ? List.of() : found;
        }
    }
}
