package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordSet;

import java.util.List;

/**
 * How much of Route 53's per-request allowance a change or a batch uses (V7): {@code ResourceRecord} elements
 * (an alias record set counts as one) and characters summed over every {@code Value}, both counted twice for an
 * UPSERT.
 *
 * <p>Invariant: both counts are non-negative.
 */
public record ChangeBatchSize(long resourceRecords, long valueCharacters) {

    /** At most this many {@code ResourceRecord} elements per request (V7, DG:DNSLimitations.md). */
    public static final int MAX_RESOURCE_RECORDS = 1000;
    /** At most this many characters over all {@code Value} elements per request (V7). */
    public static final int MAX_VALUE_CHARACTERS = 32_000;

    public static final ChangeBatchSize ZERO = new ChangeBatchSize(0, 0);

    public ChangeBatchSize {
        if (resourceRecords < 0 || valueCharacters < 0) {
            throw new IllegalArgumentException("sizes are never negative");
        }
    }

    /** The size of one change: its record set's elements and value characters, doubled for an UPSERT. */
    public static ChangeBatchSize of(Change change) {
        int factor = change.action() == ChangeAction.UPSERT ? 2 : 1;
        RecordSet r = change.recordSet();
        long elements = r.isAlias() ? 1 : r.values().size();
        long characters = r.values().stream().mapToLong(String::length).sum();
        return new ChangeBatchSize(factor * elements, factor * characters);
    }

    /** The size of every change of a list together. */
    public static ChangeBatchSize of(List<Change> changes) {
        ChangeBatchSize total = ZERO;
        for (Change change : changes) {
            total = total.plus(of(change));
        }
        return total;
    }

    public ChangeBatchSize plus(ChangeBatchSize other) {
        return new ChangeBatchSize(resourceRecords + other.resourceRecords, valueCharacters + other.valueCharacters);
    }

    /** True when a request of this size stays within both limits of V7. */
    public boolean withinLimits() {
        return resourceRecords <= MAX_RESOURCE_RECORDS && valueCharacters <= MAX_VALUE_CHARACTERS;
    }
}
