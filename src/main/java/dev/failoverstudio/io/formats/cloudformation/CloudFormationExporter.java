package dev.failoverstudio.io.formats.cloudformation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.exchange.ChangeBatchSplitter;
import dev.failoverstudio.domain.exchange.ChangeOrder;
import dev.failoverstudio.domain.exchange.DesignExporter;
import dev.failoverstudio.domain.exchange.DesignZones;
import dev.failoverstudio.domain.exchange.ExportNote;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.exchange.ExportedFile;
import dev.failoverstudio.domain.exchange.ZoneDiff;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.validate.Change;
import dev.failoverstudio.domain.validate.ChangeBatch;
import dev.failoverstudio.io.formats.Route53JsonWriter;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Exports one hosted zone and the design's health checks as a CloudFormation template (YAML or JSON):
 *
 * <ul>
 *   <li>a {@code HostedZoneId} parameter (default: the design's zone ID) that every record set and in-zone alias
 *       target refers to with {@code Ref};</li>
 *   <li>one {@code AWS::Route53::HealthCheck} per check, children of calculated checks wired with {@code Ref}
 *       (whose value is the health check ID), tagged with the design's ID;</li>
 *   <li>{@code AWS::Route53::RecordSetGroup}s holding the record sets in an order Route 53 accepts (alias
 *       targets first), split at the per-request limits (V7) and chained with {@code DependsOn}; a record set's
 *       health check is {@code !GetAtt <check>.HealthCheckId}.</li>
 * </ul>
 *
 * What CloudFormation cannot deploy is kept under the template's {@code Metadata.FailoverStudio} (zone origin,
 * apex SOA/NS record sets) or in tags ({@code Disabled}, which {@code HealthCheckConfig} lacks), and said in the
 * notes, so {@link CloudFormationImporter} gives the same design back.
 */
public final class CloudFormationExporter implements DesignExporter {

    private final ObjectMapper mapper;
    private final Route53JsonWriter route53;
    private final boolean yaml;

    /** @param yaml YAML with short-form tags when true, JSON otherwise */
    public CloudFormationExporter(ObjectMapper mapper, boolean yaml) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.route53 = new Route53JsonWriter(mapper);
        this.yaml = yaml;
    }

    @Override
    public String id() {
        return yaml ? "cloudformation-yaml" : "cloudformation-json";
    }

    @Override
    public String title() {
        return "CloudFormation template (" + (yaml ? "YAML" : "JSON") + ")";
    }

    @Override
    public ExportResult export(Design design, ExportOptions options) {
        HostedZone zone = DesignZones.pick(design, options.zoneId());
        List<ExportNote> notes = new ArrayList<>();
        DesignZones.noteOtherZones(design, zone, notes);
        ObjectNode template = mapper.createObjectNode();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "Route 53 record sets and health checks of " + zone.origin().text()
                + " (Failover Studio)");
        ObjectNode metadata = template.putObject("Metadata").putObject(CfnNames.METADATA);
        metadata.put("Zone", zone.origin().text());
        metadata.put("HostedZoneId", zone.id());
        metadata.put("PrivateZone", zone.privateZone());
        ObjectNode parameter = template.putObject("Parameters").putObject(CfnNames.ZONE_PARAMETER);
        parameter.put("Type", "String");
        parameter.put("Default", zone.id());
        parameter.put("Description", "ID of the hosted zone " + zone.origin().text());
        ObjectNode resources = template.putObject("Resources");

        Map<String, String> checkLogicalIds = healthChecks(design, resources, notes);
        Map<String, String> collectionLogicalIds = cidrCollections(design, resources, metadata);
        design.cidrCollections().forEach(c -> c.locations().forEach(l -> l.cidrBlocks().stream()
                .filter(block -> block.contains(":")).forEach(block -> notes.add(new ExportNote("CIDR collection "
                        + c.id() + " location " + l.name(), "R14", "IPv6 block " + block + ": the CloudFormation"
                        + " resource schema declares CidrList entries as IPv4 networks, so CloudFormation may refuse"
                        + " it; if so, add it with 'aws route53 change-cidr-collection'")))));
        List<Change> creates = new ArrayList<>();
        ArrayNode apex = mapper.createArrayNode();
        for (RecordSet r : zone.recordSets()) {
            if (ZoneDiff.isApexSoaOrNs(zone, r)) {
                apex.add(route53.recordSetNode(r));
                notes.add(new ExportNote(r.describe(), "V9", "not deployed: the apex " + r.type() + " record set"
                        + " comes with the hosted zone; kept under Metadata." + CfnNames.METADATA));
            } else {
                creates.add(Change.create(r));
            }
        }
        if (!apex.isEmpty()) {
            metadata.set("ApexRecordSets", apex);
        }
        List<ChangeBatch> groups = ChangeBatchSplitter.split(ChangeOrder.order(zone.withRecordSets(List.of()), creates),
                null);
        String previous = null;
        for (int i = 0; i < groups.size(); i++) {
            String logicalId = groups.size() == 1 ? "RecordSetGroup" : "RecordSetGroup" + (i + 1);
            ObjectNode group = resources.putObject(logicalId);
            group.put("Type", CfnNames.RECORD_SET_GROUP);
            if (previous != null) {
                group.put("DependsOn", previous); // one change batch after the other, alias targets first
            }
            ObjectNode properties = group.putObject("Properties");
            properties.set("HostedZoneId", ref(CfnNames.ZONE_PARAMETER));
            ArrayNode recordSets = properties.putArray("RecordSets");
            for (Change change : groups.get(i).changes()) {
                recordSets.add(recordSet(zone, change.recordSet(), checkLogicalIds, collectionLogicalIds, notes));
            }
            previous = logicalId;
        }
        if (groups.size() > 1) {
            notes.add(new ExportNote(null, "V7", "record sets split over " + groups.size() + " RecordSetGroups to"
                    + " respect the per-request limits"));
        }
        String text = yaml ? CfnYamlWriter.write(template) : json(template);
        String name = zone.origin().text() + (yaml ? "template.yaml" : "template.json");
        return new ExportResult(List.of(new ExportedFile(name, text)), notes);
    }

    /**
     * One {@code AWS::Route53::CidrCollection} per collection (R14, S9). CloudFormation assigns the collection ID,
     * so record sets use {@code !GetAtt <collection>.Id}; the design's ID and version stay in the metadata.
     */
    private Map<String, String> cidrCollections(Design design, ObjectNode resources, ObjectNode metadata) {
        Map<String, String> logicalIds = new LinkedHashMap<>();
        if (design.cidrCollections().isEmpty()) {
            return logicalIds;
        }
        ArrayNode meta = metadata.putArray("CidrCollections");
        Set<String> used = new HashSet<>();
        for (CidrCollection collection : design.cidrCollections()) {
            String base = CfnNames.logicalId("CidrCollection", collection.name() != null ? collection.name()
                    : collection.id());
            String id = base;
            for (int n = 2; !used.add(id) || resources.has(id); n++) {
                id = base + n;
            }
            logicalIds.put(collection.id(), id);
            ObjectNode resource = resources.putObject(id);
            resource.put("Type", CfnNames.CIDR_COLLECTION);
            ObjectNode properties = resource.putObject("Properties");
            if (collection.name() != null) {
                properties.put("Name", collection.name());
            }
            ArrayNode locations = properties.putArray("Locations");
            for (CidrLocation location : collection.locations()) {
                ObjectNode l = locations.addObject();
                l.put("LocationName", location.name());
                ArrayNode blocks = l.putArray("CidrList");
                location.cidrBlocks().forEach(blocks::add);
            }
            ObjectNode entry = meta.addObject();
            entry.put("LogicalId", id);
            entry.put("Id", collection.id());
            entry.put("Version", collection.version());
        }
        return logicalIds;
    }

    private Map<String, String> healthChecks(Design design, ObjectNode resources, List<ExportNote> notes) {
        Map<String, String> logicalIds = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (HealthCheck check : design.healthChecks()) {
            String base = CfnNames.logicalId("HealthCheck",
                    check.callerReference() != null ? check.callerReference() : check.id());
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + n;
            }
            logicalIds.put(check.id(), id);
        }
        for (HealthCheck check : design.healthChecks()) {
            ObjectNode resource = resources.putObject(logicalIds.get(check.id()));
            resource.put("Type", CfnNames.HEALTH_CHECK);
            ObjectNode properties = resource.putObject("Properties");
            ObjectNode config = route53.healthCheckConfigNode(check).deepCopy();
            config.remove("Disabled");
            if (check.config() instanceof CalculatedCheck calculated) {
                ArrayNode children = config.putArray("ChildHealthChecks");
                for (String child : calculated.childHealthChecks()) {
                    String logical = logicalIds.get(child);
                    if (logical == null) {
                        children.add(child);
                        notes.add(new ExportNote("health check " + check.id(), "HV14", "child " + child
                                + " is not in the design; written as a literal ID"));
                    } else {
                        children.add(ref(logical));
                    }
                }
            }
            properties.set("HealthCheckConfig", config);
            ArrayNode tags = properties.putArray("HealthCheckTags");
            String suppliedName = check.callerReference() != null ? check.callerReference() : check.id();
            for (HealthCheckTag user : check.tags()) {
                if (user.key().startsWith(CfnNames.TAG_PREFIX)) {
                    notes.add(new ExportNote("health check " + check.id(), null, "tag " + user.key()
                            + " is left out: keys starting " + CfnNames.TAG_PREFIX + " are the exporter's own"));
                } else {
                    tag(tags, user.key(), user.value());
                }
            }
            Optional<String> userName = check.tag(CfnNames.TAG_NAME);
            if (userName.isEmpty()) {
                tag(tags, CfnNames.TAG_NAME, suppliedName);
            } else if (userName.get().equals(suppliedName)) {
                tag(tags, CfnNames.TAG_USER_NAME, "true");
            }
            tag(tags, CfnNames.TAG_ID, check.id());
            if (check.callerReference() != null) {
                tag(tags, CfnNames.TAG_CALLER_REFERENCE, check.callerReference());
            }
            if (check.disabled()) {
                tag(tags, CfnNames.TAG_DISABLED, "true");
                notes.add(new ExportNote("health check " + check.id(), "HC17", "is disabled, which CloudFormation's"
                        + " HealthCheckConfig cannot say: the stack creates it enabled (the tag "
                        + CfnNames.TAG_DISABLED + " remembers it); disable it with 'aws route53 update-health-check"
                        + " --disabled'"));
            }
        }
        return logicalIds;
    }

    private ObjectNode recordSet(HostedZone zone, RecordSet r, Map<String, String> checks,
                                 Map<String, String> collections, List<ExportNote> notes) {
        ObjectNode api = route53.recordSetNode(r);
        ObjectNode node = mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> field : api.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "TTL" -> node.put("TTL", value.asText()); // the CloudFormation type of TTL is String
                case "ResourceRecords" -> {
                    ArrayNode values = node.putArray("ResourceRecords");
                    value.forEach(v -> values.add(v.get("Value").textValue()));
                }
                case "AliasTarget" -> {
                    ObjectNode alias = node.putObject("AliasTarget");
                    if (zone.isInZone(r.aliasTarget())) {
                        alias.set("HostedZoneId", ref(CfnNames.ZONE_PARAMETER));
                    } else {
                        alias.set("HostedZoneId", value.get("HostedZoneId"));
                    }
                    alias.set("DNSName", value.get("DNSName"));
                    alias.set("EvaluateTargetHealth", value.get("EvaluateTargetHealth"));
                }
                case "HealthCheckId" -> {
                    String logical = checks.get(r.healthCheckId());
                    if (logical == null) {
                        node.set(key, value);
                        notes.add(new ExportNote(r.describe(), "V50", "health check " + r.healthCheckId()
                                + " is not in the design; written as a literal ID"));
                    } else {
                        ObjectNode getAtt = mapper.createObjectNode();
                        getAtt.putArray("Fn::GetAtt").add(logical).add("HealthCheckId");
                        node.set(key, getAtt);
                    }
                }
                case "CidrRoutingConfig" -> {
                    ObjectNode config = ((ObjectNode) value).deepCopy();
                    String logical = collections.get(value.path("CollectionId").asText());
                    if (logical != null) {
                        ObjectNode getAtt = mapper.createObjectNode();
                        getAtt.putArray("Fn::GetAtt").add(logical).add("Id");
                        config.set("CollectionId", getAtt);
                    } else {
                        notes.add(new ExportNote(r.describe(), "V28", "CIDR collection "
                                + value.path("CollectionId").asText() + " is not in the design; written as a literal ID"));
                    }
                    node.set(key, config);
                }
                case "TrafficPolicyInstanceId" -> notes.add(new ExportNote(r.describe(), "V53", "belongs to traffic"
                        + " policy instance " + r.trafficPolicyInstanceId() + "; exported as a plain record set"));
                default -> node.set(key, value);
            }
        }
        return node;
    }

    private ObjectNode ref(String name) {
        ObjectNode ref = mapper.createObjectNode();
        ref.put("Ref", name);
        return ref;
    }

    private static void tag(ArrayNode tags, String key, String value) {
        ObjectNode tag = tags.addObject();
        tag.put("Key", key);
        tag.put("Value", value);
    }

    private String json(JsonNode template) {
        try {
            return mapper.writeValueAsString(template) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a JSON tree", e);
        }
    }
}
