package dev.failoverstudio.io.json;

/**
 * A location inside a JSON document in JSONPath notation: {@code $}, {@code $.queries[2].expect},
 * {@code $.healthState['hc-1']}. Field names that are not plain identifiers use the bracket form, so every
 * path names exactly one place. Immutable.
 */
public final class JsonPath {

    private static final JsonPath ROOT = new JsonPath("$");

    private final String text;

    private JsonPath(String text) {
        this.text = text;
    }

    /** The document itself, {@code $}. */
    public static JsonPath root() {
        return ROOT;
    }

    /** The member {@code name} of the object at this path. */
    public JsonPath field(String name) {
        if (isIdentifier(name)) {
            return new JsonPath(text + "." + name);
        }
        return new JsonPath(text + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
    }

    /**
     * True for {@code [A-Za-z_][A-Za-z0-9_]*}. Checked by hand, not by a regular expression: every field read
     * builds a path, and a 2,000 record set project reads tens of thousands of fields.
     */
    private static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The element {@code index} (from 0) of the array at this path. */
    public JsonPath index(int index) {
        return new JsonPath(text + "[" + index + "]");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPath other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
