package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replaces every member of a group at once (an inspector edit of the whole card: its name, type or routing
 * policy), so the group never passes through a mixed state Route 53 would refuse (V11). The new members take
 * the place of the first old one; the card keeps its position under its new key.
 */
public record ReplaceGroupCommand(String zoneId, GroupKey group, List<RecordSet> members) implements EditCommand {

    public ReplaceGroupCommand {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(group, "group");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one member; delete it instead");
        }
        GroupKey first = members.get(0).groupKey();
        if (members.stream().anyMatch(m -> !m.groupKey().equals(first))) {
            throw new IllegalArgumentException("all members of a group have one name and one type");
        }
    }

    @Override
    public String label() {
        return "Edit " + group.describe();
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        HostedZone zone = ZoneEdits.zone(before.design(), zoneId);
        List<RecordSet> records = new ArrayList<>();
        boolean found = false;
        for (RecordSet r : zone.recordSets()) {
            if (r.groupKey().equals(group)) {
                if (!found) {
                    records.addAll(members);
                    found = true;
                }
            } else {
                records.add(r);
            }
        }
        if (!found) {
            throw new EditRejectedException(null, "There is no group " + group.describe() + " in zone "
                    + zone.origin().text());
        }
        HostedZone after = zone.withRecordSets(records);
        Design design = before.design().withZone(after);
        ZoneEdits.checkStructure(design, zone, after, members, new ConnectionRules());
        Layout layout = before.layout();
        GroupKey to = members.get(0).groupKey();
        NodeKey fromKey = NodeKey.group(zoneId, group);
        NodeKey toKey = NodeKey.group(zoneId, to);
        if (!to.equals(group) && !ZoneEdits.groupExists(zone, to) && layout.at(fromKey).isPresent()) {
            layout = layout.without(List.of(fromKey)).with(toKey, layout.at(fromKey).get());
        }
        return before.with(design, layout);
    }
}
