package dev.failoverstudio.domain.model;

import java.util.Objects;

/**
 * One user tag of a health check, as Route 53's ChangeTagsForResource / ListTagsForResource carry it
 * ({@code {"Key", "Value"}}). Keys are case-sensitive. Lengths are not enforced here so that a file with a
 * too-long key can still be opened; the validator reports them (API:Tag: a key of at most 128 characters, a
 * value of at most 256).
 *
 * @param key   never null
 * @param value never null; may be empty (Route 53 allows an empty value)
 */
public record HealthCheckTag(String key, String value) {

    public HealthCheckTag {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /** {@code Key=Value}, as the inspector and the health table show it. */
    public String describe() {
        return key + "=" + value;
    }
}
