package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Deletes group cards (all their members), health checks and single member rows, and the positions of the
 * nodes that disappear. Record sets that use a deleted health check lose the association and calculated checks
 * lose it as a child (Route 53 would refuse to delete a check in use, so the design drops the uses with it).
 * Aliases that point at a deleted group stay, and the validator reports them (V33). Unknown keys are ignored.
 */
public record RemoveNodesCommand(Set<NodeKey> nodes, Set<MemberKey> members) implements EditCommand {

    public RemoveNodesCommand {
        nodes = Set.copyOf(nodes);
        members = Set.copyOf(members);
    }

    @Override
    public String label() {
        return "Delete";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        Design design = before.design();
        Set<String> removedChecks = new HashSet<>();
        for (NodeKey node : nodes) {
            if (node.isHealthCheck() && design.healthCheck(node.healthCheckId()).isPresent()) {
                removedChecks.add(node.healthCheckId());
            }
        }
        List<NodeKey> gone = new ArrayList<>();
        boolean changed = !removedChecks.isEmpty();
        List<HostedZone> zones = new ArrayList<>();
        for (HostedZone zone : design.zones()) {
            List<RecordSet> kept = new ArrayList<>();
            Set<NodeKey> cardsBefore = new HashSet<>();
            boolean zoneChanged = false;
            for (RecordSet r : zone.recordSets()) {
                NodeKey card = NodeKey.group(zone.id(), r.groupKey());
                cardsBefore.add(card);
                if (nodes.contains(card) || members.contains(new MemberKey(zone.id(), r.key()))) {
                    zoneChanged = true;
                    continue;
                }
                if (r.healthCheckId() != null && removedChecks.contains(r.healthCheckId())) {
                    r = r.withHealthCheckId(null);
                    zoneChanged = true;
                }
                kept.add(r);
            }
            if (zoneChanged) {
                changed = true;
                Set<NodeKey> after = new HashSet<>();
                kept.forEach(r -> after.add(NodeKey.group(zone.id(), r.groupKey())));
                cardsBefore.stream().filter(k -> !after.contains(k)).forEach(gone::add);
                zones.add(zone.withRecordSets(kept));
            } else {
                zones.add(zone);
            }
        }
        if (!changed) {
            return before;
        }
        List<HealthCheck> checks = new ArrayList<>();
        for (HealthCheck check : design.healthChecks()) {
            if (removedChecks.contains(check.id())) {
                gone.add(NodeKey.healthCheck(check.id()));
            } else if (check.config() instanceof CalculatedCheck calculated
                    && calculated.childHealthChecks().stream().anyMatch(removedChecks::contains)) {
                List<String> children = calculated.childHealthChecks().stream()
                        .filter(id -> !removedChecks.contains(id)).toList();
                checks.add(check.withConfig(new CalculatedCheck(children, calculated.healthThreshold())));
            } else {
                checks.add(check);
            }
        }
        Design after = new Design(zones, removedChecks.isEmpty() ? design.healthChecks() : checks,
                design.cidrCollections(), design.resourceCatalog(), withoutObservations(design, removedChecks));
        return before.with(after, before.layout().without(gone));
    }

    private static dev.failoverstudio.domain.model.HealthSnapshot withoutObservations(Design design,
                                                                                     Set<String> removed) {
        var snapshot = design.healthSnapshot();
        for (String id : removed) {
            if (snapshot.observations().containsKey(id)) {
                snapshot = snapshot.without(id);
            }
        }
        return Objects.requireNonNull(snapshot);
    }
}
