package dev.failoverstudio.domain.model;

import java.util.Objects;

/** Failover routing: one PRIMARY and one SECONDARY per group (R80, V25). */
public record FailoverRouting(FailoverRole role) implements Routing {
    public FailoverRouting {
        Objects.requireNonNull(role, "role");
    }

    @Override
    public RoutingPolicy policy() {
        return RoutingPolicy.FAILOVER;
    }
}
