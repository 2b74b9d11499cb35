package dev.failoverstudio.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.validate.Problem;

import java.util.List;

/**
 * Writes validation problems as a JSON array for {@code validate --json}: one object per problem with its
 * rule code, severity, Route 53 error name, location and message.
 */
public final class ProblemsWriter {

    private final ObjectMapper mapper;

    public ProblemsWriter(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * @param paths the JSON path of each problem's subject in {@code file}, same order as {@code problems}
     */
    public String write(String file, List<Problem> problems, List<String> paths) {
        ArrayNode array = mapper.createArrayNode();
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            ObjectNode node = array.addObject();
            node.put("code", p.code());
            node.put("severity", p.severity().name());
            if (p.apiError() != null) {
                node.put("apiError", p.apiError());
            }
            node.put("file", file);
            node.put("path", paths.get(i));
            if (p.recordSet() != null) {
                node.put("recordSet", p.recordSet().describe());
            }
            if (p.healthCheckId() != null) {
                node.put("healthCheckId", p.healthCheckId());
            }
            node.put("message", p.message());
        }
        try {
            return mapper.writeValueAsString(array) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise validation problems", e);
        }
    }
}
