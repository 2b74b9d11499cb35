package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.Objects;

/**
 * Drops an alias port on empty canvas: adds {@code newTarget} (a new group card at {@code position}) and makes
 * the member row an alias to it with EvaluateTargetHealth true. Refused when the target's group already exists
 * (use {@link SetAliasTargetCommand}), for the rules of {@link AddRecordSetCommand}, or when
 * {@link ConnectionRules} refuses the alias (for example a target of another type, R141).
 */
public record CreateAliasTargetCommand(String zoneId, RecordSetKey member, RecordSet newTarget, Position position)
        implements EditCommand {

    public CreateAliasTargetCommand {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(newTarget, "newTarget");
    }

    @Override
    public String label() {
        return "Create alias target";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        if (ZoneEdits.groupExists(ZoneEdits.zone(before.design(), zoneId), newTarget.groupKey())) {
            throw new EditRejectedException(null, newTarget.groupKey().describe() + " already exists");
        }
        ZoneEdits.member(ZoneEdits.zone(before.design(), zoneId), member);
        DesignDocument withTarget = AddRecordSetCommand.add(before, zoneId, newTarget, position);
        new ConnectionRules().check(withTarget.design(), zoneId, member, newTarget.groupKey()).ifPresent(r -> {
            throw r.toException();
        });
        return SetAliasTargetCommand.pointAt(withTarget, zoneId, member, newTarget.groupKey(), true);
    }
}
