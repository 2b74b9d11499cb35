package dev.failoverstudio.io.formats.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillAssertion;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.PopulationLocation;
import dev.failoverstudio.domain.drill.ResolverBehaviour;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.io.formats.Route53JsonWriter;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a {@link Drill} as the {@code drill} object {@link DrillReader} reads, so a design file can save its
 * drills and a drill read back equals the drill written. The world default population is written as
 * {@code "world"}; record sets in {@code upsert} events in the Route 53 shape (S1).
 */
public final class DrillWriter {

    private final ObjectMapper mapper;
    private final Route53JsonWriter route53;

    public DrillWriter(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper").copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.route53 = new Route53JsonWriter(mapper);
    }

    public String write(Drill drill) {
        try {
            return mapper.writeValueAsString(toJson(drill));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a drill is always serialisable", e);
        }
    }

    public ObjectNode toJson(Drill drill) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", drill.name());
        if (drill.description() != null) {
            node.put("description", drill.description());
        }
        node.putObject("query").put("name", drill.query().name().text()).put("type", drill.query().type());
        node.put("durationSeconds", drill.durationSeconds());
        node.put("stepSeconds", drill.stepSeconds());
        node.put("queriesPerSecond", drill.queriesPerSecond());
        if (WorldPopulation.SOURCE.equals(drill.population().source())) {
            node.put("population", "world");
        } else {
            ObjectNode population = node.putObject("population");
            population.put("source", drill.population().source());
            ArrayNode locations = population.putArray("locations");
            for (PopulationLocation l : drill.population().locations()) {
                ObjectNode location = locations.addObject();
                location.put("name", l.name());
                location.put("group", l.group());
                location.set("client", client(l.client()));
                location.put("share", l.share());
            }
        }
        ObjectNode resolvers = node.putObject("resolvers");
        resolvers.put("count", drill.resolvers().count());
        ArrayNode classes = resolvers.putArray("classes");
        for (ResolverBehaviour.ResolverClass c : drill.resolvers().classes()) {
            classes.addObject().put("share", c.share()).put("minimumCacheSeconds", c.minimumCacheSeconds());
        }
        if (!drill.regionEndpoints().isEmpty()) {
            node.set("regions", stringSets(drill.regionEndpoints()));
        }
        if (!drill.endpointChecks().isEmpty()) {
            node.set("endpoints", stringSets(drill.endpointChecks()));
        }
        ArrayNode events = node.putArray("events");
        drill.events().forEach(e -> events.add(event(e)));
        ArrayNode assertions = node.putArray("assertions");
        drill.assertions().forEach(a -> assertions.add(assertion(a)));
        return node;
    }

    private ObjectNode client(ClientContext c) {
        ObjectNode node = mapper.createObjectNode();
        putIf(node, "continent", c.continent());
        putIf(node, "country", c.country());
        putIf(node, "subdivision", c.subdivision());
        putIf(node, "region", c.region());
        if (c.latitude() != null) {
            node.put("latitude", c.latitude());
        }
        if (c.longitude() != null) {
            node.put("longitude", c.longitude());
        }
        putIf(node, "ip", c.ip());
        putIf(node, "ecsSubnet", c.ecsSubnet());
        return node;
    }

    private ObjectNode stringSets(Map<String, Set<String>> map) {
        ObjectNode node = mapper.createObjectNode();
        map.forEach((k, v) -> {
            ArrayNode array = node.putArray(k);
            v.stream().sorted().forEach(array::add);
        });
        return node;
    }

    private ObjectNode event(DrillEvent event) {
        ObjectNode node = mapper.createObjectNode();
        node.put("at", event.at());
        if (event instanceof DrillEvent.HealthCheckObserved h) {
            node.put("healthCheck", h.healthCheckId());
            node.put("state", switch (h.observed()) {
                case UP -> "up";
                case DOWN -> "down";
                case INSUFFICIENT_DATA -> "insufficientData";
            });
            checkerRegions(node, h.checkerRegions());
        } else if (event instanceof DrillEvent.EndpointState e) {
            node.put("endpoint", e.endpoint());
            node.put("state", e.up() ? "up" : "down");
            if (e.timesOut()) {
                node.put("failure", "timeout");
            }
            checkerRegions(node, e.checkerRegions());
        } else if (event instanceof DrillEvent.RegionState r) {
            node.put("region", r.region());
            node.put("state", r.up() ? "up" : "down");
            if (r.timesOut()) {
                node.put("failure", "timeout");
            }
        } else if (event instanceof DrillEvent.HealthCheckSwitch s) {
            node.put("healthCheck", s.healthCheckId());
            if (s.disabled() != null) {
                node.put("disabled", s.disabled());
            }
            if (s.inverted() != null) {
                node.put("inverted", s.inverted());
            }
        } else if (event instanceof DrillEvent.SetWeight w) {
            node.set("setWeight", key(w.recordSet()).put("weight", w.weight()));
        } else if (event instanceof DrillEvent.UpsertRecordSet u) {
            node.set("upsert", recordSet(u));
        } else if (event instanceof DrillEvent.DeleteRecordSet d) {
            node.set("delete", key(d.recordSet()));
        }
        return node;
    }

    private JsonNode recordSet(DrillEvent.UpsertRecordSet u) {
        try {
            return mapper.readTree(route53.writeRecordSets(List.of(u.recordSet())))
                    .get("ResourceRecordSets").get(0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the Route 53 writer writes JSON", e);
        }
    }

    private ObjectNode key(RecordSetKey key) {
        ObjectNode node = mapper.createObjectNode();
        node.put("Name", key.name().text());
        node.put("Type", key.type().name());
        putIf(node, "SetIdentifier", key.setIdentifier());
        return node;
    }

    private void checkerRegions(ObjectNode node, Set<String> regions) {
        if (!regions.isEmpty()) {
            ArrayNode array = node.putArray("checkerRegions");
            regions.stream().sorted().forEach(array::add);
        }
    }

    private ObjectNode assertion(DrillAssertion assertion) {
        ObjectNode node = mapper.createObjectNode();
        if (assertion instanceof DrillAssertion.Figure f) {
            node.put("figure", f.figure().jsonName());
            bounds(node, f.atLeast(), f.atMost());
            return node;
        }
        DrillAssertion.Share s = (DrillAssertion.Share) assertion;
        if (s.from() == s.to()) {
            node.put("at", s.from());
        } else {
            node.put("from", s.from());
            node.put("to", s.to());
        }
        DrillAssertion.Clients c = s.clients();
        if (!c.equals(DrillAssertion.Clients.ALL)) {
            ObjectNode clients = node.putObject("clients");
            putIf(clients, "location", c.location());
            putIf(clients, "group", c.group());
            putIf(clients, "country", c.country());
            putIf(clients, "continent", c.continent());
        }
        if (s.target().value() != null) {
            node.put("answer", s.target().value());
        } else if (s.target().region() != null) {
            node.put("answerInRegion", s.target().region());
        } else {
            node.put("unhealthy", true);
        }
        bounds(node, s.atLeast(), s.atMost());
        return node;
    }

    private static void bounds(ObjectNode node, Double atLeast, Double atMost) {
        if (atLeast != null) {
            node.put("atLeast", atLeast);
        }
        if (atMost != null) {
            node.put("atMost", atMost);
        }
    }

    private static void putIf(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
