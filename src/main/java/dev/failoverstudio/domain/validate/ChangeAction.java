package dev.failoverstudio.domain.validate;

/** What a change does to a record set (V1, API:Change). */
public enum ChangeAction {
    /** Adds a record set; fails when one with the same name, type and set identifier exists (V3). */
    CREATE,
    /** Removes a record set that matches exactly, every field and every value (V4). */
    DELETE,
    /** Creates the record set or replaces the one with the same name, type and set identifier (V5). */
    UPSERT
}
