package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds a record set at the end of a zone (a palette drop creates a new group card; "add member" adds a row to
 * an existing card). A new group card is placed at {@code position} (null leaves it for auto-layout); an
 * existing card keeps its place. Refused like Route 53 refuses a CREATE: an existing identity (V3), a name
 * outside the zone (V13), a policy other than the group's (V11), CNAME coexistence (V40, V41), an alias loop
 * (V35).
 */
public record AddRecordSetCommand(String zoneId, RecordSet recordSet, Position position) implements EditCommand {

    public AddRecordSetCommand {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(recordSet, "recordSet");
    }

    @Override
    public String label() {
        return "Add " + recordSet.policy().label() + " record set";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        return add(before, zoneId, recordSet, position);
    }

    /** Adds {@code recordSet} to the zone and places a new card; shared with the commands that create targets. */
    static DesignDocument add(DesignDocument before, String zoneId, RecordSet recordSet, Position position) {
        HostedZone zone = ZoneEdits.zone(before.design(), zoneId);
        List<RecordSet> records = new ArrayList<>(zone.recordSets());
        records.add(recordSet);
        HostedZone after = zone.withRecordSets(records);
        Design design = before.design().withZone(after);
        ZoneEdits.checkStructure(design, zone, after, List.of(recordSet), new ConnectionRules());
        NodeKey card = NodeKey.group(zoneId, recordSet.groupKey());
        Layout layout = before.layout();
        if (position != null && !ZoneEdits.groupExists(zone, recordSet.groupKey())) {
            layout = layout.with(card, position);
        }
        return before.with(design, layout);
    }
}
