package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Makes a member row an in-zone alias to the existing group {@code target} (dropping an alias port on a card).
 * The row loses its TTL and values (an alias has neither, V32). Refused for every reason
 * {@link ConnectionRules} gives (loop V35, type R141, missing target V33, …).
 */
public record SetAliasTargetCommand(String zoneId, RecordSetKey member, GroupKey target, boolean evaluateTargetHealth)
        implements EditCommand {

    public SetAliasTargetCommand {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String label() {
        return "Set alias target";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        new ConnectionRules().check(before.design(), zoneId, member, target).ifPresent(r -> {
            throw r.toException();
        });
        return pointAt(before, zoneId, member, target, evaluateTargetHealth);
    }

    /** The member made an alias to {@code target}, with no further checks. */
    static DesignDocument pointAt(DesignDocument before, String zoneId, RecordSetKey member, GroupKey target,
                                  boolean evaluateTargetHealth) {
        HostedZone zone = ZoneEdits.zone(before.design(), zoneId);
        int index = ZoneEdits.indexOf(zone, member);
        if (index < 0) {
            throw new EditRejectedException(null, "There is no record set " + member.describe());
        }
        RecordSet old = zone.recordSets().get(index);
        RecordSet alias = old.withAliasTarget(new AliasTarget(zone.id(), target.name(), evaluateTargetHealth));
        List<RecordSet> records = new ArrayList<>(zone.recordSets());
        records.set(index, alias);
        return before.withDesign(before.design().withZone(zone.withRecordSets(records)));
    }
}
