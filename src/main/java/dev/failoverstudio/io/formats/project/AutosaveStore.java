package dev.failoverstudio.io.formats.project;

import dev.failoverstudio.io.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.json.JsonDocuments;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;
import dev.failoverstudio.io.json.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The autosave copy of an unsaved design in a given directory, and its recovery after a crash.
 *
 * <p>The copy is one file, {@value #FILE_NAME}: {@code {"autosaveVersion": 1, "savedAt": ISO-8601,
 * "originalFile": path (absent for a never-saved design), "project": <project file object>}}, written
 * atomically, so a crash during an autosave leaves the previous copy whole. A clean save or exit calls
 * {@link #discard()}; a copy still there at the next start is what a crashed run left behind. A copy that
 * cannot be read is not offered, and is left in place rather than deleted. Holds no mutable state; callers
 * should not run two saves of one store at the same time (the later rename wins, whole).
 */
public final class AutosaveStore {

    /** The autosave file's name inside the directory. */
    public static final String FILE_NAME = "autosave.json";
    private static final int AUTOSAVE_VERSION = 1;
    private static final List<String> FIELDS = List.of("autosaveVersion", "savedAt", "originalFile", "project");

    private final Path file;
    private final ProjectFiles files;
    private final Clock clock;

    public AutosaveStore(Path directory, ProjectFiles files) {
        this(directory, files, Clock.systemUTC());
    }

    /** @param clock gives the timestamp of each save (tests pass a fixed clock) */
    public AutosaveStore(Path directory, ProjectFiles files, Clock clock) {
        this.file = Objects.requireNonNull(directory, "directory").resolve(FILE_NAME);
        this.files = Objects.requireNonNull(files, "files");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Where the copy lives. */
    public Path file() {
        return file;
    }

    /** Writes the autosave copy atomically, replacing the previous one; creates the directory if needed. */
    public void save(DesignDocument doc, Optional<Path> originalFile) throws IOException {
        ObjectNode root = files.mapper().createObjectNode();
        root.put("autosaveVersion", AUTOSAVE_VERSION);
        root.put("savedAt", clock.instant().toString());
        originalFile.ifPresent(p -> root.put("originalFile", p.toAbsolutePath().toString()));
        String check = files.toJson(doc);
        try {
            files.read(file.toString(), check);
        } catch (ImportException e) {
            throw new IOException("the design cannot be autosaved as it is: " + e.getMessage(), e);
        }
        root.set("project", files.tree(doc));
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, files.text(root).getBytes(StandardCharsets.UTF_8));
    }

    /** What a previous run left behind (it did not call {@link #discard()}); empty when nothing or unreadable. */
    public Optional<RecoverableDesign> recoverable() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(read());
        } catch (ImportException e) {
            return Optional.empty();
        }
    }

    /** Removes the autosave copy (after a clean save or exit, or when the user declines to restore). */
    public void discard() throws IOException {
        Files.deleteIfExists(file);
    }

    private RecoverableDesign read() throws ImportException {
        JsonDocuments documents = new JsonDocuments(files.mapper());
        String name = file.toString();
        JsonNode tree = documents.parse(name, documents.readText(file));
        Problems problems = new Problems(name);
        JsonFields top = JsonValue.root(tree, problems).requireObject(ProjectFields.RULE_SHAPE);
        if (top == null) {
            return null;
        }
        top.rejectUnknown(FIELDS, ProjectFields.RULE_SHAPE);
        Long version = top.required("autosaveVersion", ProjectFields.RULE_VERSION).asLong(ProjectFields.RULE_VERSION);
        if (version == null || version != AUTOSAVE_VERSION) {
            return null;
        }
        JsonValue savedAtValue = top.required("savedAt", ProjectFields.RULE_SHAPE);
        String savedAtText = savedAtValue.asString(ProjectFields.RULE_SHAPE);
        String original = top.field("originalFile").asString(ProjectFields.RULE_SHAPE);
        DesignDocument doc = files.readTree(top.required("project", ProjectFields.RULE_SHAPE));
        if (!problems.isEmpty() || doc == null || savedAtText == null) {
            return null;
        }
        try {
            Optional<Path> originalFile = original == null ? Optional.empty() : Optional.of(Path.of(original));
            return new RecoverableDesign(doc, originalFile, Instant.parse(savedAtText));
        } catch (DateTimeParseException | InvalidPathException e) {
            return null;
        }
    }
}
