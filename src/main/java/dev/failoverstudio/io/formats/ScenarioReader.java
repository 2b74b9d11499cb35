package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.scenario.ScenarioQuery;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.json.JsonDocuments;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;
import dev.failoverstudio.io.json.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            "resourceRecordSets", "healthChecks", "healthState", "cidrCollections", "resourceCatalog", "queries");

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
        DomainName origin = Names.read(top.required("zone", "C1"), "C1");
        String hostedZoneId = top.required("hostedZoneId", "C1").asString("C1");
        List<RecordSet> recordSets = recordSets(top.required("resourceRecordSets", "C1"));
        List<HealthCheck> checks = healthChecks(top.field("healthChecks"));
        Map<String, HealthObservation> observations = new HealthStateMapper()
                .map(top.field("healthState"), checkTypes(top.field("healthChecks"), checks));
        List<CidrCollection> collections = cidrCollections(top.field("cidrCollections"));
        ResourceCatalog catalog = new ResourceCatalogMapper().map(top.field("resourceCatalog"));
        List<ScenarioQuery> queries = queries(top.required("queries", "C4"));
        problems.throwIfAny();
        HostedZone zone = new HostedZone(hostedZoneId, origin, false, recordSets);
        Design design = new Design(List.of(zone), checks, collections, catalog, HealthSnapshot.of(observations));
        return new Scenario(title, description, design, queries);
    }

    private static List<RecordSet> recordSets(JsonValue value) {
        return value.isPresent() ? new RecordSetMapper().mapDocument(value, "C1") : List.of();
    }

    private static List<HealthCheck> healthChecks(JsonValue value) {
        return value.isPresent() ? new HealthCheckMapper().mapDocument(value, "C2") : List.of();
    }

    private static List<CidrCollection> cidrCollections(JsonValue value) {
        return value.isPresent() ? new CidrCollectionMapper().mapDocument(value, "S9") : List.of();
    }

    /**
     * The type of every check by Id: mapped checks with their type, and the Ids of checks that had problems
     * with a null type, so that their healthState entries are not reported as unknown as well. (Only
     * HealthCheck objects have an {@code Id} member, so every {@code Id} found in the list is one.)
     */
    private static Map<String, HealthCheckType> checkTypes(JsonValue rawChecks, List<HealthCheck> checks) {
        Map<String, HealthCheckType> types = new LinkedHashMap<>();
        for (JsonNode id : rawChecks.node().findValues("Id")) {
            if (id.isTextual()) {
                types.put(id.textValue(), null);
            }
        }
        checks.forEach(check -> types.put(check.id(), check.type()));
        return types;
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
