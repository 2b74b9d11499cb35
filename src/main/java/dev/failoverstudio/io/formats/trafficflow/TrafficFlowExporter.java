package dev.failoverstudio.io.formats.trafficflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.exchange.DesignExporter;
import dev.failoverstudio.domain.exchange.DesignZones;
import dev.failoverstudio.domain.exchange.ExportNote;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.exchange.ExportedFile;
import dev.failoverstudio.domain.exchange.ZoneDiff;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.resolve.DeepStack;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Exports the record tree under one name as a Traffic Flow policy document (§14, AWSPolicyFormatVersion
 * 2015-10-01): every group of the tree becomes a rule of its policy (TF10–TF15), every member an item carrying
 * its health check and Evaluate Target Health, every in-zone alias a {@code RuleReference}, every value an
 * endpoint of type {@code value} and every CloudFront, load balancer, Elastic Beanstalk or S3 website alias an
 * endpoint of that type (TF3). Groups reached from several places become one shared rule (TF4).
 *
 * <p>What a document cannot say makes the export fail with every reason listed (IllegalArgumentException):
 * IP-based groups (no rule type), a member holding several values (an endpoint holds one value), failover groups
 * missing a role (A30), Local Zone groups (format 2023-05-09 only), aliases to record sets outside the tree's zone.
 */
public final class TrafficFlowExporter implements DesignExporter {

    public static final String ID = "traffic-flow";
    static final String FORMAT_VERSION = "2015-10-01";
    static final String CLOUDFRONT_ZONE = "Z2FDTNDATAQYW2";

    private final ObjectMapper mapper;

    public TrafficFlowExporter(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Traffic Flow policy document (JSON)";
    }

    @Override
    public ExportResult export(Design design, ExportOptions options) {
        HostedZone zone = DesignZones.pick(design, options.zoneId());
        Map<GroupKey, List<RecordSet>> groups = new LinkedHashMap<>();
        zone.recordSets().stream().filter(r -> !ZoneDiff.isApexSoaOrNs(zone, r))
                .forEach(r -> groups.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r));
        GroupKey root = root(zone, groups, options.policyName());
        Builder builder = new Builder(zone, groups);
        ObjectNode document = mapper.createObjectNode();
        document.put("AWSPolicyFormatVersion", FORMAT_VERSION);
        document.put("RecordType", root.type().name());
        // a policy nests a rule a level of the tree, and A22 sets no limit to the levels
        Reference start = DeepStack.call(groups.size(), () -> builder.reference(root, "$"));
        if (!builder.problems.isEmpty()) {
            throw new IllegalArgumentException("the tree under " + root.describe() + " cannot be a Traffic Flow"
                    + " policy:\n  " + String.join("\n  ", builder.problems));
        }
        if (start.rule) {
            document.put("StartRule", start.id);
        } else {
            document.put("StartEndpoint", start.id);
        }
        document.set("Endpoints", builder.endpoints);
        document.set("Rules", builder.rules);
        List<ExportNote> notes = new ArrayList<>();
        if (!builder.ttls.isEmpty()) {
            notes.add(new ExportNote(root.describe(), "TF20", "a policy has no TTLs: the policy record's TTL applies"
                    + " to every value (the design uses " + builder.ttls + " seconds)"));
        }
        builder.rootAttributes.forEach(a -> notes.add(new ExportNote(root.describe(), "TF20", a)));
        notes.add(new ExportNote(root.describe(), "TF1", "create it with 'aws route53 create-traffic-policy --name"
                + " NAME --document file://...', then a policy record with 'aws route53"
                + " create-traffic-policy-instance --hosted-zone-id " + zone.id() + " --name " + root.name().text()
                + " --ttl TTL --traffic-policy-id ID --traffic-policy-version 1'"));
        String name = root.name().text() + root.type() + ".traffic-policy.json";
        try {
            return new ExportResult(List.of(new ExportedFile(name, mapper.writeValueAsString(document) + "\n")), notes);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a JSON tree", e);
        }
    }

    /** The chosen group, or the first group that is not the target of an in-zone alias. */
    private static GroupKey root(HostedZone zone, Map<GroupKey, List<RecordSet>> groups, DomainName name) {
        if (name != null) {
            return groups.keySet().stream().filter(k -> k.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no record set is named " + name.text()));
        }
        Set<GroupKey> targets = new HashSet<>();
        zone.recordSets().stream().filter(r -> zone.isInZone(r.aliasTarget()))
                .forEach(r -> targets.add(new GroupKey(r.aliasTarget().dnsName(), r.type())));
        return groups.keySet().stream().filter(k -> !targets.contains(k)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the zone holds no record set to export"));
    }

    private record Reference(String id, boolean rule) {
    }

    /** Builds rules and endpoints, sharing the rule of a group reached twice. */
    private final class Builder {
        final HostedZone zone;
        final Map<GroupKey, List<RecordSet>> groups;
        final ObjectNode endpoints = mapper.createObjectNode();
        final ObjectNode rules = mapper.createObjectNode();
        final Map<GroupKey, Reference> done = new LinkedHashMap<>();
        final Set<GroupKey> inProgress = new HashSet<>();
        final Set<String> ids = new HashSet<>();
        final List<String> problems = new ArrayList<>();
        final Set<Long> ttls = new TreeSet<>();
        final Set<String> rootAttributes = new LinkedHashSet<>();

        Builder(HostedZone zone, Map<GroupKey, List<RecordSet>> groups) {
            this.zone = zone;
            this.groups = groups;
        }

        /** The rule or endpoint a group stands for. */
        Reference reference(GroupKey key, String from) {
            Reference known = done.get(key);
            if (known != null) {
                return known;
            }
            List<RecordSet> members = groups.get(key);
            if (members == null) {
                problems.add(from + ": alias target " + key.describe() + " does not exist (V33)");
                return new Reference("missing", false);
            }
            if (!inProgress.add(key)) {
                problems.add(from + ": alias cycle through " + key.describe() + " (V35)");
                return new Reference("cycle", false);
            }
            RoutingPolicy policy = members.get(0).policy();
            Reference reference;
            if (policy == RoutingPolicy.SIMPLE) {
                RecordSet only = members.get(0);
                if (only.healthCheckId() != null) {
                    rootAttributes.add(only.describe() + ": the health check of a simple record set has no place in"
                            + " a policy and is left out (it only matters to parents, R62)");
                }
                reference = member(only, key.name().text());
            } else {
                String id = uniqueId(label(key.name()) + "-" + policy.name().toLowerCase(java.util.Locale.ROOT)
                        .replace("_", ""));
                reference = new Reference(id, true);
                done.put(key, reference);
                rules.set(id, rule(key, policy, members));
            }
            inProgress.remove(key);
            done.put(key, reference);
            return reference;
        }

        private ObjectNode rule(GroupKey key, RoutingPolicy policy, List<RecordSet> members) {
            ObjectNode rule = mapper.createObjectNode();
            switch (policy) {
                case WEIGHTED -> {
                    rule.put("RuleType", "weighted");
                    ArrayNode items = rule.putArray("Items");
                    for (RecordSet r : members) {
                        ObjectNode item = item(r, items.addObject());
                        item.put("Weight", ((WeightedRouting) r.routing()).weight());
                    }
                }
                case FAILOVER -> {
                    rule.put("RuleType", "failover");
                    for (FailoverRole role : FailoverRole.values()) {
                        RecordSet r = members.stream().filter(m -> ((FailoverRouting) m.routing()).role() == role)
                                .findFirst().orElse(null);
                        if (r == null) {
                            problems.add(key.describe() + ": a failover rule needs both PRIMARY and SECONDARY (A30)");
                        } else {
                            item(r, rule.putObject(role == FailoverRole.PRIMARY ? "Primary" : "Secondary"));
                        }
                    }
                }
                case LATENCY -> {
                    rule.put("RuleType", "latency");
                    ArrayNode items = rule.putArray("Regions");
                    for (RecordSet r : members) {
                        ObjectNode item = items.addObject();
                        item.put("Region", ((LatencyRouting) r.routing()).region());
                        item(r, item);
                    }
                }
                case GEOLOCATION -> {
                    rule.put("RuleType", "geo");
                    ArrayNode items = rule.putArray("Locations");
                    for (RecordSet r : members) {
                        ObjectNode item = items.addObject();
                        GeoLocation l = ((GeolocationRouting) r.routing()).location();
                        if (l.isDefault()) {
                            item.put("IsDefault", true);
                        } else {
                            item.put("IsDefault", false);
                            putIf(item, "Continent", l.continentCode());
                            putIf(item, "Country", l.countryCode());
                            putIf(item, "Subdivision", l.subdivisionCode());
                        }
                        item(r, item);
                    }
                }
                case GEOPROXIMITY -> {
                    rule.put("RuleType", "geoproximity");
                    ArrayNode items = rule.putArray("GeoproximityLocations");
                    for (RecordSet r : members) {
                        ObjectNode item = items.addObject();
                        GeoProximityLocation l = ((GeoproximityRouting) r.routing()).location();
                        if (l.awsRegion() != null) {
                            item.put("Region", "aws:route53:" + l.awsRegion());
                        } else if (l.hasCoordinates()) {
                            item.put("Latitude", l.latitude());
                            item.put("Longitude", l.longitude());
                        } else {
                            problems.add(r.describe() + ": Local Zone group " + l.localZoneGroup() + " needs format"
                                    + " version 2023-05-09, which this export does not write");
                        }
                        item.put("Bias", l.effectiveBias());
                        item(r, item);
                    }
                }
                case MULTIVALUE -> {
                    rule.put("RuleType", "multivalue");
                    ArrayNode items = rule.putArray("Items");
                    members.forEach(r -> item(r, items.addObject()));
                }
                default -> problems.add(key.describe() + ": " + policy + " routing has no Traffic Flow rule type");
            }
            return rule;
        }

        /** Fills the reference, Evaluate Target Health and health check of one item. */
        private ObjectNode item(RecordSet r, ObjectNode item) {
            Reference target = member(r, r.describe());
            item.put(target.rule ? "RuleReference" : "EndpointReference", target.id);
            if (r.isAlias()) {
                item.put("EvaluateTargetHealth", r.aliasTarget().evaluateTargetHealth());
            }
            if (r.healthCheckId() != null) {
                item.put("HealthCheck", r.healthCheckId());
            }
            return item;
        }

        /** What one record set points at: a rule (in-zone alias) or an endpoint (values, resource alias). */
        private Reference member(RecordSet r, String from) {
            if (r.isAlias()) {
                if (zone.isInZone(r.aliasTarget())) {
                    return reference(new GroupKey(r.aliasTarget().dnsName(), r.type()), from);
                }
                return resourceEndpoint(r);
            }
            if (r.values().size() != 1) {
                problems.add(r.describe() + ": holds " + r.values().size() + " values; a Traffic Flow endpoint holds"
                        + " exactly one");
                return new Reference("invalid", false);
            }
            if (r.ttl() != null) {
                ttls.add(r.ttl());
            }
            String id = uniqueId(label(r.name()) + (r.setIdentifier() == null ? "" : "-" + r.setIdentifier()));
            ObjectNode endpoint = endpoints.putObject(id);
            endpoint.put("Type", "value");
            endpoint.put("Value", r.values().get(0));
            return new Reference(id, false);
        }

        private Reference resourceEndpoint(RecordSet r) {
            String dns = r.aliasTarget().dnsName().text();
            String value = dns.endsWith(".") ? dns.substring(0, dns.length() - 1) : dns;
            ObjectNode endpoint = mapper.createObjectNode();
            if (CLOUDFRONT_ZONE.equals(r.aliasTarget().hostedZoneId())) {
                endpoint.put("Type", "cloudfront");
                endpoint.put("Value", value);
            } else if (value.contains(".elb.") || value.endsWith("elb.amazonaws.com")) {
                endpoint.put("Type", "elastic-load-balancer");
                endpoint.put("Value", value);
            } else if (value.endsWith("elasticbeanstalk.com")) {
                endpoint.put("Type", "elastic-beanstalk");
                endpoint.put("Value", value);
            } else if (value.startsWith("s3-website")) {
                String region = value.replaceFirst("^s3-website[-.]", "").replaceFirst("\\.amazonaws\\.com$", "");
                endpoint.put("Type", "s3-website");
                endpoint.put("Region", region);
                String bucket = r.name().text();
                endpoint.put("Value", bucket.substring(0, bucket.length() - 1));
            } else {
                problems.add(r.describe() + ": alias target " + dns + " (zone " + r.aliasTarget().hostedZoneId()
                        + ") is no endpoint type Traffic Flow knows (TF3)");
                return new Reference("invalid", false);
            }
            String id = uniqueId(label(r.name()) + (r.setIdentifier() == null ? "" : "-" + r.setIdentifier()));
            endpoints.set(id, endpoint);
            return new Reference(id, false);
        }

        private String uniqueId(String base) {
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }
    }

    /** The name without the zone's trailing dot, as a readable ID. */
    private static String label(DomainName name) {
        String text = name.text();
        return text.endsWith(".") && text.length() > 1 ? text.substring(0, text.length() - 1) : text;
    }

    private static void putIf(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
