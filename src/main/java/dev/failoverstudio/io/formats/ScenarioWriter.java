package dev.failoverstudio.io.formats;

import dev.failoverstudio.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.scenario.Expectation;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.scenario.ScenarioQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a {@link Scenario} as a scenario file (scenario-format.md) that {@link ScenarioReader} reads back to
 * an equal design and queries. The Route 53 parts are written by {@link Route53JsonWriter}, so they are exactly
 * the API shapes; the scenario's own parts (health state, resource catalog, queries, expectations) follow the
 * format's field tables.
 *
 * <p>A scenario holds one hosted zone: the design must have exactly one. What the format cannot say is left
 * out: the last-known status of CloudWatch checks (HC14 LastKnownStatus history), and a resource's stated
 * health when it also has target-group counts (the counts are written; a resource stated down is written
 * {@code "healthy": false}, which is what Route 53 would see).
 */
public final class ScenarioWriter {

    private final ObjectMapper mapper;
    private final Route53JsonWriter route53;

    /** @param mapper the application's mapper from {@link dev.failoverstudio.io.json.ObjectMappers#create()} */
    public ScenarioWriter(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.route53 = new Route53JsonWriter(mapper);
    }

    /** Writes atomically (see {@link AtomicFiles}). */
    public void write(Scenario scenario, Path file) throws IOException {
        AtomicFiles.write(file, toJson(scenario));
    }

    /**
     * One hosted zone of {@code design} as a scenario file without queries, so an imported design can be
     * validated, resolved and checked by the other commands; {@code title} may be null.
     */
    public String write(Design design, HostedZone zone, String title) {
        ObjectNode root = designParts(design, zone, title, null);
        root.putArray("queries");
        return text(root);
    }

    /** The scenario file's text. */
    public String toJson(Scenario scenario) {
        return text(tree(scenario));
    }

    /** The scenario file's JSON tree, for files that add their own members to it (saved drills). */
    public ObjectNode tree(Scenario scenario) {
        Design design = scenario.design();
        if (design.zones().size() != 1) {
            throw new IllegalArgumentException("a scenario holds exactly one hosted zone, the design has "
                    + design.zones().size());
        }
        ObjectNode root = designParts(design, design.zones().get(0), scenario.title(), scenario.description());
        ArrayNode queries = root.putArray("queries");
        for (ScenarioQuery query : scenario.queries()) {
            queries.add(query(query));
        }
        return root;
    }

    /**
     * The parts of a scenario file that describe the design (title and description when not null, zone, record sets, health checks, health
     * state, CIDR collections, resource catalog) for {@code zone}, the health checks and the rest of {@code
     * design}; formats that embed a design, such as drill files, add their own fields to it.
     */
    public ObjectNode designParts(Design design, HostedZone zone, String title, String description) {
        ObjectNode root = mapper.createObjectNode();
        putIfPresent(root, "title", title);
        putIfPresent(root, "description", description);
        root.put("zone", zone.origin().text());
        root.put("hostedZoneId", zone.id());
        root.set("resourceRecordSets", route53.recordSetArray(zone.recordSets()));
        if (!design.healthChecks().isEmpty()) {
            root.set("healthChecks", route53.healthCheckArray(design.healthChecks()));
        }
        if (!design.healthSnapshot().observations().isEmpty()) {
            ObjectNode state = root.putObject("healthState");
            new TreeMap<>(design.healthSnapshot().observations()).forEach((id, o) -> state.set(id, observation(o)));
        }
        if (!design.cidrCollections().isEmpty()) {
            root.set("cidrCollections", route53.cidrCollectionArray(design.cidrCollections()));
        }
        if (!design.resourceCatalog().isEmpty()) {
            ObjectNode catalog = root.putObject("resourceCatalog");
            for (AwsResource resource : design.resourceCatalog().all()) {
                catalog.set(resource.dnsName().text(), resource(resource));
            }
        }
        return root;
    }

    /** Pretty-printed, with a final line break. */
    public String text(ObjectNode root) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a JSON tree", e);
        }
    }

    private JsonNode observation(HealthObservation observation) {
        if (observation instanceof HealthObservation.Uniform uniform) {
            return mapper.getNodeFactory().booleanNode(uniform.passing());
        }
        if (observation instanceof HealthObservation.PerRegion perRegion) {
            ObjectNode node = mapper.createObjectNode();
            ObjectNode regions = node.putObject("checkerRegions");
            perRegion.checkerRegions().forEach(regions::put);
            return node;
        }
        return mapper.getNodeFactory().textNode("INSUFFICIENT_DATA");
    }

    private ObjectNode resource(AwsResource resource) {
        ObjectNode node = mapper.createObjectNode();
        if (resource.kind() != null) {
            node.put("kind", resource.kind().code());
        }
        strings(node.putArray("ipv4"), resource.ipv4());
        if (!resource.ipv6().isEmpty()) {
            strings(node.putArray("ipv6"), resource.ipv6());
        }
        if (!resource.targetGroups().isEmpty() && !Boolean.FALSE.equals(resource.healthy())) {
            ArrayNode groups = node.putObject("healthy").putArray("targetGroups");
            for (TargetGroupHealth group : resource.targetGroups()) {
                ObjectNode g = groups.addObject();
                g.put("name", group.name());
                g.put("registered", group.registeredTargets());
                g.put("healthy", group.healthyTargets());
            }
        } else if (resource.healthy() != null) {
            node.put("healthy", resource.healthy());
        }
        if (resource.ttl() != null) {
            node.put("ttl", resource.ttl());
        }
        return node;
    }

    private ObjectNode query(ScenarioQuery query) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", query.query().name().text());
        node.put("type", query.query().type());
        node.set("client", client(query.client()));
        putIfPresent(node, "comment", query.comment());
        Expectation e = query.expect();
        if (e != null) {
            ObjectNode expect = node.putObject("expect");
            putIfPresent(expect, "rcode", e.rcode());
            if (e.answers() != null) {
                strings(expect.putArray("answers"), new TreeSet<>(e.answers()));
            }
            if (e.oneOf() != null) {
                ArrayNode oneOf = expect.putArray("oneOf");
                for (Set<String> set : e.oneOf()) {
                    strings(oneOf.addArray(), new TreeSet<>(set));
                }
            }
            if (e.distribution() != null) {
                ObjectNode distribution = expect.putObject("distribution");
                new TreeMap<>(e.distribution()).forEach(distribution::put);
                if (e.tolerance() != null) {
                    expect.put("tolerance", e.tolerance());
                }
            }
            if (e.subsetOf() != null) {
                strings(expect.putArray("subsetOf"), e.subsetOf());
                if (e.size() != null) {
                    expect.put("size", e.size());
                }
            }
            if (e.ttl() != null) {
                expect.put("ttl", e.ttl());
            }
            putIfPresent(expect, "answerType", e.answerType());
        }
        return node;
    }

    private ObjectNode client(ClientContext c) {
        return ClientJson.write(c);
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
