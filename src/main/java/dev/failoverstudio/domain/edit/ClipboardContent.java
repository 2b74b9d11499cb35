package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Copy put aside: whole group cards (all their members) of one zone, health checks, and their positions.
 * Immutable and independent of the document it was copied from.
 *
 * @param zoneId       the zone the record sets came from (in-zone alias targets refer to it)
 * @param recordSets   members of the copied groups, in zone order
 * @param healthChecks the copied health checks
 * @param positions    the copied nodes' positions, by their original keys
 */
public record ClipboardContent(String zoneId, List<RecordSet> recordSets, List<HealthCheck> healthChecks,
                               Map<NodeKey, Position> positions) {

    public ClipboardContent {
        recordSets = List.copyOf(recordSets);
        healthChecks = List.copyOf(healthChecks);
        positions = Map.copyOf(positions);
    }

    /** Copies the group cards and health checks named by {@code nodes} from {@code document}. */
    public static ClipboardContent copyOf(DesignDocument document, Set<NodeKey> nodes) {
        throw new UnsupportedOperationException("ClipboardContent.copyOf is not implemented yet");
    }

    public boolean isEmpty() {
        return recordSets.isEmpty() && healthChecks.isEmpty();
    }
}
