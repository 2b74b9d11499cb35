package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replaces one record set, keeping its place in the zone (an inspector edit). When the replacement moves the
 * last member of a card to a group without a card (a rename), the card keeps its position under its new key.
 * Refused for the structure rules of {@link AddRecordSetCommand}; content problems are left to the validator.
 */
public record ReplaceRecordSetCommand(String zoneId, RecordSetKey old, RecordSet replacement) implements EditCommand {

    public ReplaceRecordSetCommand {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(replacement, "replacement");
    }

    @Override
    public String label() {
        return "Edit record set";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        HostedZone zone = ZoneEdits.zone(before.design(), zoneId);
        int index = ZoneEdits.indexOf(zone, old);
        if (index < 0) {
            throw new EditRejectedException(null, "There is no record set " + old.describe() + " in zone "
                    + zone.origin().text());
        }
        if (zone.recordSets().get(index).equals(replacement)) {
            return before;
        }
        List<RecordSet> records = new ArrayList<>(zone.recordSets());
        records.set(index, replacement);
        HostedZone after = zone.withRecordSets(records);
        Design design = before.design().withZone(after);
        ZoneEdits.checkStructure(design, zone, after, List.of(replacement), new ConnectionRules());
        return before.with(design, carryPosition(before.layout(), zone, after, old, replacement));
    }

    /**
     * Moves the card position along when a member changes group (a rename or retype): a new card without a
     * position starts where the old card is, and an old card left empty loses its position. So renaming every
     * member of a card one by one (in a {@link CompositeCommand}) ends with the renamed card where the old was.
     */
    static Layout carryPosition(Layout layout, HostedZone before, HostedZone after, RecordSetKey old,
                                RecordSet replacement) {
        GroupKey from = new GroupKey(old.name(), old.type());
        GroupKey to = replacement.groupKey();
        if (from.equals(to)) {
            return layout;
        }
        NodeKey fromKey = NodeKey.group(before.id(), from);
        NodeKey toKey = NodeKey.group(before.id(), to);
        Layout result = layout;
        if (result.at(toKey).isEmpty() && result.at(fromKey).isPresent()) {
            result = result.with(toKey, result.at(fromKey).get());
        }
        if (!ZoneEdits.groupExists(after, from)) {
            result = result.without(List.of(fromKey));
        }
        return result;
    }
}
