package dev.failoverstudio.io.formats.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes a CloudFormation template tree as block-style YAML with the short intrinsic-function tags people
 * write by hand: {@code {"Ref": "X"}} as {@code !Ref X} and {@code {"Fn::GetAtt": ["A", "B"]}} as
 * {@code !GetAtt A.B}. Strings are double-quoted with JSON escapes (valid YAML), so no value can be mistaken
 * for a number, a boolean or a tag.
 */
final class CfnYamlWriter {

    private CfnYamlWriter() {
    }

    static String write(JsonNode template) {
        StringBuilder out = new StringBuilder();
        writeMapping(template, 0, out);
        return out.toString();
    }

    private static void writeMapping(JsonNode object, int indent, StringBuilder out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            pad(indent, out);
            out.append(key(e.getKey())).append(':');
            writeValue(e.getValue(), indent, out);
        }
    }

    /** Writes the value after {@code key:} or {@code -}, ending with a newline. */
    private static void writeValue(JsonNode value, int indent, StringBuilder out) {
        String shortForm = shortForm(value);
        if (shortForm != null) {
            out.append(' ').append(shortForm).append('\n');
        } else if (value.isObject() && value.size() > 0) {
            out.append('\n');
            writeMapping(value, indent + 2, out);
        } else if (value.isArray() && value.size() > 0) {
            out.append('\n');
            for (JsonNode element : value) {
                pad(indent + 2, out);
                out.append('-');
                if (element.isObject() && element.size() > 0 && shortForm(element) == null) {
                    // "- Key: value" with the following keys aligned under the first
                    StringBuilder inner = new StringBuilder();
                    writeMapping(element, indent + 4, inner);
                    out.append(' ').append(inner.substring(indent + 4));
                } else {
                    writeValue(element, indent + 2, out);
                }
            }
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static String shortForm(JsonNode value) {
        if (!value.isObject() || value.size() != 1) {
            return null;
        }
        JsonNode ref = value.get("Ref");
        if (ref != null && ref.isTextual()) {
            return "!Ref " + ref.textValue();
        }
        JsonNode getAtt = value.get("Fn::GetAtt");
        if (getAtt != null && getAtt.isArray() && getAtt.size() == 2 && getAtt.get(0).isTextual()
                && getAtt.get(1).isTextual()) {
            return "!GetAtt " + getAtt.get(0).textValue() + "." + getAtt.get(1).textValue();
        }
        return null;
    }

    private static String scalar(JsonNode value) {
        if (value.isObject()) {
            return "{}";
        }
        if (value.isArray()) {
            return "[]";
        }
        if (value.isTextual()) {
            return value.toString(); // a JSON string literal is a YAML double-quoted scalar
        }
        return value.asText(); // numbers, booleans, null
    }

    private static String key(String key) {
        return key.matches("[A-Za-z0-9_:]+") && !key.contains("::") ? key : "\"" + key.replace("\"", "\\\"") + "\"";
    }

    private static void pad(int indent, StringBuilder out) {
        out.append(" ".repeat(indent));
    }
}
