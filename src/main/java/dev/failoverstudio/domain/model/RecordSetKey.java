package dev.failoverstudio.domain.model;

import java.util.Objects;

/** The identity of a record set inside a zone: name, type and set identifier (R4, V3). */
public record RecordSetKey(DomainName name, RecordType type, String setIdentifier) {
    public RecordSetKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** {@code www.example.com. A [eu-primary]} — how messages and traces name a record set. */
    public String describe() {
        return name.text() + " " + type + (setIdentifier == null ? "" : " [" + setIdentifier + "]");
    }

    @Override
    public String toString() {
        return describe();
    }
}
