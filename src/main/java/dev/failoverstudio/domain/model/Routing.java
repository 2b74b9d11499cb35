package dev.failoverstudio.domain.model;

/**
 * The routing policy of one record set, implied by which policy attribute it carries (R3).
 * All record sets of a group share one policy (V11).
 */
public sealed interface Routing
        permits SimpleRouting, WeightedRouting, FailoverRouting, LatencyRouting, GeolocationRouting,
        GeoproximityRouting, MultiValueRouting, IpBasedRouting {

    /** The policy this routing belongs to. */
    RoutingPolicy policy();
}
