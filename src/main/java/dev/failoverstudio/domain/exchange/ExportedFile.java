package dev.failoverstudio.domain.exchange;

import java.util.Objects;

/** One exported file: a plain file name (no directories) and its UTF-8 text. */
public record ExportedFile(String name, String text) {
    public ExportedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
    }
}
