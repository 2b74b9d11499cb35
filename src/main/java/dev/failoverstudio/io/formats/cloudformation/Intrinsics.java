package dev.failoverstudio.io.formats.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.io.json.JsonPath;
import dev.failoverstudio.io.json.Problems;

import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the intrinsic functions of a template as far as a design needs, without a deployed stack:
 * {@code Ref} to a parameter (its {@code Default}), to a health check or a CIDR collection (its ID), {@code
 * Fn::GetAtt <check>.HealthCheckId} and {@code <collection>.Id}, {@code Fn::Sub} (string or [string, variables]), {@code Fn::Join}, {@code Fn::Select}
 * and {@code AWS::NoValue}. Anything else (pseudo parameters such as {@code AWS::Region}, conditions, other
 * resources' attributes) cannot be known offline and is reported at its JSON path; the value is then null.
 */
final class Intrinsics {

    /** Marks a member whose value is {@code Ref AWS::NoValue}: the member is left out, as CloudFormation does. */
    static final JsonNode NO_VALUE = JsonNodeFactory.instance.textNode("\u0000AWS::NoValue");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final Map<String, JsonNode> parameters;
    private final Map<String, String> refValues;
    private final Map<String, String> attributes;
    private final Map<String, String> resourceTypes;
    private final Problems problems;

    /**
     * @param parameters     parameter name → default value (null when it has none)
     * @param refValues      logical ID → what {@code Ref} of it gives (a health check's or CIDR collection's ID)
     * @param attributes     {@code <logical ID>.<attribute>} → its value (e.g. {@code Check.HealthCheckId})
     * @param resourceTypes  logical ID of every resource → its type, for messages
     */
    Intrinsics(Map<String, JsonNode> parameters, Map<String, String> refValues, Map<String, String> attributes,
               Map<String, String> resourceTypes, Problems problems) {
        this.parameters = parameters;
        this.refValues = refValues;
        this.attributes = attributes;
        this.resourceTypes = resourceTypes;
        this.problems = problems;
    }

    /** The value with every intrinsic function replaced, or null when one could not be resolved (reported). */
    JsonNode resolve(JsonNode node, JsonPath path) {
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            if (key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::")) {
                return function(key, node.get(key), path.field(key));
            }
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode value = resolve(e.getValue(), path.field(e.getKey()));
                if (value == null) {
                    ok = false;
                } else if (value != NO_VALUE) {
                    out.set(e.getKey(), value);
                }
            }
            return ok ? out : null;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            boolean ok = true;
            for (int i = 0; i < node.size(); i++) {
                JsonNode value = resolve(node.get(i), path.index(i));
                if (value == null) {
                    ok = false;
                } else if (value != NO_VALUE) {
                    out.add(value);
                }
            }
            return ok ? out : null;
        }
        return node;
    }

    private JsonNode function(String name, JsonNode argument, JsonPath path) {
        return switch (name) {
            case "Ref" -> argument.isTextual() ? ref(argument.textValue(), path) : fail(path, "Ref takes a name");
            case "Fn::GetAtt" -> getAtt(argument, path);
            case "Fn::Sub" -> sub(argument, path);
            case "Fn::Join" -> join(argument, path);
            case "Fn::Select" -> select(argument, path);
            default -> fail(path, name.replace("Fn::", "Fn::") + " cannot be resolved without deploying the stack;"
                    + " replace it with a literal value");
        };
    }

    private JsonNode ref(String name, JsonPath path) {
        if (name.equals("AWS::NoValue")) {
            return NO_VALUE;
        }
        if (parameters.containsKey(name)) {
            JsonNode value = parameters.get(name);
            return value != null ? value : fail(path, "parameter " + name + " has no Default; give the template"
                    + " a Default for it");
        }
        if (refValues.containsKey(name)) {
            return JsonNodeFactory.instance.textNode(refValues.get(name));
        }
        if (name.startsWith("AWS::")) {
            return fail(path, "the pseudo parameter " + name + " is only known in a deployed stack");
        }
        if (resourceTypes.containsKey(name)) {
            return fail(path, "Ref " + name + " (" + resourceTypes.get(name) + ") is only known in a deployed stack");
        }
        return fail(path, "Ref " + name + " names no parameter or resource of the template");
    }

    private JsonNode getAtt(JsonNode argument, JsonPath path) {
        String resource;
        String attribute;
        if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual() && argument.get(1).isTextual()) {
            resource = argument.get(0).textValue();
            attribute = argument.get(1).textValue();
        } else if (argument.isTextual() && argument.textValue().contains(".")) {
            int dot = argument.textValue().indexOf('.');
            resource = argument.textValue().substring(0, dot);
            attribute = argument.textValue().substring(dot + 1);
        } else {
            return fail(path, "Fn::GetAtt takes [resource, attribute]");
        }
        return attribute(resource, attribute, path);
    }

    private JsonNode attribute(String resource, String attribute, JsonPath path) {
        String value = attributes.get(resource + "." + attribute);
        if (value != null) {
            return JsonNodeFactory.instance.textNode(value);
        }
        if (resourceTypes.containsKey(resource)) {
            return fail(path, resource + "." + attribute + " (" + resourceTypes.get(resource) + ") is only known in"
                    + " a deployed stack");
        }
        return fail(path, "Fn::GetAtt " + resource + "." + attribute + " names no resource of the template");
    }

    private JsonNode sub(JsonNode argument, JsonPath path) {
        String template;
        JsonNode variables = null;
        if (argument.isTextual()) {
            template = argument.textValue();
        } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual()
                && argument.get(1).isObject()) {
            template = argument.get(0).textValue();
            variables = argument.get(1);
        } else {
            return fail(path, "Fn::Sub takes a string or [string, {variables}]");
        }
        StringBuilder out = new StringBuilder();
        Matcher m = SUB_VARIABLE.matcher(template);
        int last = 0;
        boolean ok = true;
        while (m.find()) {
            out.append(template, last, m.start());
            last = m.end();
            String name = m.group(1);
            if (name.startsWith("!")) {
                out.append("${").append(name.substring(1)).append('}'); // ${!Literal} stays literal
                continue;
            }
            JsonNode value;
            if (variables != null && variables.has(name)) {
                value = resolve(variables.get(name), path.index(1).field(name));
            } else if (name.contains(".")) {
                value = attribute(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1), path);
            } else {
                value = ref(name, path);
            }
            if (value == null || !value.isValueNode() || value == NO_VALUE) {
                ok = false;
                if (value != null) {
                    fail(path, "${" + name + "} is not a plain value");
                }
            } else {
                out.append(value.asText());
            }
        }
        out.append(template.substring(last));
        return ok ? JsonNodeFactory.instance.textNode(out.toString()) : null;
    }

    private JsonNode join(JsonNode argument, JsonPath path) {
        if (!argument.isArray() || argument.size() != 2 || !argument.get(0).isTextual()) {
            return fail(path, "Fn::Join takes [delimiter, [values]]");
        }
        JsonNode list = resolve(argument.get(1), path.index(1));
        if (list == null) {
            return null;
        }
        if (!list.isArray()) {
            return fail(path, "Fn::Join takes [delimiter, [values]]");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isValueNode()) {
                return fail(path.index(1).index(i), "Fn::Join joins plain values only");
            }
            out.append(i == 0 ? "" : argument.get(0).textValue()).append(list.get(i).asText());
        }
        return JsonNodeFactory.instance.textNode(out.toString());
    }

    private JsonNode select(JsonNode argument, JsonPath path) {
        if (!argument.isArray() || argument.size() != 2) {
            return fail(path, "Fn::Select takes [index, [values]]");
        }
        JsonNode index = resolve(argument.get(0), path.index(0));
        JsonNode list = resolve(argument.get(1), path.index(1));
        if (index == null || list == null) {
            return null;
        }
        int i;
        try {
            i = Integer.parseInt(index.asText());
        } catch (NumberFormatException e) {
            return fail(path.index(0), "the index of Fn::Select must be a number");
        }
        if (!list.isArray() || i < 0 || i >= list.size()) {
            return fail(path, "Fn::Select index " + i + " is outside the list");
        }
        return list.get(i);
    }

    private JsonNode fail(JsonPath path, String message) {
        problems.add(path, null, message);
        return null;
    }
}
