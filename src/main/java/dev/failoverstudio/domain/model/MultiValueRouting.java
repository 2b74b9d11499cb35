package dev.failoverstudio.domain.model;

/** Multivalue answer routing (R120–R124). */
public record MultiValueRouting() implements Routing {
    public static final MultiValueRouting INSTANCE = new MultiValueRouting();

    @Override
    public RoutingPolicy policy() {
        return RoutingPolicy.MULTIVALUE;
    }
}
