package dev.failoverstudio.domain.scenario;

import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;

import java.util.Objects;

/**
 * One query of a scenario: the question, who asks it, and optionally the answer it must get.
 *
 * @param expect null when the query only asks (resolve) and checks nothing
 */
public record ScenarioQuery(Query query, ClientContext client, Expectation expect, String comment) {
    public ScenarioQuery {
        Objects.requireNonNull(query, "query");
        client = client == null ? ClientContext.UNMAPPED : client;
    }
}
