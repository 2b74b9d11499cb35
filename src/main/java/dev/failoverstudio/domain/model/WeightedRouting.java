package dev.failoverstudio.domain.model;

/**
 * Weighted routing (R70). The weight is kept as given so the validator can report values outside
 * 0–255 (V20) instead of losing them on import.
 */
public record WeightedRouting(long weight) implements Routing {
    @Override
    public RoutingPolicy policy() {
        return RoutingPolicy.WEIGHTED;
    }
}
