package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.resolve.Rcode;
import dev.failoverstudio.domain.scenario.Expectation;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps a query's {@code expect} object (scenario-format.md "expect"). Its fields belong to the scenario
 * format, not to a numbered spec rule, so its problems carry no rule ID. A misspelt field is an error (it
 * would otherwise silently drop an expectation), and so is half of a pair: {@code distribution} without
 * {@code tolerance}, {@code subsetOf} without {@code size}, or the other way round.
 */
final class ExpectationMapper {

    private static final List<String> FIELDS = List.of("rcode", "answers", "oneOf", "distribution", "tolerance",
            "subsetOf", "size", "ttl", "answerType");

    Expectation map(JsonFields fields) {
        fields.rejectUnknown(FIELDS, null);
        String rcode = rcode(fields.field("rcode"));
        Set<String> answers = valueSet(fields.field("answers"));
        List<Set<String>> oneOf = oneOf(fields.field("oneOf"));
        Map<String, Double> distribution = distribution(fields.field("distribution"));
        Double tolerance = fraction(fields.field("tolerance"));
        List<String> subsetOf = fields.field("subsetOf").asStrings(null);
        Integer size = size(fields.field("size"));
        Long ttl = fields.field("ttl").asLong(null);
        String answerType = answerType(fields.field("answerType"));
        requirePair(fields, "distribution", "tolerance");
        requirePair(fields, "subsetOf", "size");
        return new Expectation(rcode, answers, oneOf, distribution, tolerance,
                subsetOf == null ? null : List.copyOf(subsetOf), size, ttl, answerType);
    }

    private static String rcode(JsonValue value) {
        String text = value.asString(null);
        if (text == null) {
            return null;
        }
        for (Rcode rcode : Rcode.values()) {
            if (rcode.name().equalsIgnoreCase(text.strip())) {
                return rcode.name();
            }
        }
        value.report(null, "unknown rcode " + JsonValue.quote(text) + "; expected one of "
                + Arrays.stream(Rcode.values()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    private static Set<String> valueSet(JsonValue value) {
        List<String> values = value.asStrings(null);
        return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    private static List<Set<String>> oneOf(JsonValue value) {
        List<JsonValue> alternatives = value.asArray(null);
        if (alternatives == null) {
            return null;
        }
        List<Set<String>> sets = new ArrayList<>();
        for (JsonValue alternative : alternatives) {
            Set<String> set = alternative.isPresent()
                    ? valueSet(alternative)
                    : alternative.wrongType("an array of answer values", null);
            if (set != null) {
                sets.add(set);
            }
        }
        return List.copyOf(sets);
    }

    private static Map<String, Double> distribution(JsonValue value) {
        JsonFields fields = value.asObject(null);
        if (fields == null) {
            return null;
        }
        Map<String, Double> fractions = new LinkedHashMap<>();
        fields.entries().forEach((answer, fraction) -> {
            Double f = fraction.isPresent() ? fraction(fraction) : fraction.wrongType("a number", null);
            if (f != null) {
                fractions.put(answer, f);
            }
        });
        return Collections.unmodifiableMap(fractions);
    }

    /** A number from 0 to 1. */
    private static Double fraction(JsonValue value) {
        Double number = value.asDouble(null);
        if (number != null && (number < 0 || number > 1)) {
            value.report(null, "expected a fraction from 0 to 1, found " + value.node().asText());
            return null;
        }
        return number;
    }

    private static Integer size(JsonValue value) {
        Integer size = value.asInt(null);
        if (size != null && size < 0) {
            value.report(null, "size cannot be negative, found " + size);
            return null;
        }
        return size;
    }

    private static String answerType(JsonValue value) {
        String text = value.asString(null);
        if (text == null) {
            return null;
        }
        return RecordType.parse(text).map(Enum::name).orElseGet(() -> {
            value.report(null, "unknown record type " + JsonValue.quote(text));
            return null;
        });
    }

    private static void requirePair(JsonFields fields, String first, String second) {
        boolean hasFirst = fields.has(first);
        boolean hasSecond = fields.has(second);
        if (hasFirst && !hasSecond) {
            fields.field(second).report(null, second + " is required with " + first);
        } else if (hasSecond && !hasFirst) {
            fields.field(first).report(null, first + " is required with " + second);
        }
    }
}
