package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * V4's notion of "the same record set": every field equal and the same values in any order (R29: values have
 * no order). The traffic policy instance ID is Route 53's bookkeeping, not part of the request, and is ignored.
 */
public final class RecordSetMatch {

    private RecordSetMatch() {
    }

    /** True when {@code given} would be accepted by a DELETE of {@code current} (V4). */
    public static boolean matchesExactly(RecordSet current, RecordSet given) {
        return current.key().equals(given.key())
                && current.routing().equals(given.routing())
                && Objects.equals(current.ttl(), given.ttl())
                && Objects.equals(current.aliasTarget(), given.aliasTarget())
                && Objects.equals(current.healthCheckId(), given.healthCheckId())
                && sorted(current.values()).equals(sorted(given.values()));
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>();
        values.forEach(v -> copy.add(v.strip()));
        copy.sort(null);
        return copy;
    }
}
