package dev.failoverstudio.domain.model;

import java.util.Objects;

/** Geoproximity routing (R110–R116). */
public record GeoproximityRouting(GeoProximityLocation location) implements Routing {
    public GeoproximityRouting {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public RoutingPolicy policy() {
        return RoutingPolicy.GEOPROXIMITY;
    }
}
