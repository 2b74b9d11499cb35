package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.Objects;

/** A member row: a record set identified by its zone and its key (name, type, set identifier; R4). */
public record MemberKey(String zoneId, RecordSetKey key) {
    public MemberKey {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(key, "key");
    }
}
