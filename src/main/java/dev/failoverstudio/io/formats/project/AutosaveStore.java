package dev.failoverstudio.io.formats.project;

import dev.failoverstudio.domain.edit.DesignDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The autosave copy of an unsaved design in a given directory, and its recovery after a crash. The copy is a
 * project file (see {@link ProjectFiles}) plus the original path and a timestamp, written atomically, so a
 * crash during an autosave leaves the previous copy intact.
 */
public final class AutosaveStore {

    private final Path directory;
    private final ProjectFiles files;

    public AutosaveStore(Path directory, ProjectFiles files) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** Writes the autosave copy atomically, replacing the previous one. */
    public void save(DesignDocument doc, Optional<Path> originalFile) throws IOException {
        throw new UnsupportedOperationException("AutosaveStore.save is not implemented yet");
    }

    /** What a previous run left behind (it did not call {@link #discard()}); empty when nothing or unreadable. */
    public Optional<RecoverableDesign> recoverable() {
        throw new UnsupportedOperationException("AutosaveStore.recoverable is not implemented yet");
    }

    /** Removes the autosave copy (after a clean save or exit, or when the user declines to restore). */
    public void discard() throws IOException {
        throw new UnsupportedOperationException("AutosaveStore.discard is not implemented yet");
    }
}
