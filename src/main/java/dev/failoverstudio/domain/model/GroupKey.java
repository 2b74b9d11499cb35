package dev.failoverstudio.domain.model;

import java.util.Objects;

/** A group: all record sets of one zone with one name and one type (glossary). */
public record GroupKey(DomainName name, RecordType type) {
    public GroupKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public String describe() {
        return name.text() + " " + type;
    }

    @Override
    public String toString() {
        return describe();
    }
}
