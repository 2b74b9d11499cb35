package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheckTag;

import java.util.ArrayList;
import java.util.List;

/**
 * Parsing of inspector text with Route 53's ranges; every failure is an IllegalArgumentException with a message.
 * Public so other editors of the same fields (the drill editor's record-set events) parse them alike.
 */
public final class Parse {

    private Parse() {
    }

    public static long range(String text, String field, long min, long max) {
        long v;
        try {
            v = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number from " + min + " to " + max + ".");
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(field + " must be from " + min + " to " + max + "; " + v + " is not.");
        }
        return v;
    }

    static String decimal(String text, String field, double min, double max) {
        String t = text.strip();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a decimal number from " + min + " to " + max + ".");
        }
        if (v < min || v > max || Double.isNaN(v)) {
            throw new IllegalArgumentException(field + " must be from " + min + " to " + max + "; " + t + " is not.");
        }
        return t;
    }

    static DomainName name(String text) {
        try {
            return DomainName.of(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a DNS name: " + e.getMessage());
        }
    }

    /** Null for an empty text (simple routing has no set identifier, R3). */
    static String setIdentifier(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        return maxLength(t, "Set identifier", 128);
    }

    static String maxLength(String text, String field, int max) {
        if (text.length() > max) {
            throw new IllegalArgumentException(field + " is limited to " + max + " characters.");
        }
        return text;
    }

    /** Values split at commas and line breaks, blanks dropped. TXT values keep their quotes. */
    public static List<String> values(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,\\n]")) {
            String t = part.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Health-check tags typed as {@code Key=Value, Key=Value} (split at the first {@code =}; Route 53 tag characters
     * include no comma). Refuses what Route 53 would: a key twice, an empty key or one over 128 characters, a
     * value over 256, more than 50 tags (API:Tag, DG:health-checks-tagging.md; no numbered rule in the spec).
     */
    static List<HealthCheckTag> tags(String text) {
        List<HealthCheckTag> tags = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String part : values(text)) {
            int eq = part.indexOf('=');
            String key = (eq < 0 ? part : part.substring(0, eq)).strip();
            String value = eq < 0 ? "" : part.substring(eq + 1).strip();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("A tag needs a key before '=': " + part);
            }
            if (key.length() > 128) {
                throw new IllegalArgumentException("Tag keys have at most 128 characters (API:Tag).");
            }
            if (value.length() > 256) {
                throw new IllegalArgumentException("Tag values have at most 256 characters (API:Tag).");
            }
            if (!keys.add(key)) {
                throw new IllegalArgumentException("Tag key " + key + " is given twice; Route 53 keeps one value per key.");
            }
            tags.add(new HealthCheckTag(key, value));
        }
        if (tags.size() > 50) {
            throw new IllegalArgumentException("A health check has at most 50 tags (DG:health-checks-tagging.md).");
        }
        return tags;
    }

    static List<String> regions(String text) {
        List<String> regions = values(text);
        if (!regions.isEmpty() && regions.size() < 3) {
            throw new IllegalArgumentException("Give at least three checker Regions (HC10), or none for the defaults.");
        }
        return regions;
    }
}
