package dev.failoverstudio.domain.layout;

import dev.failoverstudio.domain.model.GroupKey;

import java.util.Objects;

/**
 * Stable key of a canvas node, used to keep layout positions apart from the design.
 *
 * <p>Text forms: a group card is {@code group:<zoneId>:<absolute name>:<TYPE>} (the name in canonical form,
 * R1, so two spellings of one name give one key); a health check is {@code hc:<id>}. The key depends only
 * on what identifies the node in Route 53 (zone, name, type; health check ID), so it survives edits of the
 * node's members or settings and a save and reopen.
 */
public record NodeKey(String value) implements Comparable<NodeKey> {

    private static final String GROUP_PREFIX = "group:";
    private static final String HEALTH_CHECK_PREFIX = "hc:";

    public NodeKey {
        Objects.requireNonNull(value, "value");
    }

    /** The key of the card of {@code group} in zone {@code zoneId}. */
    public static NodeKey group(String zoneId, GroupKey group) {
        return new NodeKey(GROUP_PREFIX + zoneId + ":" + group.name().text() + ":" + group.type());
    }

    /** The key of the node of health check {@code healthCheckId}. */
    public static NodeKey healthCheck(String healthCheckId) {
        return new NodeKey(HEALTH_CHECK_PREFIX + healthCheckId);
    }

    public boolean isGroup() {
        return value.startsWith(GROUP_PREFIX);
    }

    public boolean isHealthCheck() {
        return value.startsWith(HEALTH_CHECK_PREFIX);
    }

    /** The health check ID of a health-check key. */
    public String healthCheckId() {
        if (!isHealthCheck()) {
            throw new IllegalStateException(value + " is not a health check key");
        }
        return value.substring(HEALTH_CHECK_PREFIX.length());
    }

    /** The zone ID of a group key (zone IDs never contain a colon, S12). */
    public String zoneId() {
        if (!isGroup()) {
            throw new IllegalStateException(value + " is not a group key");
        }
        int end = value.indexOf(':', GROUP_PREFIX.length());
        return value.substring(GROUP_PREFIX.length(), end);
    }

    @Override
    public int compareTo(NodeKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
