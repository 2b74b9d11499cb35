package dev.failoverstudio.domain.layout;

import dev.failoverstudio.domain.model.HealthCheck;

/** A health-check node of the canvas. Invariant: {@code key} is {@link NodeKey#healthCheck} of the check's ID. */
public record HealthCheckNode(NodeKey key, HealthCheck check) {
}
