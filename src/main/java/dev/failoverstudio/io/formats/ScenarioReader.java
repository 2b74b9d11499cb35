package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.scenario.ScenarioQuery;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.json.JsonDocuments;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;
import dev.failoverstudio.io.json.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a scenario file (scenario-format.md) into a {@link Scenario}: one public hosted zone with its
 * record sets, health checks, observed health, CIDR collections and resource catalog, and the queries to
 * ask with what they must get.
 *
 * <p>Route 53 parts ({@code resourceRecordSets}, {@code healthChecks}, {@code cidrCollections}) are read
 * exactly like {@link Route53JsonReader} reads them, so a pasted CLI response (with or without its wrapper
 * object) works, and unknown members inside them are ignored. The scenario's own objects (the top level,
 * {@code healthState}, {@code resourceCatalog}, queries, clients, expectations) are strict: an unknown field
 * is an error naming its path, because a typo must not silently drop an expectation. The reader returns a
 * complete scenario or throws an {@link ImportException} with every problem found.
 */
public final class ScenarioReader {

    private static final List<String> TOP_LEVEL_FIELDS = List.of("title", "description", "zone", "hostedZoneId",
            "resourceRecordSets", "healthChecks", "healthState", "cidrCollections", "resourceCatalog", "queries",
            // the application's saved drills (README "Drill files"); read by DesignDrills, not part of a Scenario
            "drills");

    private final JsonDocuments documents;

    /** @param mapper the application's mapper from {@link dev.failoverstudio.io.json.ObjectMappers#create()} */
    public ScenarioReader(ObjectMapper mapper) {
        this.documents = new JsonDocuments(Objects.requireNonNull(mapper, "mapper"));
    }

    /** Reads the scenario file; problems name it as {@code file.toString()}. */
    public Scenario read(Path file) throws ImportException {
        return read(file.toString(), documents.readText(file));
    }

    /** Reads a scenario from text; {@code file} names the source in problems (e.g. {@code <stdin>}). */
    public Scenario read(String file, String json) throws ImportException {
        Problems problems = new Problems(file);
        JsonValue document = JsonValue.root(documents.parse(file, json), problems);
        if (!document.node().isObject()) {
            document.wrongType("a scenario object {\"zone\": ..., \"queries\": [...]}", null);
            problems.throwIfAny();
        }
        JsonFields top = document.asObject(null);
        top.rejectUnknown(TOP_LEVEL_FIELDS, null);
        String title = top.field("title").asString(null);
        String description = top.field("description").asString(null);
        Design design = ScenarioParts.readDesign(top);
        List<ScenarioQuery> queries = queries(top.required("queries", "C4"));
        problems.throwIfAny();
        return new Scenario(title, description, design, queries);
    }

    private static List<ScenarioQuery> queries(JsonValue value) {
        List<JsonValue> elements = value.asArray("C4");
        List<ScenarioQuery> queries = new ArrayList<>();
        ScenarioQueryMapper mapper = new ScenarioQueryMapper();
        for (JsonValue element : elements == null ? List.<JsonValue>of() : elements) {
            ScenarioQuery query = mapper.map(element);
            if (query != null) {
                queries.add(query);
            }
        }
        return queries;
    }
}
