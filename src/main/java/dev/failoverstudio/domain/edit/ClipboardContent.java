package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What Copy put aside: whole group cards (all their members) of one zone, health checks, and their positions.
 * Immutable and independent of the document it was copied from.
 *
 * @param zoneId       the zone the record sets came from (in-zone alias targets refer to it); null when only
 *                     health checks were copied
 * @param origin       that zone's origin, so names can be rebased when pasting into another zone; null with it
 * @param recordSets   members of the copied groups, in zone order
 * @param healthChecks the copied health checks, in design order
 * @param positions    the copied nodes' positions, by their original keys
 */
public record ClipboardContent(String zoneId, DomainName origin, List<RecordSet> recordSets,
                               List<HealthCheck> healthChecks, Map<NodeKey, Position> positions) {

    public ClipboardContent {
        recordSets = List.copyOf(recordSets);
        healthChecks = List.copyOf(healthChecks);
        positions = Map.copyOf(positions);
        if (!recordSets.isEmpty()) {
            Objects.requireNonNull(zoneId, "zoneId");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * Copies the group cards and health checks named by {@code nodes} from {@code document}. Cards of one zone
     * are copied: the zone of the first group card in design order; cards of other zones are left out.
     */
    public static ClipboardContent copyOf(DesignDocument document, Set<NodeKey> nodes) {
        HostedZone source = null;
        List<RecordSet> records = new ArrayList<>();
        Map<NodeKey, Position> positions = new HashMap<>();
        for (HostedZone zone : document.design().zones()) {
            if (source != null) {
                break;
            }
            for (RecordSet r : zone.recordSets()) {
                NodeKey card = NodeKey.group(zone.id(), r.groupKey());
                if (nodes.contains(card)) {
                    source = zone;
                    records.add(r);
                    document.layout().at(card).ifPresent(p -> positions.put(card, p));
                }
            }
        }
        List<HealthCheck> checks = new ArrayList<>();
        for (HealthCheck check : document.design().healthChecks()) {
            NodeKey key = NodeKey.healthCheck(check.id());
            if (nodes.contains(key)) {
                checks.add(check);
                document.layout().at(key).ifPresent(p -> positions.put(key, p));
            }
        }
        return new ClipboardContent(source == null ? null : source.id(), source == null ? null : source.origin(),
                records, checks, positions);
    }

    public boolean isEmpty() {
        return recordSets.isEmpty() && healthChecks.isEmpty();
    }
}
