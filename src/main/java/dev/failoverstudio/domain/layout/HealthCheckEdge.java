package dev.failoverstudio.domain.layout;

import dev.failoverstudio.domain.model.RecordSetKey;

/** A member row's association with a health check (R8) that exists in the design. */
public record HealthCheckEdge(NodeKey fromGroup, RecordSetKey fromMember, NodeKey toHealthCheck) {
}
