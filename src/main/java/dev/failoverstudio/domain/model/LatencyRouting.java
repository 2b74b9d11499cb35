package dev.failoverstudio.domain.model;

import java.util.Objects;

/** Latency routing: the AWS Region the record set serves (R90); the code is checked by V24. */
public record LatencyRouting(String region) implements Routing {
    public LatencyRouting {
        Objects.requireNonNull(region, "region");
    }

    @Override
    public RoutingPolicy policy() {
        return RoutingPolicy.LATENCY;
    }
}
