package dev.failoverstudio.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.io.formats.ClientJson;
import dev.failoverstudio.domain.resolve.Resolution;
import dev.failoverstudio.domain.resolve.TraceStep;
import dev.failoverstudio.domain.scenario.QueryRun;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the {@code resolve} command's JSON document exactly as scenario-format.md specifies: a title and one
 * result per query, in query order, with the first resolution's answers and trace and, when sampled, the
 * outcome counts.
 */
public final class ResolveReportWriter {

    private final ObjectMapper mapper;

    public ResolveReportWriter(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public String write(String title, List<QueryRun> runs) {
        ObjectNode root = mapper.createObjectNode();
        if (title != null) {
            root.put("title", title);
        }
        ArrayNode results = root.putArray("results");
        for (QueryRun run : runs) {
            results.add(result(run));
        }
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a resolve report", e);
        }
    }

    private ObjectNode result(QueryRun run) {
        Resolution r = run.first();
        ObjectNode node = mapper.createObjectNode();
        node.put("name", run.query().query().name().text());
        node.put("type", run.query().query().type());
        node.set("client", client(run.query().client()));
        node.put("rcode", r.rcode().name());
        if (r.answerType() != null) {
            node.put("answerType", r.answerType());
        } else {
            node.putNull("answerType");
        }
        if (r.ttl() != null) {
            node.put("ttl", r.ttl());
        } else {
            node.putNull("ttl");
        }
        ArrayNode answers = node.putArray("answers");
        r.answers().forEach(answers::add);
        ArrayNode trace = node.putArray("trace");
        for (TraceStep step : r.trace()) {
            ObjectNode s = trace.addObject();
            s.put("step", step.step());
            if (step.recordSet() != null) {
                s.put("recordSet", step.recordSet());
            }
            s.put("decision", step.decision());
            s.put("rule", step.rule());
            s.put("depth", step.depth());
        }
        if (run.sampled()) {
            ObjectNode samples = node.putObject("samples");
            samples.put("total", run.total());
            ArrayNode outcomes = samples.putArray("outcomes");
            for (QueryRun.Outcome o : run.outcomes()) {
                ObjectNode out = outcomes.addObject();
                ArrayNode values = out.putArray("answers");
                new ArrayList<>(o.answers()).forEach(values::add);
                if (!"NOERROR".equals(o.rcode())) {
                    out.put("rcode", o.rcode());
                }
                out.put("count", o.count());
            }
        }
        return node;
    }

    private ObjectNode client(ClientContext c) {
        return ClientJson.write(c);
    }
}
