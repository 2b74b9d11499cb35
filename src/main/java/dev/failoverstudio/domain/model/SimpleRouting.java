package dev.failoverstudio.domain.model;

/** Simple routing: no policy attribute and no set identifier (R3, R60). */
public record SimpleRouting() implements Routing {
    public static final SimpleRouting INSTANCE = new SimpleRouting();

    @Override
    public RoutingPolicy policy() {
        return RoutingPolicy.SIMPLE;
    }
}
