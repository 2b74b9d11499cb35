package dev.failoverstudio.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.drill.AnswerInfo;
import dev.failoverstudio.domain.drill.AssertionOutcome;
import dev.failoverstudio.domain.drill.DrillAssertion;
import dev.failoverstudio.domain.drill.DrillResult;
import dev.failoverstudio.domain.drill.HealthTimeline;
import dev.failoverstudio.domain.drill.KeyFigures;

/**
 * Writes a drill result as JSON for {@code drill --json}: the key figures (instants and durations), the
 * answers with their final shares, every health-status change, and the assertion outcomes. The time series
 * are left to the CSV export.
 */
public final class DrillReportWriter {

    private final ObjectMapper mapper;

    public DrillReportWriter(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public String write(String file, DrillResult result) {
        ObjectNode root = mapper.createObjectNode();
        root.put("file", file);
        root.put("drill", result.drill().name());
        root.put("seed", result.seed());
        ObjectNode query = root.putObject("query");
        query.put("name", result.drill().query().name().text());
        query.put("type", result.drill().query().type());
        ObjectNode world = root.putObject("simulation");
        world.put("durationSeconds", result.drill().durationSeconds());
        world.put("stepSeconds", result.drill().stepSeconds());
        world.put("queriesPerSecond", result.drill().queriesPerSecond());
        world.put("resolvers", result.drill().resolvers().count());
        world.put("locations", result.drill().population().locations().size());
        world.put("populationSource", result.drill().population().source());
        world.put("resolutions", result.resolutions());
        KeyFigures f = result.figures();
        ObjectNode figures = root.putObject("figures");
        put(figures, "incidentAt", f.incidentAt());
        put(figures, "detectedAt", f.detectedAt());
        figures.put("affectedShare", f.affectedShare());
        put(figures, "moved50At", f.moved50At());
        put(figures, "moved99At", f.moved99At());
        put(figures, "fullFailoverAt", f.fullFailoverAt());
        put(figures, "restoredAt", f.restoredAt());
        put(figures, "recoveryDetectedAt", f.recoveryDetectedAt());
        put(figures, "back99At", f.back99At());
        put(figures, "fullyBackAt", f.fullyBackAt());
        for (KeyFigures.Name name : KeyFigures.Name.values()) {
            put(figures, name.jsonName(), f.duration(name));
        }
        root.put("unhealthyQueries", Math.round(result.unhealthyQueries()));
        ArrayNode answers = root.putArray("answers");
        int last = result.times().length - 1;
        for (int a = 0; a < result.answers().size(); a++) {
            AnswerInfo info = result.answers().get(a);
            ObjectNode node = answers.addObject();
            node.put("answer", info.label());
            node.put("rcode", info.rcode().name());
            node.put("finalShare", result.shareByAnswer()[a][last]);
        }
        ArrayNode changes = root.putArray("healthChanges");
        for (HealthTimeline.StatusChange c : result.health().changes()) {
            ObjectNode node = changes.addObject();
            node.put("at", c.at());
            node.put("healthCheckId", c.healthCheckId());
            node.put("healthy", c.healthy());
            node.put("reason", c.reason());
            node.put("rule", c.rule());
        }
        ArrayNode assertions = root.putArray("assertions");
        for (AssertionOutcome o : result.outcomes()) {
            ObjectNode node = assertions.addObject();
            node.put("path", o.assertion().label());
            node.put("kind", o.assertion() instanceof DrillAssertion.Figure ? "figure" : "share");
            node.put("passed", o.passed());
            node.put("detail", o.detail());
        }
        root.put("passed", result.allAssertionsHold());
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a drill report is always serialisable", e);
        }
    }

    private static void put(ObjectNode node, String name, Double value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
