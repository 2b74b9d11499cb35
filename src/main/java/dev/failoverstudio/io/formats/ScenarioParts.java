package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts a scenario file shares with other files built on it (drill files): the zone with its record sets,
 * health checks, {@code healthState}, CIDR collections and resource catalog (scenario-format.md), a client
 * context (C3), a single record set (S1) and a domain name. Problems are recorded on the values' file.
 */
public final class ScenarioParts {

    /** The top-level fields {@link #readDesign} reads. */
    public static final List<String> DESIGN_FIELDS = List.of("zone", "hostedZoneId", "resourceRecordSets",
            "healthChecks", "healthState", "cidrCollections", "resourceCatalog");

    private ScenarioParts() {
    }

    /** The design described by a scenario-style top level; null members where problems were recorded. */
    public static Design readDesign(JsonFields top) {
        DomainName origin = Names.read(top.required("zone", "C1"), "C1");
        String hostedZoneId = top.required("hostedZoneId", "C1").asString("C1");
        List<RecordSet> recordSets = recordSets(top.required("resourceRecordSets", "C1"));
        List<HealthCheck> checks = healthChecks(top.field("healthChecks"));
        Map<String, HealthObservation> observations = new HealthStateMapper()
                .map(top.field("healthState"), checkTypes(top.field("healthChecks"), checks));
        List<CidrCollection> collections = cidrCollections(top.field("cidrCollections"));
        ResourceCatalog catalog = new ResourceCatalogMapper().map(top.field("resourceCatalog"));
        if (origin == null || hostedZoneId == null) {
            return null;
        }
        HostedZone zone = new HostedZone(hostedZoneId, origin, false, recordSets);
        return new Design(List.of(zone), checks, collections, catalog, HealthSnapshot.of(observations));
    }

    /** A client context (C3), {@link ClientContext#UNMAPPED} when absent; unknown fields are errors. */
    public static ClientContext client(JsonValue value) {
        return ScenarioQueryMapper.client(value);
    }

    /** One {@code ResourceRecordSet} object (S1), or null when it had problems. */
    public static RecordSet recordSet(JsonValue value) {
        return new RecordSetMapper().map(value);
    }

    /** A domain name (R1), or null when absent or invalid (reported). */
    public static DomainName name(JsonValue value, String typeRule) {
        return Names.read(value, typeRule);
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
}
