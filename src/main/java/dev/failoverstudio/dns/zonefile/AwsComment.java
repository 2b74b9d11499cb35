package dev.failoverstudio.dns.zonefile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The structured comment that carries what RFC 1035 cannot say (routing policy, set identifier, health check,
 * alias target): {@code ; AWS key="value" key="value"}, in the spirit of the cli53 zone dialect
 * (peers-and-formats §5 H). Values are always quoted; {@code \"} and {@code \\} escape inside them.
 */
final class AwsComment {

    static final String MARKER = "AWS";

    private AwsComment() {
    }

    /** {@code ; AWS k="v" ...}, or the empty string when there is nothing to say. */
    static String format(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("; ").append(MARKER);
        fields.forEach((k, v) -> {
            out.append(' ').append(k);
            if (!v.isEmpty()) { // an empty value is a bare keyword such as RECORD; it reads back as ""
                out.append("=\"").append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        });
        return out.toString();
    }

    /** True when the comment text (after the {@code ;}) is an AWS comment. */
    static boolean isAws(String comment) {
        String text = comment.strip();
        return text.equals(MARKER) || text.startsWith(MARKER + " ");
    }

    /**
     * The fields of a comment's text (after the {@code ;}), or null when it is not an AWS comment.
     *
     * @throws IllegalArgumentException when it is an AWS comment but not well formed
     */
    static Map<String, String> parse(String comment) {
        String text = comment.strip();
        if (!text.equals(MARKER) && !text.startsWith(MARKER + " ")) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int i = MARKER.length();
        while (true) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= text.length()) {
                return fields;
            }
            int keyEnd = i;
            while (keyEnd < text.length() && text.charAt(keyEnd) != '=' && text.charAt(keyEnd) != ' ') {
                keyEnd++;
            }
            String key = text.substring(i, keyEnd);
            if (keyEnd >= text.length() || text.charAt(keyEnd) == ' ') {
                fields.put(key, ""); // a keyword such as RECORD
                i = keyEnd;
                continue;
            }
            if (keyEnd + 1 >= text.length() || text.charAt(keyEnd + 1) != '"') {
                throw new IllegalArgumentException("the value of '" + key + "' must be in double quotes");
            }
            StringBuilder value = new StringBuilder();
            int j = keyEnd + 2;
            boolean closed = false;
            while (j < text.length() && !closed) {
                char c = text.charAt(j);
                if (c == '\\' && j + 1 < text.length()) {
                    value.append(text.charAt(j + 1));
                    j += 2;
                } else {
                    closed = c == '"';
                    if (!closed) {
                        value.append(c);
                    }
                    j++;
                }
            }
            if (!closed) {
                throw new IllegalArgumentException("the value of '" + key + "' has no closing quote");
            }
            fields.put(key, value.toString());
            i = j;
        }
    }
}
