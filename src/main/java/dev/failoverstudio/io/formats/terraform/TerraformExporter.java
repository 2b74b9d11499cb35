package dev.failoverstudio.io.formats.terraform;

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
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.RecoveryControlCheck;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.validate.Change;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exports one hosted zone and the design's health checks as Terraform (HCL for the hashicorp/aws provider):
 * {@code aws_route53_health_check} and {@code aws_route53_record} resources with the routing-policy blocks,
 * {@code set_identifier}, {@code alias { evaluate_target_health }}, references between resources (health check
 * IDs, calculated children, the zone ID variable) and {@code depends_on} from an in-zone alias to its target's
 * records, since Route 53 refuses an alias whose target does not exist yet (V33). Above every resource a comment
 * gives the {@code terraform import} command that adopts the existing object.
 */
public final class TerraformExporter implements DesignExporter {

    public static final String ID = "terraform";
    private static final String ID_TAG = "failover-studio:id";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Terraform (aws_route53_record, aws_route53_health_check)";
    }

    @Override
    public ExportResult export(Design design, ExportOptions options) {
        HostedZone zone = DesignZones.pick(design, options.zoneId());
        List<ExportNote> notes = new ArrayList<>();
        DesignZones.noteOtherZones(design, zone, notes);
        StringBuilder out = new StringBuilder();
        out.append("# Route 53 record sets and health checks of ").append(zone.origin().text())
                .append(" (Failover Studio)\n\n")
                .append("terraform {\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n")
                .append("      version = \">= 5.0\"\n    }\n  }\n}\n\n")
                .append("variable \"zone_id\" {\n  description = ").append(Hcl.string("ID of the hosted zone "
                        + zone.origin().text())).append("\n  type        = string\n  default     = ")
                .append(Hcl.string(zone.id())).append("\n}\n");
        Map<String, String> checkLabels = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (HealthCheck check : design.healthChecks()) {
            checkLabels.put(check.id(), unique(Hcl.label(check.callerReference() != null ? check.callerReference()
                    : check.id()), used));
        }
        for (HealthCheck check : design.healthChecks()) {
            healthCheck(out, check, checkLabels, notes);
        }
        Map<String, String> collectionLabels = new LinkedHashMap<>();
        Map<String, List<String>> locationLabels = new LinkedHashMap<>();
        for (CidrCollection collection : design.cidrCollections()) {
            cidrCollection(out, collection, used, collectionLabels, locationLabels);
        }
        List<Change> creates = new ArrayList<>();
        for (RecordSet r : zone.recordSets()) {
            if (ZoneDiff.isApexSoaOrNs(zone, r)) {
                notes.add(new ExportNote(r.describe(), "V9", "left out: the apex " + r.type() + " record set comes"
                        + " with the hosted zone (manage it with allow_overwrite = true if you must)"));
            } else {
                creates.add(Change.create(r));
            }
        }
        List<RecordSet> ordered = ChangeOrder.order(zone.withRecordSets(List.of()), creates).stream()
                .map(Change::recordSet).toList();
        Set<String> recordLabels = new HashSet<>();
        List<String> labels = new ArrayList<>(); // by position: a broken design may hold two equal record sets
        Map<GroupKey, List<String>> labelsByGroup = new LinkedHashMap<>();
        for (RecordSet r : ordered) {
            String label = unique(Hcl.label(r.name().text() + "_" + r.type()
                    + (r.setIdentifier() == null ? "" : "_" + r.setIdentifier())), recordLabels);
            labels.add(label);
            labelsByGroup.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(label);
        }
        for (int i = 0; i < ordered.size(); i++) {
            RecordSet r = ordered.get(i);
            record(out, zone, r, labels.get(i), labelsByGroup, checkLabels, collectionLabels, locationLabels, notes);
        }
        return new ExportResult(List.of(new ExportedFile("route53.tf", out.toString())), notes);
    }

    private static String unique(String base, Set<String> used) {
        String label = base;
        for (int n = 2; !used.add(label); n++) {
            label = base + "_" + n;
        }
        return label;
    }

    /** aws_route53_cidr_collection and one aws_route53_cidr_location per location (R14, S9). */
    private static void cidrCollection(StringBuilder out, CidrCollection collection, Set<String> used,
                                       Map<String, String> collectionLabels, Map<String, List<String>> locationLabels) {
        String label = unique(Hcl.label(collection.name() != null ? collection.name() : collection.id()), used);
        collectionLabels.put(collection.id(), label);
        out.append("\n# terraform import aws_route53_cidr_collection.").append(label).append(' ')
                .append(collection.id()).append('\n');
        out.append("resource \"aws_route53_cidr_collection\" \"").append(label).append("\" {\n");
        out.append("  name = ").append(Hcl.string(collection.name() != null ? collection.name() : collection.id()))
                .append("\n}\n");
        List<String> locations = new ArrayList<>();
        for (CidrLocation location : collection.locations()) {
            String locationLabel = unique(label + "_" + Hcl.label(location.name()), used);
            locations.add("aws_route53_cidr_location." + locationLabel);
            out.append("\n# terraform import aws_route53_cidr_location.").append(locationLabel).append(' ')
                    .append(collection.id()).append(',').append(location.name()).append('\n');
            out.append("resource \"aws_route53_cidr_location\" \"").append(locationLabel).append("\" {\n");
            Attributes a = new Attributes(out, "  ");
            a.put("cidr_collection_id", "aws_route53_cidr_collection." + label + ".id");
            a.put("name", Hcl.string(location.name()));
            a.put("cidr_blocks", Hcl.strings(location.cidrBlocks()));
            a.flush();
            out.append("}\n");
        }
        locationLabels.put(collection.id(), locations);
    }

    /** A map key: bare when it is an HCL identifier, quoted otherwise ({@code "failover-studio:id"}). */
    private static String mapKey(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_-]*") ? key : Hcl.string(key);
    }

    private static void healthCheck(StringBuilder out, HealthCheck check, Map<String, String> labels,
                                     List<ExportNote> notes) {
        String label = labels.get(check.id());
        out.append("\n# terraform import aws_route53_health_check.").append(label).append(' ').append(check.id())
                .append('\n');
        out.append("resource \"aws_route53_health_check\" \"").append(label).append("\" {\n");
        Attributes a = new Attributes(out, "  ");
        a.put("type", Hcl.string(check.type().name()));
        if (check.config() instanceof EndpointCheck e) {
            a.putString("ip_address", e.ipAddress());
            a.putString("fqdn", e.fullyQualifiedDomainName());
            a.putNumber("port", e.port());
            a.putString("resource_path", e.resourcePath());
            a.putString("search_string", e.searchString());
            a.putNumber("request_interval", e.requestInterval());
            a.putNumber("failure_threshold", e.failureThreshold());
            a.put("measure_latency", Boolean.toString(e.measureLatency()));
            a.put("enable_sni", Boolean.toString(e.enableSni()));
            if (!e.regions().isEmpty()) {
                a.put("regions", Hcl.strings(e.regions()));
            }
        } else if (check.config() instanceof CalculatedCheck c) {
            List<String> children = new ArrayList<>();
            for (String child : c.childHealthChecks()) {
                String childLabel = labels.get(child);
                if (childLabel == null) {
                    children.add(Hcl.string(child));
                    notes.add(new ExportNote("health check " + check.id(), "HV14", "child " + child
                            + " is not in the design; written as a literal ID"));
                } else {
                    children.add("aws_route53_health_check." + childLabel + ".id");
                }
            }
            a.put("child_healthchecks", "[" + String.join(", ", children) + "]");
            a.put("child_health_threshold", Long.toString(c.healthThreshold()));
        } else if (check.config() instanceof CloudWatchCheck w) {
            a.putString("cloudwatch_alarm_name", w.alarmName());
            a.putString("cloudwatch_alarm_region", w.alarmRegion());
            if (w.insufficientDataHealthStatus() != null) {
                a.putString("insufficient_data_health_status", w.insufficientDataHealthStatus().apiName());
            }
        } else if (check.config() instanceof RecoveryControlCheck r) {
            a.putString("routing_control_arn", r.routingControlArn());
        }
        a.put("invert_healthcheck", Boolean.toString(check.inverted()));
        a.put("disabled", Boolean.toString(check.disabled()));
        if (check.callerReference() != null) {
            notes.add(new ExportNote("health check " + check.id(), "S5", "caller reference " + check.callerReference()
                    + " is kept as a tag; Terraform generates its own"));
        }
        a.flush();
        out.append("\n  tags = {\n");
        Attributes tags = new Attributes(out, "    ");
        for (HealthCheckTag user : check.tags()) {
            if (user.key().equals(ID_TAG)) {
                notes.add(new ExportNote("health check " + check.id(), null, "tag " + ID_TAG
                        + " is the exporter's own; the user's value is left out"));
            } else {
                tags.put(mapKey(user.key()), Hcl.string(user.value()));
            }
        }
        if (check.tag("Name").isEmpty()) {
            tags.put("Name", Hcl.string(check.callerReference() != null ? check.callerReference() : check.id()));
        }
        tags.put(mapKey(ID_TAG), Hcl.string(check.id()));
        tags.flush();
        out.append("  }\n}\n");
    }

    private static void record(StringBuilder out, HostedZone zone, RecordSet r, String label,
                               Map<GroupKey, List<String>> labelsByGroup, Map<String, String> checks,
                               Map<String, String> collections, Map<String, List<String>> locations,
                               List<ExportNote> notes) {
        String name = r.name().apiForm();
        String importName = name.endsWith(".") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
        out.append("\n# terraform import aws_route53_record.").append(label).append(' ').append(zone.id()).append('_')
                .append(importName).append('_').append(r.type())
                .append(r.setIdentifier() == null ? "" : "_" + r.setIdentifier()).append('\n');
        out.append("resource \"aws_route53_record\" \"").append(label).append("\" {\n");
        Attributes a = new Attributes(out, "  ");
        a.put("zone_id", "var.zone_id");
        a.put("name", Hcl.string(importName)); // the provider stores names without the final dot
        a.put("type", Hcl.string(r.type().name()));
        a.putString("set_identifier", r.setIdentifier());
        if (!r.isAlias()) {
            a.putNumber("ttl", r.ttl());
            a.put("records", Hcl.strings(r.values().stream().map(v -> recordValue(r, v, notes)).toList()));
        }
        if (r.healthCheckId() != null) {
            String check = checks.get(r.healthCheckId());
            if (check == null) {
                a.put("health_check_id", Hcl.string(r.healthCheckId()));
                notes.add(new ExportNote(r.describe(), "V50", "health check " + r.healthCheckId()
                        + " is not in the design; written as a literal ID"));
            } else {
                a.put("health_check_id", "aws_route53_health_check." + check + ".id");
            }
        }
        if (r.routing() instanceof MultiValueRouting) {
            a.put("multivalue_answer_routing_policy", "true");
        }
        a.flush();
        routingBlock(out, r.routing(), collections, notes, r);
        List<String> dependsOn = new ArrayList<>();
        if (r.routing() instanceof IpBasedRouting ip && locations.containsKey(ip.collectionId())) {
            dependsOn.addAll(locations.get(ip.collectionId())); // a record may name only existing locations (V28)
        }
        if (r.isAlias()) {
            boolean inZone = zone.isInZone(r.aliasTarget());
            out.append("\n  alias {\n");
            Attributes alias = new Attributes(out, "    ");
            String targetName = r.aliasTarget().dnsName().apiForm();
            alias.put("name", Hcl.string(targetName.endsWith(".") && targetName.length() > 1
                    ? targetName.substring(0, targetName.length() - 1) : targetName));
            alias.put("zone_id", inZone ? "var.zone_id" : Hcl.string(r.aliasTarget().hostedZoneId()));
            alias.put("evaluate_target_health", Boolean.toString(r.aliasTarget().evaluateTargetHealth()));
            alias.flush();
            out.append("  }\n");
            if (inZone) {
                GroupKey target = new GroupKey(r.aliasTarget().dnsName(), r.type());
                labelsByGroup.getOrDefault(target, List.of()).forEach(l -> dependsOn.add("aws_route53_record." + l));
            }
        }
        if (!dependsOn.isEmpty()) {
            out.append("\n  depends_on = [").append(String.join(", ", dependsOn)).append("]\n");
        }
        if (r.trafficPolicyInstanceId() != null) {
            notes.add(new ExportNote(r.describe(), "V53", "belongs to traffic policy instance "
                    + r.trafficPolicyInstanceId() + "; exported as a plain record set"));
        }
        out.append("}\n");
    }

    /**
     * The provider quotes TXT and SPF values itself and splits them at 255 characters; a Route 53 value
     * {@code "a" "b"} is written {@code a\" \"b} (the provider's documented form).
     */
    private static String recordValue(RecordSet r, String value, List<ExportNote> notes) {
        if (r.type() != RecordType.TXT && r.type() != RecordType.SPF) {
            return value;
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        notes.add(new ExportNote(r.describe(), "V18", "value " + value + " is not a quoted string; the provider"
                + " will quote it"));
        return value;
    }

    private static void routingBlock(StringBuilder out, Routing routing, Map<String, String> collections,
                                     List<ExportNote> notes, RecordSet r) {
        String block;
        Map<String, String> fields = new LinkedHashMap<>();
        String nested = null;
        if (routing instanceof WeightedRouting w) {
            block = "weighted_routing_policy";
            fields.put("weight", Long.toString(w.weight()));
        } else if (routing instanceof FailoverRouting f) {
            block = "failover_routing_policy";
            fields.put("type", Hcl.string(f.role().name()));
        } else if (routing instanceof LatencyRouting l) {
            block = "latency_routing_policy";
            fields.put("region", Hcl.string(l.region()));
        } else if (routing instanceof GeolocationRouting g) {
            block = "geolocation_routing_policy";
            putIf(fields, "continent", g.location().continentCode());
            putIf(fields, "country", g.location().countryCode());
            putIf(fields, "subdivision", g.location().subdivisionCode());
        } else if (routing instanceof GeoproximityRouting p) {
            block = "geoproximity_routing_policy";
            GeoProximityLocation l = p.location();
            putIf(fields, "aws_region", l.awsRegion());
            putIf(fields, "local_zone_group", l.localZoneGroup());
            if (l.bias() != null) {
                fields.put("bias", Long.toString(l.bias()));
            }
            if (l.hasCoordinates()) {
                nested = "    coordinates {\n      latitude  = " + Hcl.string(String.valueOf(l.latitude()))
                        + "\n      longitude = " + Hcl.string(String.valueOf(l.longitude())) + "\n    }\n";
            }
        } else if (routing instanceof IpBasedRouting i) {
            block = "cidr_routing_policy";
            String collection = collections.get(i.collectionId());
            if (collection == null) {
                notes.add(new ExportNote(r.describe(), "V28", "CIDR collection " + i.collectionId()
                        + " is not in the design; written as a literal ID"));
            }
            fields.put("collection_id", collection == null ? Hcl.string(i.collectionId())
                    : "aws_route53_cidr_collection." + collection + ".id");
            fields.put("location_name", Hcl.string(i.locationName()));
        } else {
            return; // simple has no block; multivalue is an attribute
        }
        out.append("\n  ").append(block).append(" {\n");
        Attributes a = new Attributes(out, "    ");
        fields.forEach(a::put);
        a.flush();
        if (nested != null) {
            out.append(nested);
        }
        out.append("  }\n");
    }

    private static void putIf(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, Hcl.string(value));
        }
    }

    /** Attribute lines with their {@code =} aligned, as {@code terraform fmt} writes them. */
    private static final class Attributes {
        private final StringBuilder out;
        private final String indent;
        private final Map<String, String> pending = new LinkedHashMap<>();

        Attributes(StringBuilder out, String indent) {
            this.out = out;
            this.indent = indent;
        }

        void put(String key, String value) {
            pending.put(key, value);
        }

        void putString(String key, String value) {
            if (value != null) {
                put(key, Hcl.string(value));
            }
        }

        void putNumber(String key, Long value) {
            if (value != null) {
                put(key, Long.toString(value));
            }
        }

        void flush() {
            int width = pending.keySet().stream().mapToInt(String::length).max().orElse(0);
            pending.forEach((k, v) -> out.append(indent).append(k).append(" ".repeat(width - k.length()))
                    .append(" = ").append(v).append('\n'));
            pending.clear();
        }
    }
}
