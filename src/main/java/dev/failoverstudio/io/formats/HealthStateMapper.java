package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a scenario's {@code healthState} (C5): health check Id → {@code true}/{@code false} (every checker
 * passes / fails), {@code {"checkerRegions": {"us-east-1": true, ...}}} (per checker Region) or
 * {@code "INSUFFICIENT_DATA"} (CloudWatch checks only). An Id that names no health check of the file is an
 * error: a typo there would silently leave the intended check without data.
 */
final class HealthStateMapper {

    static final String INSUFFICIENT_DATA = "INSUFFICIENT_DATA";
    private static final String CHECKER_REGIONS = "checkerRegions";
    private static final String EXPECTED = "expected true, false, \"" + INSUFFICIENT_DATA
            + "\" or {\"" + CHECKER_REGIONS + "\": {...}}";

    /**
     * @param checkTypes the type of every health check of the file by Id; Ids of checks that could not be
     *                   mapped are present with a null type
     */
    Map<String, HealthObservation> map(JsonValue value, Map<String, HealthCheckType> checkTypes) {
        Map<String, HealthObservation> observations = new LinkedHashMap<>();
        JsonFields entries = value.asObject("C5");
        if (entries == null) {
            return observations;
        }
        entries.entries().forEach((id, entry) -> {
            if (!checkTypes.containsKey(id)) {
                entry.report("C5", "no health check with Id " + JsonValue.quote(id) + " in healthChecks");
            }
            HealthObservation observation = observation(entry, checkTypes.get(id));
            if (observation != null) {
                observations.put(id, observation);
            }
        });
        return observations;
    }

    private static HealthObservation observation(JsonValue entry, HealthCheckType type) {
        JsonNode node = entry.node();
        if (node.isBoolean()) {
            return node.booleanValue() ? HealthObservation.PASSING : HealthObservation.FAILING;
        }
        if (node.isTextual() && node.textValue().equals(INSUFFICIENT_DATA)) {
            if (type != null && type != HealthCheckType.CLOUDWATCH_METRIC) {
                entry.report("C5", INSUFFICIENT_DATA + " applies to CLOUDWATCH_METRIC health checks only, "
                        + "this one is " + type);
                return null;
            }
            return HealthObservation.INSUFFICIENT_DATA;
        }
        if (node.isObject()) {
            return perRegion(entry.asObject("C5"));
        }
        entry.report("C5", EXPECTED + ", found " + entry.describeFound());
        return null;
    }

    private static HealthObservation perRegion(JsonFields fields) {
        fields.rejectUnknown(List.of(CHECKER_REGIONS), "C5");
        JsonFields regions = fields.required(CHECKER_REGIONS, "C5").asObject("C5");
        if (regions == null) {
            return null;
        }
        Map<String, Boolean> byRegion = new LinkedHashMap<>();
        regions.entries().forEach((region, passing) -> {
            Boolean value = passing.isPresent() ? passing.asBoolean("C5") : passing.wrongType("true or false", "C5");
            if (value != null) {
                byRegion.put(region, value);
            }
        });
        return new HealthObservation.PerRegion(byRegion);
    }
}
