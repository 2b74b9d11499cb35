package dev.failoverstudio.ui.vm;

/** What a canvas card stands for. */
public enum CardKind {
    /** A record-set group: one name and type in one zone, with a row per member record set. */
    GROUP,
    /** A health check that record sets refer to. */
    HEALTH_CHECK
}
