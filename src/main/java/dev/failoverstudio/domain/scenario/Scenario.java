package dev.failoverstudio.domain.scenario;

import dev.failoverstudio.domain.model.Design;

import java.util.List;
import java.util.Objects;

/**
 * A scenario file's content (scenario-format.md): one hosted zone with its health checks, observations,
 * CIDR collections and resource catalog (together a {@link Design}), and the queries to ask it.
 */
public record Scenario(String title, String description, Design design, List<ScenarioQuery> queries) {
    public Scenario {
        Objects.requireNonNull(design, "design");
        queries = List.copyOf(queries);
    }
}
