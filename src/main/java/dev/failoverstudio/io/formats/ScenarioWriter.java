package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;

import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes one hosted zone of a design as a scenario file (scenario-format.md) without queries, so an imported
 * design can be validated, resolved and checked by the other commands. Record sets, health checks and CIDR
 * collections are written exactly as {@link Route53JsonWriter} writes them, so {@link ScenarioReader} reads the
 * same design back. Observed health and the resource catalog are not written (imports carry neither).
 */
public final class ScenarioWriter {

    private final ObjectMapper mapper;
    private final Route53JsonWriter route53;

    public ScenarioWriter(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.route53 = new Route53JsonWriter(mapper);
    }

    /** The scenario text for {@code zone} of {@code design}; {@code title} may be null. */
    public String write(Design design, HostedZone zone, String title) {
        try {
            ObjectNode document = mapper.createObjectNode();
            if (title != null) {
                document.put("title", title);
            }
            document.put("zone", zone.origin().text());
            document.put("hostedZoneId", zone.id());
            document.set("resourceRecordSets", tree(route53.writeRecordSets(zone.recordSets()))
                    .get("ResourceRecordSets"));
            if (!design.healthChecks().isEmpty()) {
                document.set("healthChecks", tree(route53.writeHealthChecks(design.healthChecks())).get("HealthChecks"));
            }
            if (!design.cidrCollections().isEmpty()) {
                document.set("cidrCollections", tree(route53.writeCidrCollections(design.cidrCollections())));
            }
            document.putArray("queries");
            return mapper.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a JSON tree", e);
        }
    }

    private JsonNode tree(String json) throws JsonProcessingException {
        return mapper.readTree(json);
    }
}
