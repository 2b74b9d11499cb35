package dev.failoverstudio.io.formats.project;

import dev.failoverstudio.domain.edit.DesignDocument;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An autosaved design a previous run left behind.
 *
 * @param document     the design as autosaved
 * @param originalFile the project file it was opened from or last saved to; empty for a never-saved design
 * @param savedAt      when the autosave was written
 */
public record RecoverableDesign(DesignDocument document, Optional<Path> originalFile, Instant savedAt) {
    public RecoverableDesign {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(originalFile, "originalFile");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
