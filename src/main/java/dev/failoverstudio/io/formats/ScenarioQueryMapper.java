package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.scenario.Expectation;
import dev.failoverstudio.domain.scenario.ScenarioQuery;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;

import java.util.List;

/**
 * Maps one entry of a scenario's {@code queries} (C4): {@code {"name", "type", "client", "expect",
 * "comment"}}. The client (C3) is kept exactly as given: no continent is derived from the country and no
 * address is located here; the engine does that. Unknown fields are errors.
 */
final class ScenarioQueryMapper {

    private static final List<String> QUERY_FIELDS = List.of("name", "type", "client", "expect", "comment");
    private static final List<String> CLIENT_FIELDS = List.of("continent", "country", "subdivision", "region",
            "latitude", "longitude", "ip", "ecsSubnet");

    private final ExpectationMapper expectations = new ExpectationMapper();

    /** The query, or null when it had problems (they are recorded). */
    ScenarioQuery map(JsonValue value) {
        JsonFields fields = value.requireObject("C4");
        if (fields == null) {
            return null;
        }
        int mark = fields.problems().count();
        fields.rejectUnknown(QUERY_FIELDS, "C4");
        DomainName name = Names.read(fields.required("name", "C4"), "C4");
        String type = queryType(fields.required("type", "C4"));
        ClientContext client = client(fields.field("client"));
        JsonFields expectFields = fields.field("expect").asObject(null);
        Expectation expect = expectFields == null ? null : expectations.map(expectFields);
        String comment = fields.field("comment").asString("C4");
        if (fields.problems().hasNewSince(mark)) {
            return null;
        }
        return new ScenarioQuery(new Query(name, type), client, expect, comment);
    }

    private static String queryType(JsonValue value) {
        String type = value.asString("C4");
        if (type != null && type.isBlank()) {
            value.report("C4", "the query type is empty");
            return null;
        }
        return type;
    }

    static ClientContext client(JsonValue value) {
        JsonFields fields = value.asObject("C3");
        if (fields == null) {
            return ClientContext.UNMAPPED;
        }
        fields.rejectUnknown(CLIENT_FIELDS, "C3");
        return new ClientContext(fields.field("continent").asString("C3"), fields.field("country").asString("C3"),
                fields.field("subdivision").asString("C3"), fields.field("region").asString("C3"),
                fields.field("latitude").asDouble("C3"), fields.field("longitude").asDouble("C3"),
                fields.field("ip").asString("C3"), fields.field("ecsSubnet").asString("C3"));
    }
}
