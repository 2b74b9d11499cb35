package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.Design;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The answer engine: gives, for a design, a health status, a query, a client and a random source, exactly
 * the answer Route 53 would give (§4–§11), with a trace naming each rule applied (R34).
 *
 * <p>It is a pure function of its inputs: the same inputs and the same seed give the same resolution (R33).
 * {@link #compile} prepares a design once for many queries.
 */
public final class ResolutionEngine {

    private final GeoTables geo;

    public ResolutionEngine(GeoTables geo) {
        this.geo = Objects.requireNonNull(geo, "geo");
    }

    public CompiledDesign compile(Design design) {
        return new CompiledDesign(design, geo);
    }

    /** One-off resolution; prefer {@link #compile} when asking the same design many times. */
    public Resolution resolve(Design design, HealthStatus health, Query query, ClientContext client,
                              RandomGenerator random) {
        return compile(design).resolve(health, query, client, random);
    }
}
