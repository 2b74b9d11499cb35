package dev.failoverstudio.domain.model;

import java.util.Objects;

/**
 * IP-based routing (R130–R137): a CIDR collection and one of its locations, or {@code "*"} for the
 * default record set.
 */
public record IpBasedRouting(String collectionId, String locationName) implements Routing {

    public static final String DEFAULT_LOCATION = "*";

    public IpBasedRouting {
        Objects.requireNonNull(collectionId, "collectionId");
        Objects.requireNonNull(locationName, "locationName");
    }

    public boolean isDefault() {
        return DEFAULT_LOCATION.equals(locationName);
    }

    @Override
    public RoutingPolicy policy() {
        return RoutingPolicy.IP_BASED;
    }
}
