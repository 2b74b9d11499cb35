package dev.failoverstudio.domain.validate;

import java.util.List;

/**
 * A change batch (S2 {@code ChangeBatch}): an optional comment and the changes in the order they apply.
 * Invariant: {@code changes} is never null (possibly empty, which V1 reports).
 */
public record ChangeBatch(String comment, List<Change> changes) {
    public ChangeBatch {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static ChangeBatch of(Change... changes) {
        return new ChangeBatch(null, List.of(changes));
    }
}
