package dev.failoverstudio.domain.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Route 53 health check (S4): its ID, what it monitors, and the Inverted and Disabled switches that
 * are applied on top of the measured status (HC17), plus its user tags (ChangeTagsForResource).
 *
 * <p>Invariants: {@code tags} is an immutable list in the order the user gave them, with no key twice (Route 53
 * keeps one value per key; keys are case-sensitive). Tags never change how the check is evaluated.
 */
public record HealthCheck(String id, String callerReference, HealthCheckConfig config, boolean inverted,
                          boolean disabled, long version, List<HealthCheckTag> tags) {

    public HealthCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(config, "config");
        tags = tags == null ? List.of() : List.copyOf(tags);
        Set<String> keys = new HashSet<>();
        for (HealthCheckTag tag : tags) {
            if (!keys.add(tag.key())) {
                throw new IllegalArgumentException("tag key " + tag.key() + " appears twice on health check " + id);
            }
        }
    }

    /** A check without tags. */
    public HealthCheck(String id, String callerReference, HealthCheckConfig config, boolean inverted,
                       boolean disabled, long version) {
        this(id, callerReference, config, inverted, disabled, version, List.of());
    }

    public HealthCheck withTags(List<HealthCheckTag> newTags) {
        return new HealthCheck(id, callerReference, config, inverted, disabled, version, newTags);
    }

    public HealthCheck withVersion(long newVersion) {
        return new HealthCheck(id, callerReference, config, inverted, disabled, newVersion, tags);
    }

    /** The value of the tag with exactly this key, if any. */
    public Optional<String> tag(String key) {
        for (HealthCheckTag tag : tags) {
            if (tag.key().equals(key)) {
                return Optional.of(tag.value());
            }
        }
        return Optional.empty();
    }

    /** Tag values, lower-cased, that equal one of {@code codes} (lower-case AWS Region codes), in tag order. */
    public List<String> tagValuesAmong(Set<String> codes) {
        List<String> found = new ArrayList<>();
        for (HealthCheckTag tag : tags) {
            String value = tag.value().strip().toLowerCase(Locale.ROOT);
            if (codes.contains(value) && !found.contains(value)) {
                found.add(value);
            }
        }
        return found;
    }

    public HealthCheckType type() {
        return config.type();
    }

    public HealthCheck withInverted(boolean value) {
        return new HealthCheck(id, callerReference, config, value, disabled, version, tags);
    }

    public HealthCheck withDisabled(boolean value) {
        return new HealthCheck(id, callerReference, config, inverted, value, version, tags);
    }

    public HealthCheck withConfig(HealthCheckConfig newConfig) {
        return new HealthCheck(id, callerReference, newConfig, inverted, disabled, version, tags);
    }
}
