package dev.failoverstudio.domain.exchange;

import java.util.Objects;

/**
 * Something the user must know about an export: a field the format cannot carry, a record set left out, a
 * step to do by hand. Nothing is left out of an export without a note.
 *
 * @param subject what the note is about (a record set, a health check ID, a file), or null for the whole export
 * @param rule    the spec rule behind it (e.g. {@code V9}), or null
 */
public record ExportNote(String subject, String rule, String message) {
    public ExportNote {
        Objects.requireNonNull(message, "message");
    }

    /** {@code subject: message (rule)}. */
    public String describe() {
        return (subject == null ? "" : subject + ": ") + message + (rule == null ? "" : " (" + rule + ")");
    }
}
