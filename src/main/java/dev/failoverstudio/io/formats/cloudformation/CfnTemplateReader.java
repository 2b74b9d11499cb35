package dev.failoverstudio.io.formats.cloudformation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.json.JsonDocuments;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Reads a CloudFormation template, JSON or YAML, into a JSON tree. YAML short-form tags become the long form
 * CloudFormation defines: {@code !Ref X} is {@code {"Ref": "X"}}, {@code !GetAtt A.B} is
 * {@code {"Fn::GetAtt": ["A", "B"]}}, {@code !Condition C} is {@code {"Condition": "C"}} and every other
 * {@code !Name v} is {@code {"Fn::Name": v}} ({@code !Sub}, {@code !Join}, {@code !If}…).
 */
final class CfnTemplateReader {

    private final JsonDocuments json;
    private final YAMLFactory yaml = new YAMLFactory();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    CfnTemplateReader(ObjectMapper mapper) {
        this.json = new JsonDocuments(Objects.requireNonNull(mapper, "mapper"));
    }

    JsonNode read(String file, String text) throws ImportException {
        if (text.stripLeading().startsWith("{")) {
            return json.parse(file, text);
        }
        try (JsonParser parser = yaml.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw failure(file, "the file is empty; expected a CloudFormation template");
            }
            return value(parser);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            String detail = e.getOriginalMessage().lines().findFirst().orElse("");
            throw failure(file, "not valid YAML" + where + ": " + detail);
        } catch (IOException e) {
            throw failure(file, "cannot read the template: " + e.getMessage());
        }
    }

    private static ImportException failure(String file, String message) {
        return new ImportException(List.of(new ImportProblem(file, "$", null, message)));
    }

    /** The value at the parser's current token, with its tag applied. */
    private JsonNode value(JsonParser parser) throws IOException {
        Object tag = parser.getTypeId();
        JsonNode plain = plainValue(parser);
        return tag == null ? plain : tagged(tag.toString(), plain);
    }

    private JsonNode plainValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (object.has(name)) {
                        throw new com.fasterxml.jackson.core.JsonParseException(parser, "duplicate key '" + name + "'");
                    }
                    parser.nextToken();
                    object.set(name, value(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected " + token);
        }
    }

    private JsonNode tagged(String tag, JsonNode value) {
        String name = tag.startsWith("!") ? tag.substring(1) : tag;
        ObjectNode out = nodes.objectNode();
        if (name.equals("Ref") || name.equals("Condition")) {
            out.set(name, value);
        } else if (name.equals("GetAtt") && value.isTextual() && value.textValue().contains(".")) {
            String text = value.textValue();
            int dot = text.indexOf('.');
            out.putArray("Fn::GetAtt").add(text.substring(0, dot)).add(text.substring(dot + 1));
        } else {
            out.set("Fn::" + name, value);
        }
        return out;
    }
}
