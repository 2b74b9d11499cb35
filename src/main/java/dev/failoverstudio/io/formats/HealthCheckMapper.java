package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckConfig;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.InsufficientDataHealthStatus;
import dev.failoverstudio.domain.model.RecoveryControlCheck;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps one Route 53 {@code HealthCheck} object (S4) to a {@link HealthCheck} with the sealed config its
 * {@code Type} calls for (HV1), reporting fields the type does not allow and required fields that are
 * missing (HV3–HV17). Numbers out of range (RequestInterval 20, A26) are kept for the validator. An optional
 * {@code Tags} member beside the config holds the check's user tags ({@link #tags}). Other members Route 53 adds
 * beside the config (LinkedService, CloudWatchAlarmConfiguration…) are ignored.
 */
public final class HealthCheckMapper {

    /** The version a check has when {@code HealthCheckVersion} is absent (HV19: versions start at 1). */
    static final long FIRST_VERSION = 1;

    private static final List<String> TAG_FIELDS = List.of("Key", "Value");

    /**
     * The health checks of a ListHealthChecks response, a bare array, a GetHealthCheck response
     * ({@code {"HealthCheck": {...}}}) or a single HealthCheck object, leaving out those with problems
     * (recorded).
     *
     * @param shapeRule the rule cited when the document is none of these shapes
     */
    public List<HealthCheck> mapDocument(JsonValue document, String shapeRule) {
        List<JsonValue> elements;
        JsonNode node = document.node();
        if (node.isObject() && node.has("HealthCheck") && !node.has("HealthChecks")) {
            elements = List.of(document.asObject(shapeRule).field("HealthCheck"));
        } else if (node.isObject() && node.has("HealthCheckConfig")) {
            elements = List.of(document);
        } else {
            elements = ListDocuments.elements(document, "HealthChecks", shapeRule, "a ListHealthChecks response");
        }
        List<HealthCheck> checks = new ArrayList<>();
        for (JsonValue element : elements == null ? List.<JsonValue>of() : elements) {
            HealthCheck check = map(element);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    /** The health check, or null when it had problems (they are recorded). */
    public HealthCheck map(JsonValue value) {
        JsonFields fields = value.requireObject("S4");
        if (fields == null) {
            return null;
        }
        int mark = fields.problems().count();
        String id = fields.required("Id", "S4").asString("S4");
        String callerReference = fields.field("CallerReference").asString("S4");
        Long version = fields.field("HealthCheckVersion").asLong("S11");
        JsonFields config = fields.required("HealthCheckConfig", "S4").asObject("S4");
        HealthCheckConfig checkConfig = null;
        Boolean inverted = null;
        Boolean disabled = null;
        if (config != null) {
            checkConfig = config(config);
            inverted = config.field("Inverted").asBoolean("S11");
            disabled = config.field("Disabled").asBoolean("S11");
        }
        List<HealthCheckTag> tags = tags(fields.field("Tags"));
        if (fields.problems().hasNewSince(mark)) {
            return null;
        }
        return new HealthCheck(id, callerReference, checkConfig, Boolean.TRUE.equals(inverted),
                Boolean.TRUE.equals(disabled), version == null ? FIRST_VERSION : version, tags);
    }

    /**
     * The optional {@code Tags} member, {@code [{"Key", "Value"}]} as ListTagsForResource returns a health check's
     * tags. The semantics spec numbers no rule for tags, so problems here cite none and say what Route 53 expects.
     * A missing {@code Value} is the empty value (the API's Tag has it optional); a key given twice is refused,
     * because Route 53 keeps one value per key.
     */
    public static List<HealthCheckTag> tags(JsonValue value) {
        if (!value.isPresent()) {
            return List.of();
        }
        if (!value.node().isArray()) {
            value.report(null, "Tags must be an array of {\"Key\", \"Value\"} objects (the Route 53 tag shape; "
                    + "the semantics spec numbers no rule for tags), found " + value.describeFound());
            return List.of();
        }
        List<HealthCheckTag> tags = new ArrayList<>();
        Map<String, JsonValue> seen = new HashMap<>();
        for (JsonValue element : value.asArray(null)) {
            if (!element.node().isObject()) {
                element.report(null, "a tag must be an object {\"Key\", \"Value\"}, found "
                        + element.describeFound());
                continue;
            }
            JsonFields tag = element.asObject(null);
            JsonValue keyValue = tag.field("Key");
            String key = null;
            if (!keyValue.isPresent()) {
                tag.report(null, "a tag needs a Key (a string of 1 to 128 characters)");
            } else if (!keyValue.node().isTextual()) {
                keyValue.report(null, "a tag Key must be a string, found " + keyValue.describeFound());
            } else {
                key = keyValue.node().textValue();
            }
            JsonValue valueValue = tag.field("Value");
            String text = "";
            if (valueValue.isPresent()) {
                if (valueValue.node().isTextual()) {
                    text = valueValue.node().textValue();
                } else {
                    valueValue.report(null, "a tag Value must be a string, found " + valueValue.describeFound());
                    text = null;
                }
            }
            tag.rejectUnknown(TAG_FIELDS, null);
            if (key == null || text == null) {
                continue;
            }
            JsonValue earlier = seen.putIfAbsent(key, keyValue);
            if (earlier != null) {
                keyValue.report(null, "tag key " + JsonValue.quote(key) + " appears twice (first at "
                        + earlier.path() + "); Route 53 keeps one value per key");
                continue;
            }
            tags.add(new HealthCheckTag(key, text));
        }
        return tags;
    }

    private static HealthCheckConfig config(JsonFields config) {
        HealthCheckType type = type(config.required("Type", "HV1"));
        if (type == null) {
            return null;
        }
        rejectFieldsNotAllowed(config, type);
        return switch (type) {
            case HTTP, HTTPS, HTTP_STR_MATCH, HTTPS_STR_MATCH, TCP -> endpoint(config, type);
            case CALCULATED -> calculated(config);
            case CLOUDWATCH_METRIC -> cloudWatch(config);
            case RECOVERY_CONTROL -> recoveryControl(config);
        };
    }

    private static HealthCheckType type(JsonValue value) {
        String text = value.asString("HV1");
        if (text == null) {
            return null;
        }
        return HealthCheckType.parse(text).orElseGet(() -> {
            value.report("HV1", "unknown health check type " + JsonValue.quote(text) + "; expected one of "
                    + Arrays.stream(HealthCheckType.values()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        });
    }

    /**
     * Reports fields the type does not allow. A flag left at false and an empty list are tolerated, since
     * they say nothing (AWS output may echo defaults).
     */
    private static void rejectFieldsNotAllowed(JsonFields config, HealthCheckType type) {
        for (String field : HealthCheckFieldRules.TYPE_DEPENDENT_FIELDS) {
            JsonValue value = config.field(field);
            if (value.isPresent() && !HealthCheckFieldRules.allows(type, field) && !saysNothing(value.node())) {
                value.report(HealthCheckFieldRules.ruleForbidding(type, field),
                        field + " is not allowed on a " + type + " health check");
            }
        }
    }

    private static boolean saysNothing(JsonNode node) {
        return (node.isBoolean() && !node.booleanValue()) || (node.isArray() && node.isEmpty());
    }

    private static EndpointCheck endpoint(JsonFields config, HealthCheckType type) {
        String ipAddress = config.field("IPAddress").asString("S4");
        String domainName = config.field("FullyQualifiedDomainName").asString("S4");
        if (!config.has("IPAddress") && !config.has("FullyQualifiedDomainName")) {
            config.report("HV3", "a " + type + " health check needs IPAddress or FullyQualifiedDomainName");
        }
        String searchString = config.field("SearchString").asString("S4");
        if (type.isStringMatch() && !config.has("SearchString")) {
            config.field("SearchString").report("HV6", "SearchString is required for " + type);
        }
        List<String> regions = config.field("Regions").asStrings("S4");
        return new EndpointCheck(type, ipAddress, config.field("Port").asLong("S11"), domainName,
                config.field("ResourcePath").asString("S4"), searchString,
                config.field("RequestInterval").asLong("S11"), config.field("FailureThreshold").asLong("S11"),
                regions, Boolean.TRUE.equals(config.field("EnableSNI").asBoolean("S11")),
                Boolean.TRUE.equals(config.field("MeasureLatency").asBoolean("S11")));
    }

    private static CalculatedCheck calculated(JsonFields config) {
        List<String> children = config.field("ChildHealthChecks").asStrings("S4");
        Long threshold = config.required("HealthThreshold", "HV13").asLong("S11");
        return threshold == null ? null : new CalculatedCheck(children, threshold);
    }

    private static CloudWatchCheck cloudWatch(JsonFields config) {
        JsonFields alarm = config.required("AlarmIdentifier", "HV16").asObject("S4");
        String region = null;
        String name = null;
        if (alarm != null) {
            region = alarm.required("Region", "HV16").asString("S4");
            name = alarm.required("Name", "HV16").asString("S4");
        }
        JsonValue statusValue = config.field("InsufficientDataHealthStatus");
        String statusText = statusValue.asString("S4");
        InsufficientDataHealthStatus status = null;
        if (statusText != null) {
            status = InsufficientDataHealthStatus.parse(statusText).orElse(null);
            if (status == null) {
                statusValue.report("HV16", "InsufficientDataHealthStatus must be Healthy, Unhealthy or "
                        + "LastKnownStatus, found " + JsonValue.quote(statusText));
            }
        }
        return new CloudWatchCheck(region, name, status);
    }

    private static RecoveryControlCheck recoveryControl(JsonFields config) {
        return new RecoveryControlCheck(config.required("RoutingControlArn", "HV17").asString("S4"));
    }
}
