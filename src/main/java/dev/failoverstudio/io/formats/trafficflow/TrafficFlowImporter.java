package dev.failoverstudio.io.formats.trafficflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.resolve.DeepStack;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.json.JsonDocuments;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonPath;
import dev.failoverstudio.io.json.JsonValue;
import dev.failoverstudio.io.json.Problems;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compiles a Traffic Flow policy document (§14) into plain record sets, so a policy runs without a (billed)
 * policy record (TF20): the start rule becomes the group at the policy record's name, every other rule a group at
 * the generated name {@code _tf-<rule id>.<name>}, a {@code RuleReference} an in-zone alias to that group with the
 * item's Evaluate Target Health (true when the document omits it), a {@code value} endpoint a record set with
 * that value and the policy record's TTL, and a CloudFront endpoint a CloudFront alias. Load balancer, Elastic
 * Beanstalk and S3 website endpoints need the Region's alias zone ID, which the document does not hold; they are
 * reported.
 *
 * <p>Checked on the way (TF21): format version, record type, exactly one start, references that resolve, no
 * cycles, the items each rule type needs; numbers and booleans may be strings (TF16). Unknown members are
 * errors, so nothing is dropped silently; rules and endpoints nothing refers to are returned as notes.
 */
public final class TrafficFlowImporter {

    static final String PREFIX = "_tf-";
    private static final List<String> TOP = List.of("AWSPolicyFormatVersion", "RecordType", "StartRule",
            "StartEndpoint", "Endpoints", "Rules");
    private static final List<String> ENDPOINT = List.of("Type", "Value", "Region");
    private static final List<String> REF = List.of("EndpointReference", "RuleReference", "EvaluateTargetHealth",
            "HealthCheck");

    private final JsonDocuments documents;

    public TrafficFlowImporter(ObjectMapper mapper) {
        this.documents = new JsonDocuments(Objects.requireNonNull(mapper, "mapper"));
    }

    /**
     * @param zoneId the hosted zone the records go to (in-zone alias targets carry it)
     * @param name   the policy record's name: where the start rule's group goes
     * @param ttl    the policy record's TTL, given to every value record set
     */
    public TrafficFlowImport read(String file, String json, String zoneId, DomainName name, long ttl)
            throws ImportException {
        Problems problems = new Problems(file);
        Problems notes = new Problems(file);
        JsonFields top = JsonValue.root(documents.parse(file, json), problems).requireObject("TF2");
        if (top == null) {
            problems.throwIfAny();
        }
        top.rejectUnknown(TOP, "TF2");
        String version = top.required("AWSPolicyFormatVersion", "TF2").asString("TF2");
        if (version != null && !version.equals("2015-10-01") && !version.equals("2023-05-09")) {
            top.field("AWSPolicyFormatVersion").report("TF2", "expected \"2015-10-01\" or \"2023-05-09\"");
        }
        JsonValue typeValue = top.required("RecordType", "TF2");
        String typeText = typeValue.asString("TF2");
        RecordType type = typeText == null ? null : RecordType.parse(typeText).orElse(null);
        if (typeText != null && type == null) {
            typeValue.report("TF2", "unknown record type " + JsonValue.quote(typeText));
        }
        Compiler compiler = new Compiler(top, zoneId, name, type, ttl, problems, notes);
        compiler.compile();
        problems.throwIfAny();
        return new TrafficFlowImport(compiler.out, notes.all());
    }

    private static final class Compiler {
        final JsonFields top;
        final String zoneId;
        final DomainName name;
        final RecordType type;
        final long ttl;
        final Problems problems;
        final Problems notes;
        final Map<String, JsonFields> endpoints = new LinkedHashMap<>();
        final Map<String, JsonFields> rules = new LinkedHashMap<>();
        final Map<String, DomainName> compiled = new LinkedHashMap<>();
        final Set<String> inProgress = new HashSet<>();
        final Set<String> usedEndpoints = new HashSet<>();
        final Set<DomainName> usedNames = new HashSet<>();
        final List<RecordSet> out = new ArrayList<>();
        boolean defaultedEth;

        Compiler(JsonFields top, String zoneId, DomainName name, RecordType type, long ttl, Problems problems,
                 Problems notes) {
            this.top = top;
            this.zoneId = zoneId;
            this.name = name;
            this.type = type;
            this.ttl = ttl;
            this.problems = problems;
            this.notes = notes;
        }

        void compile() {
            collect(top.field("Endpoints"), endpoints);
            collect(top.field("Rules"), rules);
            // a rule referring to a rule nests a level, and A22 sets no limit to the levels
            DeepStack.call(rules.size() + 1, () -> {
                compileFromTheStart();
                return null;
            });
        }

        private void compileFromTheStart() {
            boolean hasRule = top.has("StartRule");
            boolean hasEndpoint = top.has("StartEndpoint");
            if (hasRule == hasEndpoint) {
                top.report("TF2", "exactly one of StartRule and StartEndpoint is required");
                return;
            }
            if (type == null) {
                return;
            }
            if (hasRule) {
                JsonValue start = top.field("StartRule");
                String id = start.asString("TF2");
                if (id != null && !rules.containsKey(id)) {
                    start.report("TF21", "no rule " + JsonValue.quote(id));
                } else if (id != null) {
                    rule(id, name);
                }
            } else {
                JsonValue start = top.field("StartEndpoint");
                String id = start.asString("TF2");
                RecordSet r = id == null ? null : endpointRecord(id, start, name, null, SimpleRouting.INSTANCE, null,
                        null);
                if (r != null) {
                    out.add(r);
                }
            }
            rules.keySet().stream().filter(id -> !compiled.containsKey(id)).forEach(id -> notes.add(
                    rules.get(id).path(), "TF21", "rule " + id + " is not reached from the start; not compiled"));
            endpoints.keySet().stream().filter(id -> !usedEndpoints.contains(id)).forEach(id -> notes.add(
                    endpoints.get(id).path(), "TF21", "endpoint " + id + " is not referenced; not compiled"));
            if (defaultedEth) {
                notes.add(top.path(), "TF4", "EvaluateTargetHealth was absent on some rule references and is taken"
                        + " as true");
            }
        }

        private void collect(JsonValue value, Map<String, JsonFields> into) {
            JsonFields map = value.asObject("TF2");
            if (map == null) {
                return;
            }
            map.entries().forEach((id, v) -> {
                JsonFields f = v.requireObject("TF2");
                if (f != null) {
                    into.put(id, f);
                }
            });
        }

        /** Compiles rule {@code id} into the group at {@code at}; returns false on a cycle. */
        private void rule(String id, DomainName at) {
            compiled.put(id, at);
            inProgress.add(id);
            JsonFields rule = rules.get(id);
            String ruleType = rule.required("RuleType", "TF2").asString("TF2");
            String label = label(id);
            if (ruleType == null) {
                inProgress.remove(id);
                return;
            }
            switch (ruleType) {
                case "failover" -> {
                    rule.rejectUnknown(List.of("RuleType", "Primary", "Secondary"), "TF10");
                    item(rule.required("Primary", "A30"), at, "Primary", new FailoverRouting(FailoverRole.PRIMARY));
                    item(rule.required("Secondary", "A30"), at, "Secondary",
                            new FailoverRouting(FailoverRole.SECONDARY));
                }
                case "weighted" -> {
                    rule.rejectUnknown(List.of("RuleType", "Items"), "TF15");
                    List<JsonValue> items = list(rule.required("Items", "TF15"));
                    for (int i = 0; i < items.size(); i++) {
                        Long weight = number(items.get(i), "Weight", "TF15");
                        if (weight == null && items.get(i).node().isObject() && !items.get(i).node().has("Weight")) {
                            items.get(i).report("TF15", "Weight is required in a weighted rule's items");
                        }
                        item(items.get(i), at, label + "-" + (i + 1), new WeightedRouting(weight == null ? 0 : weight),
                                "Weight");
                    }
                }
                case "latency" -> {
                    rule.rejectUnknown(List.of("RuleType", "Regions"), "TF13");
                    for (JsonValue item : list(rule.required("Regions", "TF13"))) {
                        String region = item.asObject("TF13") == null ? null
                                : item.asObject("TF13").required("Region", "TF13").asString("TF13");
                        item(item, at, region == null ? "?" : region, new LatencyRouting(region == null ? "?" : region),
                                "Region");
                    }
                }
                case "geo" -> {
                    rule.rejectUnknown(List.of("RuleType", "Locations"), "TF11");
                    for (JsonValue item : list(rule.required("Locations", "TF11"))) {
                        JsonFields f = item.asObject("TF11");
                        if (f == null) {
                            continue;
                        }
                        GeoLocation location = Boolean.TRUE.equals(bool(f.field("IsDefault"), "TF11"))
                                ? GeoLocation.defaultLocation()
                                : new GeoLocation(f.field("Continent").asString("TF11"),
                                f.field("Country").asString("TF11"), f.field("Subdivision").asString("TF11"));
                        item(item, at, location.isDefault() ? "default" : location.describe().replace(' ', '-'),
                                new GeolocationRouting(location), "IsDefault", "Continent", "Country", "Subdivision");
                    }
                }
                case "geoproximity" -> {
                    rule.rejectUnknown(List.of("RuleType", "GeoproximityLocations"), "TF12");
                    List<JsonValue> items = list(rule.required("GeoproximityLocations", "TF12"));
                    for (int i = 0; i < items.size(); i++) {
                        JsonFields f = items.get(i).asObject("TF12");
                        if (f == null) {
                            continue;
                        }
                        String region = f.field("Region").asString("TF12");
                        String regionCode = region == null ? null : region.replaceFirst("^aws:route53:", "");
                        GeoProximityLocation location = new GeoProximityLocation(regionCode, null,
                                text(f.field("Latitude")), text(f.field("Longitude")),
                                number(items.get(i), "Bias", "TF12"));
                        item(items.get(i), at, regionCode != null ? regionCode : label + "-" + (i + 1),
                                new GeoproximityRouting(location), "Region", "Latitude", "Longitude", "Bias");
                    }
                }
                case "multivalue" -> {
                    rule.rejectUnknown(List.of("RuleType", "Items"), "TF14");
                    List<JsonValue> items = list(rule.required("Items", "TF14"));
                    for (int i = 0; i < items.size(); i++) {
                        JsonFields f = items.get(i).asObject("TF14");
                        if (f != null && f.has("RuleReference")) {
                            f.field("RuleReference").report("A29", "multivalue items reference endpoints only");
                            continue;
                        }
                        item(items.get(i), at, label + "-" + (i + 1), MultiValueRouting.INSTANCE);
                    }
                }
                default -> rule.field("RuleType").report("TF2", "unknown RuleType " + JsonValue.quote(ruleType)
                        + "; expected failover, geo, geoproximity, latency, multivalue or weighted");
            }
            inProgress.remove(id);
        }

        /** One item of a rule: a record set in the group at {@code at}. */
        private void item(JsonValue value, DomainName at, String setIdentifier, Routing routing, String... extra) {
            JsonFields f = value.asObject("TF4");
            if (f == null) {
                return;
            }
            List<String> known = new ArrayList<>(REF);
            known.addAll(List.of(extra));
            f.rejectUnknown(known, "TF4");
            String healthCheck = f.field("HealthCheck").asString("TF4");
            Boolean eth = bool(f.field("EvaluateTargetHealth"), "TF4");
            boolean endpoint = f.has("EndpointReference");
            if (endpoint == f.has("RuleReference")) {
                f.report("TF4", "exactly one of EndpointReference and RuleReference is required");
                return;
            }
            RecordSet r;
            if (endpoint) {
                JsonValue ref = f.field("EndpointReference");
                String id = ref.asString("TF4");
                r = id == null ? null : endpointRecord(id, ref, at, setIdentifier, routing, healthCheck, eth);
            } else {
                JsonValue ref = f.field("RuleReference");
                String id = ref.asString("TF4");
                if (id == null) {
                    return;
                }
                if (!rules.containsKey(id)) {
                    ref.report("TF21", "no rule " + JsonValue.quote(id));
                    return;
                }
                if (inProgress.contains(id)) {
                    ref.report("TF21", "rule " + id + " refers back to itself (a cycle)");
                    return;
                }
                DomainName target = compiled.get(id);
                if (target == null) {
                    target = name.child(PREFIX + label(id));
                    for (int n = 2; !usedNames.add(target); n++) { // two rule IDs with the same label
                        target = name.child(PREFIX + label(id) + "-" + n);
                    }
                    rule(id, target);
                }
                if (eth == null) {
                    defaultedEth = true;
                }
                r = new RecordSet(at, type, setIdentifier, routing, null, List.of(),
                        new AliasTarget(zoneId, target, eth == null || eth), healthCheck, null);
            }
            if (r != null) {
                out.add(r);
            }
        }

        private RecordSet endpointRecord(String id, JsonValue ref, DomainName at, String setIdentifier,
                                         Routing routing, String healthCheck, Boolean eth) {
            JsonFields endpoint = endpoints.get(id);
            if (endpoint == null) {
                ref.report("TF21", "no endpoint " + JsonValue.quote(id));
                return null;
            }
            usedEndpoints.add(id);
            endpoint.rejectUnknown(ENDPOINT, "TF3");
            String endpointType = endpoint.required("Type", "TF3").asString("TF3");
            String value = endpoint.required("Value", "TF3").asString("TF3");
            if (endpointType == null || value == null) {
                return null;
            }
            switch (endpointType) {
                case "value" -> {
                    return new RecordSet(at, type, setIdentifier, routing, ttl, List.of(value), null, healthCheck, null);
                }
                case "cloudfront" -> {
                    return new RecordSet(at, type, setIdentifier, routing, null, List.of(),
                            new AliasTarget(TrafficFlowExporter.CLOUDFRONT_ZONE, DomainName.of(value), eth != null && eth),
                            healthCheck, null);
                }
                case "elastic-load-balancer", "application-load-balancer", "network-load-balancer",
                        "elastic-beanstalk", "s3-website" -> {
                    endpoint.field("Type").report("TF3", endpointType + " endpoints need the alias hosted zone ID of"
                            + " their Region, which the document does not hold; replace the endpoint with a value or"
                            + " create the alias record by hand");
                    return null;
                }
                default -> {
                    endpoint.field("Type").report("TF3", "unknown endpoint type " + JsonValue.quote(endpointType));
                    return null;
                }
            }
        }

        private List<JsonValue> list(JsonValue value) {
            List<JsonValue> items = value.asArray("TF2");
            return items == null ? List.of() : items;
        }

        /** A number written as a number or a string (TF16), or null when absent. */
        private static Long number(JsonValue item, String field, String rule) {
            JsonFields f = item.asObject(rule);
            if (f == null) {
                return null;
            }
            JsonValue v = f.field(field);
            JsonNode node = v.node();
            if (node.isTextual()) {
                try {
                    return Long.parseLong(node.textValue().strip());
                } catch (NumberFormatException e) {
                    v.report("TF16", "expected a whole number, found " + v.describeFound());
                    return null;
                }
            }
            return v.asLong("TF16");
        }

        /** A boolean written as a boolean or a string (TF16). */
        private static Boolean bool(JsonValue v, String rule) {
            JsonNode node = v.node();
            if (node.isTextual() && (node.textValue().equals("true") || node.textValue().equals("false"))) {
                return Boolean.parseBoolean(node.textValue());
            }
            return v.asBoolean(rule);
        }

        /** A coordinate written as a string or a number (TF16), kept as text. */
        private static String text(JsonValue v) {
            JsonNode node = v.node();
            if (node.isNumber()) {
                return node.asText();
            }
            return v.asString("TF16");
        }

        /** A DNS label from a rule ID: lower case, {@code a-z 0-9 -}, at most 59 characters after the prefix. */
        private static String label(String id) {
            String label = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
            if (label.isEmpty()) {
                label = "rule";
            }
            return label.length() > 59 ? label.substring(0, 59) : label;
        }
    }
}
