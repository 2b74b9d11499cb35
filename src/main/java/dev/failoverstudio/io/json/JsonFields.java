package dev.failoverstudio.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object read field by field: every field comes back as a {@link JsonValue} that knows its path.
 * Route 53 API objects ignore fields they do not know (AWS adds fields over time); the simulator's own
 * objects call {@link #rejectUnknown} so that a misspelt field is reported rather than silently dropped.
 */
public final class JsonFields {

    private final ObjectNode node;
    private final JsonPath path;
    private final Problems problems;

    JsonFields(ObjectNode node, JsonPath path, Problems problems) {
        this.node = Objects.requireNonNull(node, "node");
        this.path = Objects.requireNonNull(path, "path");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    public JsonPath path() {
        return path;
    }

    public Problems problems() {
        return problems;
    }

    /** The field {@code name}; absent fields give an absent value, never null. */
    public JsonValue field(String name) {
        return new JsonValue(node.get(name), path.field(name), problems);
    }

    /** The field {@code name}, reporting a problem citing {@code rule} when it is absent. */
    public JsonValue required(String name, String rule) {
        return field(name).required(rule);
    }

    /** True when the field is present and not JSON {@code null}. */
    public boolean has(String name) {
        return field(name).isPresent();
    }

    /** Every field in document order. */
    public Map<String, JsonValue> entries() {
        Map<String, JsonValue> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            entries.put(entry.getKey(), new JsonValue(entry.getValue(), path.field(entry.getKey()), problems));
        }
        return entries;
    }

    /** Records a problem located at this object. */
    public void report(String rule, String message) {
        problems.add(path, rule, message);
    }

    /**
     * Reports every field not in {@code known}, suggesting the closest known name ("did you mean
     * 'answers'?") when there is a likely one.
     */
    public void rejectUnknown(Collection<String> known, String rule) {
        for (String name : new ArrayList<>(entries().keySet())) {
            if (!known.contains(name)) {
                String hint = FieldNameHints.closest(name, known)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("; known fields: " + String.join(", ", known));
                problems.add(path.field(name), rule, "unknown field '" + name + "'" + hint);
            }
        }
    }
}
