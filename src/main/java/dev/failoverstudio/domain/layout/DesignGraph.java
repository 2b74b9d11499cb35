package dev.failoverstudio.domain.layout;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record tree the canvas draws, derived from a {@link Design}: one card per group (zone, name, type), its
 * member rows, an alias edge per in-zone alias whose target group exists (same type, R6/R141), the health
 * checks, and the member rows' health-check associations (R8).
 *
 * <p>Invariants: the order is stable for a given design (zones in design order, groups in order of first
 * appearance in their zone, members in zone order, health checks in design order), so the canvas and the
 * layout do not jump between edits. Immutable.
 */
public final class DesignGraph {

    private final List<GroupNode> groups;
    private final Map<NodeKey, GroupNode> groupsByKey;
    private final List<AliasEdge> aliasEdges;
    private final List<HealthCheckEdge> healthCheckEdges;
    private final List<HealthCheckNode> healthChecks;
    private final Map<NodeKey, HealthCheckNode> healthChecksByKey;

    private DesignGraph(List<GroupNode> groups, List<AliasEdge> aliasEdges, List<HealthCheckEdge> healthCheckEdges,
                        List<HealthCheckNode> healthChecks) {
        this.groups = List.copyOf(groups);
        this.aliasEdges = List.copyOf(aliasEdges);
        this.healthCheckEdges = List.copyOf(healthCheckEdges);
        this.healthChecks = List.copyOf(healthChecks);
        Map<NodeKey, GroupNode> byKey = new HashMap<>();
        groups.forEach(g -> byKey.put(g.key(), g));
        this.groupsByKey = Collections.unmodifiableMap(byKey);
        Map<NodeKey, HealthCheckNode> checksByKey = new HashMap<>();
        healthChecks.forEach(h -> checksByKey.put(h.key(), h));
        this.healthChecksByKey = Collections.unmodifiableMap(checksByKey);
    }

    /** Derives the graph of {@code design}; linear in the number of record sets. */
    public static DesignGraph of(Design design) {
        List<GroupNode> groups = new ArrayList<>();
        List<AliasEdge> aliasEdges = new ArrayList<>();
        List<HealthCheckEdge> healthCheckEdges = new ArrayList<>();
        List<HealthCheckNode> checks = new ArrayList<>();
        Map<String, NodeKey> checkKeys = new HashMap<>();
        for (HealthCheck check : design.healthChecks()) {
            NodeKey key = NodeKey.healthCheck(check.id());
            if (checkKeys.putIfAbsent(check.id(), key) == null) {
                checks.add(new HealthCheckNode(key, check));
            }
        }
        for (HostedZone zone : design.zones()) {
            Map<GroupKey, List<RecordSet>> members = new LinkedHashMap<>();
            for (RecordSet r : zone.recordSets()) {
                members.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r);
            }
            for (Map.Entry<GroupKey, List<RecordSet>> e : members.entrySet()) {
                NodeKey key = NodeKey.group(zone.id(), e.getKey());
                groups.add(new GroupNode(key, zone.id(), e.getKey(), e.getValue()));
                for (RecordSet r : e.getValue()) {
                    if (r.isAlias() && zone.isInZone(r.aliasTarget())) {
                        GroupKey target = new GroupKey(r.aliasTarget().dnsName(), r.type());
                        if (members.containsKey(target)) {
                            aliasEdges.add(new AliasEdge(key, r.key(), NodeKey.group(zone.id(), target)));
                        }
                    }
                    if (r.healthCheckId() != null && checkKeys.containsKey(r.healthCheckId())) {
                        healthCheckEdges.add(new HealthCheckEdge(key, r.key(), checkKeys.get(r.healthCheckId())));
                    }
                }
            }
        }
        return new DesignGraph(groups, aliasEdges, healthCheckEdges, checks);
    }

    /** One node per (zone, name, type) group, in stable order. */
    public List<GroupNode> groups() {
        return groups;
    }

    /** Member row to target group, for in-zone alias targets that exist. */
    public List<AliasEdge> aliasEdges() {
        return aliasEdges;
    }

    /** Member row to health check, for associated checks that exist (R8). */
    public List<HealthCheckEdge> healthCheckEdges() {
        return healthCheckEdges;
    }

    public List<HealthCheckNode> healthChecks() {
        return healthChecks;
    }

    public Optional<GroupNode> group(NodeKey key) {
        return Optional.ofNullable(groupsByKey.get(key));
    }

    public Optional<HealthCheckNode> healthCheck(NodeKey key) {
        return Optional.ofNullable(healthChecksByKey.get(key));
    }

    /** True when a group card or health-check node has this key. */
    public boolean contains(NodeKey key) {
        return groupsByKey.containsKey(key) || healthChecksByKey.containsKey(key);
    }

    /** Number of group cards plus health-check nodes. */
    public int nodeCount() {
        return groups.size() + healthChecks.size();
    }
}
