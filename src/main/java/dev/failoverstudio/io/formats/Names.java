package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.io.json.JsonValue;

/** Reads domain names (R1): any case, with or without the trailing dot, literal characters or escapes. */
final class Names {

    private Names() {
    }

    /**
     * The canonical name, or null when absent, not a string (reported under {@code typeRule}) or not a
     * name (reported under R1).
     */
    static DomainName read(JsonValue value, String typeRule) {
        String text = value.asString(typeRule);
        return text == null ? null : parse(value, text);
    }

    /** Parses {@code text}, reporting an unparseable name at {@code where} under R1. */
    static DomainName parse(JsonValue where, String text) {
        try {
            return DomainName.of(text);
        } catch (IllegalArgumentException e) {
            where.report("R1", "not a valid domain name: " + e.getMessage());
            return null;
        }
    }
}
