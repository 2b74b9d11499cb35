package dev.failoverstudio.domain.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A fully qualified DNS name in the canonical form of spec rule R1.
 *
 * <p>Invariants: {@link #text()} is lower case (ASCII letters only), ends with exactly one dot, and uses
 * literal characters for everything except a dot inside a label ({@code \056}) and a backslash
 * ({@code \134}), so two spellings of one name ({@code \052.Example.COM} and {@code *.example.com.})
 * yield equal objects. Labels are never empty, except that the root is {@code "."}.
 */
public final class DomainName implements Comparable<DomainName> {

    public static final DomainName ROOT = new DomainName(".");

    private final String text;
    /** Computed on first use; a race only computes the same value twice. */
    private int wireLength = -1;

    private DomainName(String text) {
        this.text = text;
    }

    /**
     * Parses a name as users and the Route 53 API write it: with or without the trailing dot, any case,
     * literal characters or {@code \ooo} octal escapes (R1).
     *
     * @throws IllegalArgumentException when the name is empty, has an empty label or a broken escape
     */
    public static DomainName of(String name) {
        if (name == null) {
            throw new IllegalArgumentException("a domain name is required");
        }
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a domain name is required");
        }
        if (trimmed.equals(".")) {
            return ROOT;
        }
        StringBuilder out = new StringBuilder(trimmed.length() + 1);
        int labelLength = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '\\') {
                int decoded;
                if (isOctalEscape(trimmed, i)) {
                    decoded = Integer.parseInt(trimmed.substring(i + 1, i + 4), 8);
                    i += 3;
                } else if (i + 1 < trimmed.length()) {
                    decoded = trimmed.charAt(i + 1);
                    i += 1;
                } else {
                    throw new IllegalArgumentException("name '" + name + "' ends with a lone backslash");
                }
                appendLabelChar(out, (char) decoded);
                labelLength++;
            } else if (c == '.') {
                if (labelLength == 0) {
                    throw new IllegalArgumentException("name '" + name + "' has an empty label");
                }
                out.append('.');
                labelLength = 0;
            } else {
                appendLabelChar(out, c);
                labelLength++;
            }
        }
        if (labelLength > 0) {
            out.append('.');
        }
        return new DomainName(out.toString());
    }

    private static boolean isOctalEscape(String s, int backslash) {
        if (backslash + 3 >= s.length()) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            char d = s.charAt(backslash + k);
            if (d < '0' || d > '7') {
                return false;
            }
        }
        return true;
    }

    private static void appendLabelChar(StringBuilder out, char c) {
        if (c == '.') {
            out.append("\\056");
        } else if (c == '\\') {
            out.append("\\134");
        } else if (c >= 'A' && c <= 'Z') {
            out.append((char) (c + ('a' - 'A')));
        } else {
            out.append(c);
        }
    }

    /** The canonical text, e.g. {@code www.example.com.}; the root is {@code "."}. */
    public String text() {
        return text;
    }

    public boolean isRoot() {
        return this == ROOT || text.equals(".");
    }

    /** The labels from left to right, in canonical text form (escapes kept). */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        if (isRoot()) {
            return labels;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                labels.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return labels;
    }

    public int labelCount() {
        if (isRoot()) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                n++;
            }
        }
        return n;
    }

    /** The leftmost label, or the empty string for the root. */
    public String firstLabel() {
        if (isRoot()) {
            return "";
        }
        return text.substring(0, text.indexOf('.'));
    }

    /** The name with its leftmost label removed; the root has no parent and returns {@code null}. */
    public DomainName parent() {
        if (isRoot()) {
            return null;
        }
        int dot = text.indexOf('.');
        String rest = text.substring(dot + 1);
        return rest.isEmpty() ? ROOT : new DomainName(rest);
    }

    /** True when this name equals {@code ancestor} or lies below it. */
    public boolean isAtOrBelow(DomainName ancestor) {
        if (ancestor.isRoot()) {
            return true;
        }
        if (text.length() == ancestor.text.length()) {
            return text.equals(ancestor.text);
        }
        return text.length() > ancestor.text.length()
                && text.endsWith(ancestor.text)
                && text.charAt(text.length() - ancestor.text.length() - 1) == '.';
    }

    /** True when this name lies strictly below {@code ancestor}. */
    public boolean isStrictlyBelow(DomainName ancestor) {
        return !equals(ancestor) && isAtOrBelow(ancestor);
    }

    /** True when the leftmost label is exactly {@code *} (a wildcard per R24/V15). */
    public boolean isWildcard() {
        return text.startsWith("*.") || text.equals("*.");
    }

    /** {@code *.<this name>}. */
    public DomainName wildcardChild() {
        return new DomainName(isRoot() ? "*." : "*." + text);
    }

    /** {@code <label>.<this name>}; the label is given in literal form. */
    public DomainName child(String label) {
        return of(escapeLabel(label) + "." + (isRoot() ? "" : text));
    }

    private static String escapeLabel(String label) {
        StringBuilder out = new StringBuilder();
        for (char c : label.toCharArray()) {
            if (c == '.' || c == '\\') {
                out.append(String.format("\\%03o", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The length in wire format (labels with their length bytes plus the root byte), for R2/V14. */
    public int wireLength() {
        int known = wireLength;
        if (known < 0) {
            known = computeWireLength();
            wireLength = known;
        }
        return known;
    }

    private int computeWireLength() {
        int total = 1;
        for (String label : labels()) {
            total += 1 + labelByteLength(label);
        }
        return total;
    }

    /** The byte length of every label after un-escaping, left to right. */
    public List<Integer> labelByteLengths() {
        List<Integer> lengths = new ArrayList<>();
        for (String label : labels()) {
            lengths.add(labelByteLength(label));
        }
        return lengths;
    }

    private static int labelByteLength(String label) {
        int bytes = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '\\') {
                i += 3;
                bytes += 1;
            } else {
                bytes += c < 0x80 ? 1 : String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return bytes;
    }

    /**
     * The API presentation form (R1, S1): every character other than {@code a-z 0-9 - _} inside a label
     * written as a three-digit octal escape, e.g. {@code \052.example.com.}.
     */
    public String apiForm() {
        if (isRoot()) {
            return ".";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append(text, i, i + 4);
                i += 3;
            } else if (c == '.' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                out.append(c);
            } else if (c < 256) {
                out.append(String.format("\\%03o", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainName other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Route 53 listing order (S3): by labels read right to left, so {@code example.com.} precedes
     * {@code a.example.com.}.
     */
    @Override
    public int compareTo(DomainName other) {
        List<String> a = labels();
        List<String> b = other.labels();
        int i = a.size() - 1;
        int j = b.size() - 1;
        while (i >= 0 && j >= 0) {
            int c = a.get(i).compareTo(b.get(j));
            if (c != 0) {
                return c;
            }
            i--;
            j--;
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public String toString() {
        return text;
    }
}
