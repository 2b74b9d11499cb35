package dev.failoverstudio.io.formats.changebatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Moves JSON in the AWS CLI's shape into the AWS SDK for Java v2 model and back, member by member, using only
 * the SDK's own field metadata ({@link SdkPojo#sdkFields()}): a member the SDK model does not have, or a value of
 * the wrong JSON type, is collected as a problem rather than ignored.
 */
final class SdkModelJson {

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    /** Fills a fresh builder from {@code json} and builds it. */
    @SuppressWarnings("unchecked")
    <T> T build(Supplier<? extends SdkPojo> builder, JsonNode json, String path) {
        SdkPojo target = builder.get();
        fill(target, json, path);
        return (T) ((SdkBuilder<?, ?>) target).build();
    }

    private void fill(SdkPojo builder, JsonNode json, String path) {
        if (!json.isObject()) {
            problems.add(path + ": expected an object");
            return;
        }
        Map<String, SdkField<?>> fields = new java.util.HashMap<>();
        builder.sdkFields().forEach(f -> fields.put(f.memberName(), f));
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            SdkField<?> field = fields.get(member.getKey());
            if (field == null) {
                problems.add(path + "." + member.getKey() + ": not a member of the SDK model " + fields.keySet());
                continue;
            }
            field.set(builder, value(field, member.getValue(), path + "." + member.getKey()));
        }
    }

    private Object value(SdkField<?> field, JsonNode json, String path) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return expect(json.isTextual(), json, path, "a string") ? json.textValue() : null;
        }
        if (type == MarshallingType.INTEGER) {
            return expect(json.canConvertToInt() && json.isIntegralNumber(), json, path, "an integer")
                    ? json.intValue() : null;
        }
        if (type == MarshallingType.LONG) {
            return expect(json.isIntegralNumber(), json, path, "a long") ? json.longValue() : null;
        }
        if (type == MarshallingType.BOOLEAN) {
            return expect(json.isBoolean(), json, path, "a boolean") ? json.booleanValue() : null;
        }
        if (type == MarshallingType.SDK_POJO) {
            return build(field.constructor(), json, path);
        }
        if (type == MarshallingType.LIST) {
            if (!expect(json.isArray(), json, path, "an array")) {
                return null;
            }
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < json.size(); i++) {
                values.add(value(member, json.get(i), path + "[" + i + "]"));
            }
            return values;
        }
        problems.add(path + ": unsupported SDK marshalling type " + type);
        return null;
    }

    private boolean expect(boolean ok, JsonNode json, String path, String what) {
        if (!ok) {
            problems.add(path + ": expected " + what + ", found " + json);
        }
        return ok;
    }

    /** The SDK object as JSON, member names as the model spells them; unset members are left out. */
    static JsonNode toJson(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof SdkPojo pojo) {
            ObjectNode node = nodes.objectNode();
            for (SdkField<?> field : pojo.sdkFields()) {
                Object member = field.getValueOrDefault(pojo);
                if (member == null || member instanceof software.amazon.awssdk.core.util.SdkAutoConstructList<?>) {
                    continue;
                }
                node.set(field.memberName(), toJson(member));
            }
            return node;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(v -> array.add(toJson(v)));
            return array;
        }
        if (value instanceof String s) {
            return nodes.textNode(s);
        }
        if (value instanceof Integer i) {
            return nodes.numberNode(i);
        }
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        throw new IllegalArgumentException("unexpected SDK value " + value);
    }
}
