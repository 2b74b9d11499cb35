package dev.failoverstudio.domain.exchange;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.validate.ChangeAction;

import java.util.Objects;

/**
 * What an export needs besides the design.
 *
 * @param zoneId     the hosted zone to export, or null for the design's first zone
 * @param action     CREATE or UPSERT, for change batches
 * @param policyName the name whose record tree becomes a Traffic Flow policy, or null (the first alias tree)
 */
public record ExportOptions(String zoneId, ChangeAction action, DomainName policyName) {

    public static final ExportOptions DEFAULT = new ExportOptions(null, ChangeAction.CREATE, null);

    public ExportOptions {
        Objects.requireNonNull(action, "action");
        if (action == ChangeAction.DELETE) {
            throw new IllegalArgumentException("a design is exported with CREATE or UPSERT, not DELETE");
        }
    }

    public ExportOptions withZoneId(String id) {
        return new ExportOptions(id, action, policyName);
    }

    public ExportOptions withAction(ChangeAction newAction) {
        return new ExportOptions(zoneId, newAction, policyName);
    }

    public ExportOptions withPolicyName(DomainName name) {
        return new ExportOptions(zoneId, action, name);
    }
}
