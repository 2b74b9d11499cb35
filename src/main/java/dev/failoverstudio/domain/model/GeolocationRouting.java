package dev.failoverstudio.domain.model;

import java.util.Objects;

/** Geolocation routing (R100–R108). */
public record GeolocationRouting(GeoLocation location) implements Routing {
    public GeolocationRouting {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public RoutingPolicy policy() {
        return RoutingPolicy.GEOLOCATION;
    }
}
