package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Record trees (V35, V39, R47): no alias may reach itself through in-zone aliases (A25; each cycle the search
 * closes is reported once, naming its chain, so every set of mutually reachable groups gets at least one
 * report); a tree deeper than three levels of groups is a warning (A22); a record set without a health check
 * below an alias that evaluates target health keeps that branch healthy forever (R47).
 */
final class AliasTreeRules implements ZoneRule {

    static final int DOCUMENTED_LEVELS = 3;

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        AliasGraph graph = new AliasGraph(zone);
        for (List<AliasGraph.Edge> cycle : graph.cycles()) {
            String chain = cycle.stream().map(e -> e.alias().groupKey().describe()).collect(Collectors.joining(" -> "))
                    + " -> " + cycle.get(0).alias().groupKey().describe();
            out.add(Problem.error("V35", ApiErrors.INVALID_CHANGE_BATCH, cycle.get(0).alias().key(),
                    "Alias cycle: " + chain + "; an alias must not reach itself through other aliases (A25)"));
        }
        for (GroupKey group : zone.groups().keySet()) {
            if (!graph.isTargeted(group) && graph.depth(group) > DOCUMENTED_LEVELS) {
                out.add(Problem.warning("V39", graph.deepestEdge(group).alias().key(), "Alias tree from "
                        + group.describe() + " is " + graph.depth(group) + " levels of groups deep (" + path(graph, group)
                        + "); Route 53 documents trees of up to three levels (A22)"));
            }
        }
        checkUncheckedLeaves(zone, out);
    }

    /** Beyond this many groups the chain is named by its first and last groups, so the message stays readable. */
    static final int NAMED_GROUPS = 8;

    private static String path(AliasGraph graph, GroupKey from) {
        List<String> groups = new ArrayList<>();
        groups.add(from.describe());
        GroupKey at = from;
        AliasGraph.Edge next;
        while ((next = graph.deepestEdge(at)) != null) {
            at = next.target();
            groups.add(at.describe());
        }
        if (groups.size() <= NAMED_GROUPS) {
            return String.join(" -> ", groups);
        }
        int head = NAMED_GROUPS - 2;
        return String.join(" -> ", groups.subList(0, head)) + " -> … " + (groups.size() - head - 2)
                + " more … -> " + String.join(" -> ", groups.subList(groups.size() - 2, groups.size()));
    }

    private static void checkUncheckedLeaves(ZoneView zone, List<Problem> out) {
        Set<Object> reported = new HashSet<>();
        for (RecordSet alias : zone.recordSets()) {
            if (!alias.isAlias() || !alias.aliasTarget().evaluateTargetHealth() || alias.policy() == RoutingPolicy.SIMPLE) {
                continue;
            }
            zone.inZoneTargetOf(alias).ifPresent(target -> {
                for (RecordSet leaf : zone.group(target)) {
                    if (!leaf.isAlias() && leaf.healthCheckId() == null && reported.add(leaf.key())) {
                        out.add(Problem.warning("R47", leaf.key(), leaf.describe() + " has no health check, so it is"
                                + " always healthy: " + alias.describe() + " evaluates the health of "
                                + target.describe() + " but never sees it fail, and " + leaf.describe()
                                + " is returned when its siblings fail"));
                    }
                }
            });
        }
    }
}
