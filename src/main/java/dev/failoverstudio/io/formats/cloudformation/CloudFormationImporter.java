package dev.failoverstudio.io.formats.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.formats.CidrCollectionMapper;
import dev.failoverstudio.io.formats.HealthCheckMapper;
import dev.failoverstudio.io.formats.RecordSetMapper;
import dev.failoverstudio.io.json.JsonPath;
import dev.failoverstudio.io.json.JsonValue;
import dev.failoverstudio.io.json.Problems;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the Route 53 part of a CloudFormation template (YAML or JSON): {@code AWS::Route53::HealthCheck},
 * {@code AWS::Route53::RecordSetGroup} and {@code AWS::Route53::RecordSet}, resolving the common intrinsic
 * functions ({@link Intrinsics}). Properties are checked against the CloudFormation resource schemas' names; an
 * unknown property, or a value that cannot be resolved offline, is an error located by JSON path. Other resource
 * types and comments are not part of a design and are returned as notes.
 *
 * <p>The zone's origin comes from the caller, the template's {@code Metadata.FailoverStudio.Zone} (written by
 * {@link CloudFormationExporter}) or {@code HostedZoneName}.
 */
public final class CloudFormationImporter {

    static final List<String> HEALTH_CHECK_PROPERTIES = List.of("HealthCheckConfig", "HealthCheckTags");
    static final List<String> HEALTH_CHECK_CONFIG = List.of("AlarmIdentifier", "ChildHealthChecks", "EnableSNI",
            "FailureThreshold", "FullyQualifiedDomainName", "HealthThreshold", "IPAddress",
            "InsufficientDataHealthStatus", "Inverted", "MeasureLatency", "Port", "Regions", "RequestInterval",
            "ResourcePath", "RoutingControlArn", "SearchString", "Type");
    static final List<String> GROUP_PROPERTIES = List.of("Comment", "HostedZoneId", "HostedZoneName", "RecordSets");
    static final List<String> RECORD_SET_PROPERTIES = List.of("AliasTarget", "CidrRoutingConfig", "Comment", "Failover",
            "GeoLocation", "GeoProximityLocation", "HealthCheckId", "HostedZoneId", "HostedZoneName",
            "MultiValueAnswer", "Name", "Region", "ResourceRecords", "SetIdentifier", "TTL", "Type", "Weight");
    static final List<String> RESOURCE_FIELDS = List.of("Type", "Properties", "DependsOn", "Metadata", "Condition",
            "DeletionPolicy", "UpdateReplacePolicy", "CreationPolicy", "UpdatePolicy");
    private static final String DEFAULT_ZONE_ID = "ZCLOUDFORMATION";

    private final CfnTemplateReader reader;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public CloudFormationImporter(ObjectMapper mapper) {
        this.reader = new CfnTemplateReader(Objects.requireNonNull(mapper, "mapper"));
    }

    /**
     * @param origin the zone's origin, or null to take it from the template
     * @throws ImportException with every problem found, each located by JSON path
     */
    public CloudFormationImport read(String file, String text, DomainName origin) throws ImportException {
        JsonNode template = reader.read(file, text);
        Problems problems = new Problems(file);
        Problems notes = new Problems(file);
        JsonPath root = JsonPath.root();
        if (!template.isObject() || !template.path("Resources").isObject()) {
            problems.add(root, null, "expected a CloudFormation template with a \"Resources\" object");
            problems.throwIfAny();
        }
        JsonNode metadata = template.path("Metadata").path(CfnNames.METADATA);
        Map<String, JsonNode> parameters = parameters(template.path("Parameters"));
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> checkIds = new LinkedHashMap<>();
        Map<String, String> refValues = new LinkedHashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, JsonNode> collectionMeta = new LinkedHashMap<>();
        for (JsonNode c : metadata.path("CidrCollections")) {
            collectionMeta.put(c.path("LogicalId").asText(), c);
        }
        JsonNode resources = template.get("Resources");
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String type = e.getValue().path("Type").asText("");
            types.put(e.getKey(), type);
            if (type.equals(CfnNames.HEALTH_CHECK)) {
                String id = tag(e.getValue().path("Properties"), CfnNames.TAG_ID).orElse(e.getKey());
                checkIds.put(e.getKey(), id);
                refValues.put(e.getKey(), id);
                attributes.put(e.getKey() + ".HealthCheckId", id);
            } else if (type.equals(CfnNames.CIDR_COLLECTION)) {
                String id = collectionMeta.containsKey(e.getKey())
                        ? collectionMeta.get(e.getKey()).path("Id").asText(e.getKey()) : e.getKey();
                refValues.put(e.getKey(), id);
                attributes.put(e.getKey() + ".Id", id);
            }
        }
        Intrinsics intrinsics = new Intrinsics(parameters, refValues, attributes, types, problems);
        List<CidrCollection> collections = new ArrayList<>();
        List<HealthCheck> checks = new ArrayList<>();
        Map<String, List<RecordSet>> byZone = new LinkedHashMap<>();
        Map<String, String> zoneNames = new LinkedHashMap<>();
        JsonPath resourcesPath = root.field("Resources");
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonPath at = resourcesPath.field(e.getKey());
            JsonNode resource = e.getValue();
            String type = types.get(e.getKey());
            if (!type.equals(CfnNames.HEALTH_CHECK) && !type.equals(CfnNames.RECORD_SET_GROUP)
                    && !type.equals(CfnNames.RECORD_SET) && !type.equals(CfnNames.CIDR_COLLECTION)) {
                notes.add(at, null, "resource of type " + (type.isEmpty() ? "(none)" : type) + " is not a Route 53"
                        + " record set or health check; not imported");
                continue;
            }
            unknown(resource, RESOURCE_FIELDS, at, problems);
            if (resource.has("Condition")) {
                problems.add(at.field("Condition"), null, "conditions cannot be evaluated without deploying the stack");
            }
            unknownProperties(type, resource.path("Properties"), at.field("Properties"), problems);
            JsonNode properties = intrinsics.resolve(resource.path("Properties"), at.field("Properties"));
            if (properties == null) {
                continue;
            }
            JsonPath propertiesPath = at.field("Properties");
            switch (type) {
                case CfnNames.CIDR_COLLECTION -> {
                    CidrCollection collection = cidrCollection(refValues.get(e.getKey()), properties, propertiesPath,
                            collectionMeta.get(e.getKey()), problems);
                    if (collection != null) {
                        collections.add(collection);
                    }
                }
                case CfnNames.HEALTH_CHECK -> {
                    HealthCheck check = healthCheck(checkIds.get(e.getKey()), properties, propertiesPath, problems);
                    if (check != null) {
                        checks.add(check);
                    }
                }
                case CfnNames.RECORD_SET_GROUP -> {
                    if (properties.has("Comment")) {
                        notes.add(propertiesPath.field("Comment"), null, "the group's comment is not part of a design");
                    }
                    String zone = zoneKey(properties, propertiesPath, problems, zoneNames);
                    JsonNode sets = properties.path("RecordSets");
                    for (int i = 0; i < sets.size(); i++) {
                        RecordSet r = recordSet(sets.get(i), propertiesPath.field("RecordSets").index(i), problems,
                                notes, false);
                        if (r != null && zone != null) {
                            byZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(r);
                        }
                    }
                }
                default -> {
                    String zone = zoneKey(properties, propertiesPath, problems, zoneNames);
                    RecordSet r = recordSet(properties, propertiesPath, problems, notes, true);
                    if (r != null && zone != null) {
                        byZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(r);
                    }
                }
            }
        }
        List<HostedZone> zones = zones(byZone, zoneNames, metadata, origin, problems);
        problems.throwIfAny();
        Design design = new Design(zones, checks, collections, ResourceCatalog.EMPTY, HealthSnapshot.EMPTY);
        return new CloudFormationImport(design, notes.all());
    }

    private List<HostedZone> zones(Map<String, List<RecordSet>> byZone, Map<String, String> zoneNames,
                                   JsonNode metadata, DomainName origin, Problems problems) {
        List<HostedZone> zones = new ArrayList<>();
        String metaId = metadata.path("HostedZoneId").asText(null);
        if (byZone.isEmpty() && metaId != null) {
            byZone.put(metaId, new ArrayList<>());
        }
        for (Map.Entry<String, List<RecordSet>> e : byZone.entrySet()) {
            String key = e.getKey();
            boolean byName = zoneNames.containsKey(key);
            String id = byName ? (metaId != null ? metaId : DEFAULT_ZONE_ID) : key;
            DomainName zoneOrigin = origin;
            if (zoneOrigin == null && byName) {
                zoneOrigin = DomainName.of(zoneNames.get(key));
            }
            if (zoneOrigin == null && metadata.has("Zone") && (metaId == null || metaId.equals(id))) {
                zoneOrigin = DomainName.of(metadata.get("Zone").asText());
            }
            if (zoneOrigin == null) {
                problems.add(JsonPath.root(), null, "the origin of hosted zone " + id + " is unknown; give it"
                        + " (--zone) or use HostedZoneName");
                continue;
            }
            List<RecordSet> records = new ArrayList<>();
            if (metaId == null || metaId.equals(id)) {
                records.addAll(apexRecordSets(metadata, problems));
            }
            records.addAll(e.getValue());
            zones.add(new HostedZone(id, zoneOrigin, metadata.path("PrivateZone").asBoolean(false), records));
        }
        return zones;
    }

    private List<RecordSet> apexRecordSets(JsonNode metadata, Problems problems) {
        JsonNode apex = metadata.path("ApexRecordSets");
        if (!apex.isArray()) {
            return List.of();
        }
        JsonPath at = JsonPath.root().field("Metadata").field(CfnNames.METADATA).field("ApexRecordSets");
        return new RecordSetMapper().mapDocument(JsonValue.at(apex, at, problems), "S1");
    }

    /** The zone a record set belongs to: its hosted zone ID, or "name:" plus its hosted zone name. */
    private static String zoneKey(JsonNode properties, JsonPath at, Problems problems, Map<String, String> zoneNames) {
        JsonNode id = properties.get("HostedZoneId");
        JsonNode name = properties.get("HostedZoneName");
        if (id != null && id.isTextual()) {
            return id.textValue().replaceFirst("^/hostedzone/", "");
        }
        if (name != null && name.isTextual()) {
            String key = "name:" + DomainName.of(name.textValue()).text();
            zoneNames.put(key, name.textValue());
            return key;
        }
        problems.add(at, null, "HostedZoneId or HostedZoneName is required");
        return null;
    }

    private CidrCollection cidrCollection(String id, JsonNode properties, JsonPath at, JsonNode meta,
                                          Problems problems) {
        ObjectNode collection = nodes.objectNode();
        collection.put("Id", id);
        if (properties.has("Name")) {
            collection.set("Name", properties.get("Name"));
        }
        collection.put("Version", meta == null ? 1 : meta.path("Version").asLong(1));
        collection.set("Locations", properties.path("Locations").isMissingNode() ? nodes.arrayNode()
                : properties.get("Locations"));
        return new CidrCollectionMapper().map(JsonValue.at(collection, at, problems));
    }

    private HealthCheck healthCheck(String id, JsonNode properties, JsonPath at, Problems problems) {
        JsonNode config = properties.path("HealthCheckConfig");
        if (!config.isObject()) {
            problems.add(at.field("HealthCheckConfig"), "HV1", "HealthCheckConfig is required");
            return null;
        }
        ObjectNode copy = ((ObjectNode) config).deepCopy();
        if (tag(properties, CfnNames.TAG_DISABLED).map(Boolean::parseBoolean).orElse(false)) {
            copy.put("Disabled", true);
        }
        ObjectNode check = nodes.objectNode();
        check.put("Id", id);
        tag(properties, CfnNames.TAG_CALLER_REFERENCE).ifPresent(ref -> check.put("CallerReference", ref));
        check.set("HealthCheckConfig", copy);
        int mark = problems.count();
        List<HealthCheckTag> tags = HealthCheckMapper.tags(JsonValue.at(properties.path("HealthCheckTags"),
                at.field("HealthCheckTags"), problems));
        HealthCheck mapped = new HealthCheckMapper().map(JsonValue.at(check, at, problems));
        return mapped == null || problems.hasNewSince(mark) ? null : mapped.withTags(userTags(tags));
    }

    /**
     * The user's own tags: all but the exporter's bookkeeping ({@code failover-studio:...}) and the Name tag the
     * exporter supplied. An exported check carries {@code failover-studio:id}; its Name tag was supplied when it
     * equals the caller reference (or the ID) and no {@code failover-studio:name-is-a-user-tag} marks it the
     * user's. In any other template every tag is the user's.
     */
    private static List<HealthCheckTag> userTags(List<HealthCheckTag> tags) {
        Map<String, String> byKey = new LinkedHashMap<>();
        tags.forEach(t -> byKey.put(t.key(), t.value()));
        String id = byKey.get(CfnNames.TAG_ID);
        String supplied = byKey.getOrDefault(CfnNames.TAG_CALLER_REFERENCE, id);
        boolean nameSupplied = id != null && !byKey.containsKey(CfnNames.TAG_USER_NAME)
                && byKey.containsKey(CfnNames.TAG_NAME) && byKey.get(CfnNames.TAG_NAME).equals(supplied);
        List<HealthCheckTag> user = new ArrayList<>();
        for (HealthCheckTag tag : tags) {
            boolean exporters = tag.key().startsWith(CfnNames.TAG_PREFIX)
                    || (nameSupplied && tag.key().equals(CfnNames.TAG_NAME));
            if (!exporters) {
                user.add(tag);
            }
        }
        return user;
    }

    private RecordSet recordSet(JsonNode node, JsonPath at, Problems problems, Problems notes, boolean resource) {
        if (!node.isObject()) {
            problems.add(at, null, "expected a record set object");
            return null;
        }
        ObjectNode api = ((ObjectNode) node).deepCopy();
        if (api.has("Comment")) {
            notes.add(at.field("Comment"), null, "a record set comment is not part of a design");
            api.remove("Comment");
        }
        if (!resource && (api.has("HostedZoneId") || api.has("HostedZoneName"))) {
            notes.add(at, null, "HostedZoneId/HostedZoneName inside a RecordSetGroup's record set is ignored;"
                    + " the group's zone applies");
        }
        api.remove("HostedZoneId");
        api.remove("HostedZoneName");
        JsonNode values = api.get("ResourceRecords");
        if (values != null && values.isArray()) {
            ArrayNode records = nodes.arrayNode();
            values.forEach(v -> records.addObject().set("Value", v.isValueNode() ? nodes.textNode(v.asText()) : v));
            api.set("ResourceRecords", records);
        }
        numeric(api, "TTL");
        numeric(api, "Weight");
        if (api.path("GeoProximityLocation").isObject()) {
            numeric((ObjectNode) api.get("GeoProximityLocation"), "Bias");
        }
        if (api.has("MultiValueAnswer") && api.get("MultiValueAnswer").isTextual()) {
            api.put("MultiValueAnswer", Boolean.parseBoolean(api.get("MultiValueAnswer").textValue()));
        }
        return new RecordSetMapper().map(JsonValue.at(api, at, problems));
    }

    /** CloudFormation accepts numbers written as strings ({@code TTL: "60"}); the API shape wants numbers. */
    private static void numeric(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isTextual() && value.textValue().matches("-?\\d{1,18}")) {
            node.put(field, Long.parseLong(value.textValue()));
        }
    }

    /** Property names are checked before intrinsics are resolved, so a typo is reported even next to a Ref. */
    private static void unknownProperties(String type, JsonNode properties, JsonPath at, Problems problems) {
        switch (type) {
            case CfnNames.HEALTH_CHECK -> {
                unknown(properties, HEALTH_CHECK_PROPERTIES, at, problems);
                unknown(properties.path("HealthCheckConfig"), HEALTH_CHECK_CONFIG, at.field("HealthCheckConfig"),
                        problems);
            }
            case CfnNames.RECORD_SET_GROUP -> {
                unknown(properties, GROUP_PROPERTIES, at, problems);
                JsonNode sets = properties.path("RecordSets");
                for (int i = 0; i < sets.size(); i++) {
                    unknown(sets.get(i), RECORD_SET_PROPERTIES, at.field("RecordSets").index(i), problems);
                }
            }
            case CfnNames.CIDR_COLLECTION -> {
                unknown(properties, List.of("Name", "Locations"), at, problems);
                JsonNode locations = properties.path("Locations");
                for (int i = 0; i < locations.size(); i++) {
                    unknown(locations.get(i), List.of("LocationName", "CidrList"), at.field("Locations").index(i),
                            problems);
                }
            }
            default -> unknown(properties, RECORD_SET_PROPERTIES, at, problems);
        }
    }

    private static void unknown(JsonNode object, List<String> known, JsonPath at, Problems problems) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.add(at.field(name), null, "unknown property '" + name + "'; known: " + String.join(", ", known));
            }
        }
    }

    private static Map<String, JsonNode> parameters(JsonNode parameters) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().get("Default"));
        }
        return out;
    }

    private static java.util.Optional<String> tag(JsonNode properties, String key) {
        for (JsonNode tag : properties.path("HealthCheckTags")) {
            if (key.equals(tag.path("Key").asText(null)) && tag.path("Value").isTextual()) {
                return java.util.Optional.of(tag.get("Value").textValue());
            }
        }
        return java.util.Optional.empty();
    }
}
