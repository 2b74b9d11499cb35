package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps one {@code ResourceRecordSet} object (S1) to a {@link RecordSet}. Only the mapping is checked here:
 * JSON types (S11), the record type enum, at most one routing attribute (V10), complete alias targets (V32)
 * and names that parse (R1). Values Route 53 would reject but that the model can hold (Weight 300, a
 * missing SetIdentifier…) are kept for the validator. Fields Route 53 may add in future are ignored.
 */
public final class RecordSetMapper {

    /** The routing-policy attributes of R3, in service-model order. */
    static final List<String> ROUTING_ATTRIBUTES = List.of("Weight", "Region", "GeoLocation", "Failover",
            "MultiValueAnswer", "CidrRoutingConfig", "GeoProximityLocation");

    /**
     * The record sets of a ListResourceRecordSets response (S3) or a bare array of record sets, leaving out
     * those with problems (recorded).
     *
     * @param shapeRule the rule cited when the document is neither shape
     */
    public List<RecordSet> mapDocument(JsonValue document, String shapeRule) {
        List<JsonValue> elements = ListDocuments.elements(document, "ResourceRecordSets", shapeRule,
                "a ListResourceRecordSets response");
        List<RecordSet> recordSets = new ArrayList<>();
        for (JsonValue element : elements == null ? List.<JsonValue>of() : elements) {
            RecordSet recordSet = map(element);
            if (recordSet != null) {
                recordSets.add(recordSet);
            }
        }
        return recordSets;
    }

    /** The record set, or null when it had problems (they are recorded). */
    public RecordSet map(JsonValue value) {
        JsonFields fields = value.requireObject("S1");
        if (fields == null) {
            return null;
        }
        int mark = fields.problems().count();
        DomainName name = Names.read(fields.required("Name", "S1"), "S1");
        RecordType type = recordType(fields.required("Type", "S1"));
        String setIdentifier = fields.field("SetIdentifier").asString("S1");
        Routing routing = routing(fields);
        Long ttl = fields.field("TTL").asLong("S11");
        List<String> values = resourceRecords(fields.field("ResourceRecords"));
        AliasTarget aliasTarget = aliasTarget(fields.field("AliasTarget"));
        String healthCheckId = fields.field("HealthCheckId").asString("S1");
        String trafficPolicyInstanceId = fields.field("TrafficPolicyInstanceId").asString("S1");
        if (fields.problems().hasNewSince(mark)) {
            return null;
        }
        return new RecordSet(name, type, setIdentifier, routing, ttl, values, aliasTarget, healthCheckId,
                trafficPolicyInstanceId);
    }

    private static RecordType recordType(JsonValue value) {
        String text = value.asString("S1");
        if (text == null) {
            return null;
        }
        return RecordType.parse(text).orElseGet(() -> {
            value.report("V16", "unknown record type " + JsonValue.quote(text) + "; Route 53 supports "
                    + Arrays.stream(RecordType.values()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        });
    }

    /** The routing implied by the one policy attribute present (R3); simple when there is none. */
    private static Routing routing(JsonFields fields) {
        List<String> present = new ArrayList<>();
        Routing routing = SimpleRouting.INSTANCE;
        for (String attribute : ROUTING_ATTRIBUTES) {
            JsonValue value = fields.field(attribute);
            boolean multiValueFalse = attribute.equals("MultiValueAnswer") && value.node().isBoolean()
                    && !value.node().booleanValue();
            if (!value.isPresent() || multiValueFalse) {
                continue; // V10: MultiValueAnswer false counts as absent
            }
            present.add(attribute);
            routing = routingAttribute(attribute, value);
        }
        if (present.size() > 1) {
            fields.report("V10", "a record set may carry only one routing policy attribute, found "
                    + String.join(" and ", present));
        }
        return routing;
    }

    private static Routing routingAttribute(String attribute, JsonValue value) {
        return switch (attribute) {
            case "Weight" -> {
                Long weight = value.asLong("S11");
                yield weight == null ? null : new WeightedRouting(weight);
            }
            case "Region" -> {
                String region = value.asString("S1");
                yield region == null ? null : new LatencyRouting(region);
            }
            case "GeoLocation" -> geoLocation(value);
            case "Failover" -> failover(value);
            case "MultiValueAnswer" -> Boolean.TRUE.equals(value.asBoolean("S11")) ? MultiValueRouting.INSTANCE : null;
            case "CidrRoutingConfig" -> cidrRouting(value);
            case "GeoProximityLocation" -> geoProximity(value);
            default -> throw new IllegalArgumentException(attribute);
        };
    }

    private static Routing geoLocation(JsonValue value) {
        JsonFields fields = value.asObject("S1");
        if (fields == null) {
            return null;
        }
        return new GeolocationRouting(new GeoLocation(fields.field("ContinentCode").asString("S1"),
                fields.field("CountryCode").asString("S1"), fields.field("SubdivisionCode").asString("S1")));
    }

    private static Routing failover(JsonValue value) {
        String text = value.asString("S1");
        if (text == null) {
            return null;
        }
        for (FailoverRole role : FailoverRole.values()) {
            if (role.name().equals(text)) {
                return new FailoverRouting(role);
            }
        }
        value.report("V25", "Failover must be \"PRIMARY\" or \"SECONDARY\", found " + JsonValue.quote(text));
        return null;
    }

    private static Routing cidrRouting(JsonValue value) {
        JsonFields fields = value.asObject("S1");
        if (fields == null) {
            return null;
        }
        String collectionId = fields.required("CollectionId", "V28").asString("S1");
        String locationName = fields.required("LocationName", "V28").asString("S1");
        return collectionId == null || locationName == null ? null : new IpBasedRouting(collectionId, locationName);
    }

    private static Routing geoProximity(JsonValue value) {
        JsonFields fields = value.asObject("S1");
        if (fields == null) {
            return null;
        }
        String latitude = null;
        String longitude = null;
        JsonFields coordinates = fields.field("Coordinates").asObject("S1");
        if (coordinates != null) {
            latitude = coordinates.field("Latitude").asString("S11");
            longitude = coordinates.field("Longitude").asString("S11");
        }
        return new GeoproximityRouting(new GeoProximityLocation(fields.field("AWSRegion").asString("S1"),
                fields.field("LocalZoneGroup").asString("S1"), latitude, longitude,
                fields.field("Bias").asLong("S11")));
    }

    private static List<String> resourceRecords(JsonValue value) {
        List<JsonValue> elements = value.asArray("S1");
        if (elements == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>(elements.size());
        for (JsonValue element : elements) {
            JsonFields record = element.requireObject("S1");
            if (record != null) {
                String text = record.required("Value", "S1").asString("S1");
                if (text != null) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    private static AliasTarget aliasTarget(JsonValue value) {
        JsonFields fields = value.asObject("S1");
        if (fields == null) {
            return null;
        }
        String hostedZoneId = fields.required("HostedZoneId", "V32").asString("S1");
        DomainName dnsName = Names.read(fields.required("DNSName", "V32"), "S1");
        Boolean evaluateTargetHealth = fields.required("EvaluateTargetHealth", "V32").asBoolean("S11");
        if (hostedZoneId == null || dnsName == null || evaluateTargetHealth == null) {
            return null;
        }
        return new AliasTarget(hostedZoneId, dnsName, evaluateTargetHealth);
    }
}
