package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordSet;

import java.util.Objects;

/** One change of a batch: an action and the record set it applies to (S2 {@code Change}). Both are present. */
public record Change(ChangeAction action, RecordSet recordSet) {
    public Change {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordSet, "recordSet");
    }

    public static Change create(RecordSet r) {
        return new Change(ChangeAction.CREATE, r);
    }

    public static Change delete(RecordSet r) {
        return new Change(ChangeAction.DELETE, r);
    }

    public static Change upsert(RecordSet r) {
        return new Change(ChangeAction.UPSERT, r);
    }
}
