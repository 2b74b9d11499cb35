package dev.failoverstudio.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A JSON value together with its {@link JsonPath} and the file's {@link Problems}, so that reading it as the
 * wrong type reports a located problem instead of throwing.
 *
 * <p>Every {@code as…} method returns null when the value is absent ({@code null} in JSON counts as absent)
 * and also when it has the wrong JSON type, in which case a problem citing {@code rule} is recorded.
 */
public final class JsonValue {

    private static final int QUOTE_LIMIT = 40;

    private final JsonNode node;
    private final JsonPath path;
    private final Problems problems;

    JsonValue(JsonNode node, JsonPath path, Problems problems) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = Objects.requireNonNull(path, "path");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** A value found (or built) at {@code path} of a document whose problems go to {@code problems}. */
    public static JsonValue at(JsonNode node, JsonPath path, Problems problems) {
        return new JsonValue(node, path, problems);
    }

    /** The whole document. */
    public static JsonValue root(JsonNode document, Problems problems) {
        return new JsonValue(document, JsonPath.root(), problems);
    }

    public JsonPath path() {
        return path;
    }

    public JsonNode node() {
        return node;
    }

    public Problems problems() {
        return problems;
    }

    /** True unless the value is missing or JSON {@code null}. */
    public boolean isPresent() {
        return !node.isMissingNode() && !node.isNull();
    }

    /** Records a problem located at this value. */
    public void report(String rule, String message) {
        problems.add(path, rule, message);
    }

    /** Reports "is required" when the value is absent; returns this value for chaining. */
    public JsonValue required(String rule) {
        if (!isPresent()) {
            report(rule, "required field is missing");
        }
        return this;
    }

    public String asString(String rule) {
        if (!isPresent()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return wrongType("a string", rule);
    }

    /** A whole number that fits a {@code long} (S11 numbers such as TTL, Weight, Port). */
    public Long asLong(String rule) {
        if (!isPresent()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            if (node.canConvertToLong()) {
                return node.longValue();
            }
            report(rule, "the number " + node.asText() + " is too large");
            return null;
        }
        return wrongType(node.isNumber() ? "a whole number" : "a number", rule);
    }

    /** A whole number that fits an {@code int}. */
    public Integer asInt(String rule) {
        if (!isPresent()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            if (node.canConvertToInt()) {
                return node.intValue();
            }
            report(rule, "the number " + node.asText() + " is too large");
            return null;
        }
        return wrongType(node.isNumber() ? "a whole number" : "a number", rule);
    }

    public Double asDouble(String rule) {
        if (!isPresent()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return wrongType("a number", rule);
    }

    public Boolean asBoolean(String rule) {
        if (!isPresent()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return wrongType("true or false", rule);
    }

    public JsonFields asObject(String rule) {
        if (!isPresent()) {
            return null;
        }
        if (node.isObject()) {
            return new JsonFields((ObjectNode) node, path, problems);
        }
        return wrongType("an object", rule);
    }

    /**
     * Like {@link #asObject} but an absent value is a problem too: "required field is missing" for a missing
     * field, "expected an object, found null" for {@code null} (e.g. an array element).
     */
    public JsonFields requireObject(String rule) {
        if (node.isMissingNode()) {
            report(rule, "required field is missing");
            return null;
        }
        if (node.isNull()) {
            return wrongType("an object", rule);
        }
        return asObject(rule);
    }

    /** The elements of an array, each with its own path. */
    public List<JsonValue> asArray(String rule) {
        if (!isPresent()) {
            return null;
        }
        if (!node.isArray()) {
            return wrongType("an array", rule);
        }
        List<JsonValue> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonValue(node.get(i), path.index(i), problems));
        }
        return elements;
    }

    /** An array of strings; elements of another type are reported and left out. */
    public List<String> asStrings(String rule) {
        List<JsonValue> elements = asArray(rule);
        if (elements == null) {
            return null;
        }
        List<String> strings = new ArrayList<>(elements.size());
        for (JsonValue element : elements) {
            String s = element.isPresent() ? element.asString(rule) : element.wrongType("a string", rule);
            if (s != null) {
                strings.add(s);
            }
        }
        return strings;
    }

    /** Reports that this value should have been {@code expected}, describing what was found; returns null. */
    public <T> T wrongType(String expected, String rule) {
        report(rule, "expected " + expected + ", found " + describeFound());
        return null;
    }

    /** How the value reads in a message: {@code the string "100"}, {@code the number 1.5}, {@code an array}. */
    public String describeFound() {
        if (node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "the string " + quote(node.textValue());
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return node.isArray() ? "an array" : "an object";
    }

    /** {@code "text"}, shortened with an ellipsis when long. */
    public static String quote(String text) {
        String shown = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text;
        return "\"" + shown + "\"";
    }
}
