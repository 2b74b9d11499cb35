package dev.failoverstudio.io.json;

import java.util.regex.Pattern;

/**
 * A location inside a JSON document in JSONPath notation: {@code $}, {@code $.queries[2].expect},
 * {@code $.healthState['hc-1']}. Field names that are not plain identifiers use the bracket form, so every
 * path names exactly one place. Immutable.
 */
public final class JsonPath {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
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
        if (IDENTIFIER.matcher(name).matches()) {
            return new JsonPath(text + "." + name);
        }
        return new JsonPath(text + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
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
