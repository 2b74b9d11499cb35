package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.RecordType;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A DNS question: a name and a type. The type is kept as text so that types Route 53 does not store
 * (ANY, LOC…) can still be asked (R32).
 */
public record Query(DomainName name, String type) {

    public Query {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        type = type.strip().toUpperCase(Locale.ROOT);
    }

    public static Query of(String name, String type) {
        return new Query(DomainName.of(name), type);
    }

    public static Query of(String name, RecordType type) {
        return new Query(DomainName.of(name), type.name());
    }

    /** The record type, when Route 53 supports it (R10). */
    public Optional<RecordType> recordType() {
        return RecordType.parse(type);
    }

    /** ANY, AXFR, IXFR and the other meta types Route 53 does not answer from record sets (R32). */
    public boolean isMetaType() {
        return switch (type) {
            case "ANY", "*", "AXFR", "IXFR", "MAILA", "MAILB", "OPT", "TSIG", "TKEY" -> true;
            default -> false;
        };
    }
}
