package dev.failoverstudio.domain.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How scenario expectations compare answer values (scenario-format.md "expect"): exactly as stored, except
 * that domain names inside CNAME, NS, PTR, MX, SRV and similar values compare case-insensitively, with or
 * without the trailing dot.
 */
public final class AnswerValues {

    private AnswerValues() {
    }

    /** The comparable form of one value of an answer of type {@code answerType}. */
    public static String normalize(String answerType, String value) {
        if (value == null || answerType == null) {
            return value;
        }
        String v = value.strip();
        switch (answerType.toUpperCase(Locale.ROOT)) {
            case "CNAME", "NS", "PTR":
                return name(v);
            case "MX":
                return lastFieldIsName(v, 2);
            case "SRV":
                return lastFieldIsName(v, 4);
            default:
                return value;
        }
    }

    public static Set<String> normalizeAll(String answerType, Collection<String> values) {
        Set<String> out = new TreeSet<>();
        for (String v : values) {
            out.add(normalize(answerType, v));
        }
        return out;
    }

    private static String lastFieldIsName(String v, int fields) {
        String[] parts = v.split("\\s+");
        if (parts.length != fields) {
            return v;
        }
        parts[fields - 1] = name(parts[fields - 1]);
        return String.join(" ", parts);
    }

    private static String name(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") && lower.length() > 1 ? lower.substring(0, lower.length() - 1) : lower;
    }
}
