package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.formats.project.AutosaveStore;
import dev.failoverstudio.io.formats.project.ProjectFiles;
import dev.failoverstudio.io.formats.project.RecoverableDesign;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The designer's files: New, Open, Import, Save, Save As, the recent-files list, the window title with its unsaved
 * marker, and the autosave copy. Reading and writing run on the background executor; results come back on the UI
 * executor. A file that cannot be read leaves the open design untouched and reports where it is broken.
 */
public final class DocumentFilesViewModel {

    // ---- Properties
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private int readsUnderway;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    private final DesignerViewModel designer;
    private final ProjectFiles projectFiles;
    private final AutosaveStore autosave;
    private final SettingsStore settings;
    private final Executor background;
    private final Executor ui;
    private final DesignFileImporter importer;
    private NameQuestion nameQuestion = NameQuestion.SUGGESTION;
    private RecoverableDesign pendingRecovery;

    /** @param importer reads every import format (File > Import) */
    public DocumentFilesViewModel(DesignerViewModel designer, ProjectFiles projectFiles, DesignFileImporter importer,
                                  AutosaveStore autosave, SettingsStore settings, Executor background, Executor ui) {
        this.designer = designer;
        this.projectFiles = projectFiles;
        this.importer = java.util.Objects.requireNonNull(importer, "importer");
        this.autosave = autosave;
        this.settings = settings;
        this.background = background;
        this.ui = ui;
        recentFiles.setAll(settings.load().recentFiles());
        file.addListener((o, a, b) -> updateTitle());
        designer.dirtyProperty().addListener((o, a, b) -> updateTitle());
        updateTitle();
    }

    /**
     * True while a design file is being read in the background (Open, the last design at startup); the window
     * completes its first frame once the design it is reading is in.
     */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The file the design was opened from or last saved to; null for a new or imported design. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** {@code *name.json — Failover Studio}; the star marks unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The last failure to read or write a file, for a dialog; {@link #clearError()} after showing it. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void clearError() {
        error.set(null);
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public boolean isDirty() {
        return designer.dirtyProperty().get();
    }

    // ---- Commands

    public void newDesign() {
        designer.replaceDocument(DesignDocument.empty());
        file.set(null);
        designer.setStatus("New design.");
    }

    /**
     * Opens {@code doc} as a new, untitled design (a bundled sample): Save asks where to keep it, so the original is
     * never overwritten.
     */
    public void openUntitled(DesignDocument doc, String description) {
        designer.replaceDocument(doc);
        file.set(null);
        designer.setStatus("Opened " + description + " as a new design; Save As keeps it.");
    }

    /** Opens a project file (or a scenario file, or Route 53 list output) as the file to save back to. */
    public void open(Path path) {
        read(path, true, null);
    }

    /** Like {@link #open}, then runs {@code done} on the UI executor with whether it worked. */
    public void open(Path path, Consumer<Boolean> done) {
        read(path, true, done);
    }

    /**
     * Imports any file the {@code import} command reads (zone file, CloudFormation template, Traffic Flow policy,
     * change batch, Route 53 list output, scenario or project file; the format is detected) as a new, untitled
     * design laid out automatically. A Traffic Flow policy's record name is asked through the {@link NameQuestion}
     * on the UI executor. A file that cannot be imported leaves the open design untouched and puts its located
     * problems in {@link #errorProperty()}.
     */
    public void importFile(Path path) {
        designer.setStatus("Reading " + path.getFileName() + "…");
        Design open = designer.document().design();
        background.execute(() -> {
            try {
                DesignFileImporter.Pending pending = importer.read(path);
                ui.execute(() -> askName(path, pending, open));
            } catch (ImportException e) {
                String message = describe("Cannot import ", path, e);
                ui.execute(() -> fail(message, null));
            } catch (IOException | RuntimeException e) {
                String message = "Cannot import " + path + ": " + e;
                ui.execute(() -> fail(message, null));
            }
        });
    }

    /** Who answers when an import needs a name (the view sets a dialog); the suggestion is taken by default. */
    public void setNameQuestion(NameQuestion question) {
        this.nameQuestion = question == null ? NameQuestion.SUGGESTION : question;
    }

    private void askName(Path path, DesignFileImporter.Pending pending, Design open) {
        Optional<DesignFileImporter.NameRequest> request = pending.nameRequest(open);
        String name = null;
        if (request.isPresent()) {
            Optional<String> answer = nameQuestion.ask(request.get()).map(String::strip).filter(a -> !a.isEmpty());
            if (answer.isEmpty()) {
                designer.setStatus("Import of " + path.getFileName() + " cancelled.");
                return;
            }
            name = answer.get();
        }
        String chosen = name;
        background.execute(() -> {
            try {
                DesignFileImporter.ImportedDesign imported = pending.finish(open, chosen);
                ui.execute(() -> {
                    designer.replaceDocument(imported.document());
                    file.set(null);
                    designer.setStatus("Imported " + path.getFileName() + " (" + pending.formatTitle() + ")"
                            + notes(imported.notes()));
                });
            } catch (ImportException e) {
                String message = describe("Cannot import ", path, e);
                ui.execute(() -> fail(message, null));
            } catch (RuntimeException e) {
                String message = "Cannot import " + path + ": " + e;
                ui.execute(() -> fail(message, null));
            }
        });
    }

    private static String notes(List<String> notes) {
        if (notes.isEmpty()) {
            return ".";
        }
        return "; " + notes.size() + (notes.size() == 1 ? " note: " : " notes, first: ") + notes.get(0);
    }

    private void read(Path path, boolean keepPath, Consumer<Boolean> done) {
        designer.setStatus("Reading " + path.getFileName() + "…");
        readsUnderway++;
        reading.set(true);
        background.execute(() -> {
            try {
                DesignDocument doc = projectFiles.read(path);
                ui.execute(() -> {
                    readDone();
                    designer.replaceDocument(doc);
                    file.set(keepPath ? path : null);
                    if (keepPath) {
                        remember(path);
                    }
                    designer.setStatus((keepPath ? "Opened " : "Imported ") + path.getFileName() + ".");
                    if (done != null) {
                        done.accept(true);
                    }
                });
            } catch (ImportException e) {
                String message = describe("Cannot open ", path, e);
                ui.execute(() -> {
                    readDone();
                    fail(message, done);
                });
            } catch (RuntimeException e) {
                String message = "Cannot open " + path + ": " + e;
                ui.execute(() -> {
                    readDone();
                    fail(message, done);
                });
            }
        });
    }

    private void readDone() {
        readsUnderway--;
        reading.set(readsUnderway > 0);
    }

    private void fail(String message, Consumer<Boolean> done) {
        designer.setStatus(message.replace('\n', ' '));
        error.set(message);
        if (done != null) {
            done.accept(false);
        }
    }

    private static String describe(String what, Path path, ImportException e) {
        List<String> lines = new ArrayList<>();
        for (ImportProblem p : e.problems()) {
            lines.add(p.describe());
        }
        return what + path.getFileName() + ":\n" + String.join("\n", lines);
    }

    /**
     * Saves to the current file. Returns false without doing anything when there is no file yet (the view then
     * asks for one and calls {@link #saveAs}).
     */
    public boolean save(Consumer<Boolean> done) {
        if (file.get() == null) {
            return false;
        }
        saveAs(file.get(), done);
        return true;
    }

    /** Writes the design to {@code path} atomically; {@code done} (may be null) hears whether it worked. */
    public void saveAs(Path path, Consumer<Boolean> done) {
        DesignDocument doc = designer.document();
        designer.setStatus("Saving " + path.getFileName() + "…");
        background.execute(() -> {
            try {
                projectFiles.write(doc, path);
                discardAutosave();
                ui.execute(() -> {
                    // Edits made while writing stay unsaved.
                    if (designer.document() == doc) {
                        designer.markSaved();
                    }
                    file.set(path);
                    remember(path);
                    updateTitle();
                    designer.setStatus("Saved " + path.getFileName() + ".");
                    if (done != null) {
                        done.accept(true);
                    }
                });
            } catch (IOException | RuntimeException e) {
                String message = "Cannot save " + path + ": " + e.getMessage();
                ui.execute(() -> fail(message, done));
            }
        });
    }

    /** Writes the autosave copy when there are unsaved changes; called on a short interval. */
    public void autosaveNow() {
        if (!isDirty()) {
            return;
        }
        DesignDocument doc = designer.document();
        Optional<Path> original = Optional.ofNullable(file.get());
        background.execute(() -> {
            try {
                autosave.save(doc, original);
            } catch (IOException | RuntimeException e) {
                String message = "Autosave failed: " + e.getMessage();
                ui.execute(() -> designer.setStatus(message));
            }
        });
    }

    /** What a crashed run left behind, if anything (read at start, before anything is autosaved again). */
    public Optional<RecoverableDesign> recoverable() {
        try {
            return autosave.recoverable();
        } catch (RuntimeException e) {
            designer.setStatus("The autosave copy cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * At start: the question to ask when a crashed run left unsaved work behind, e.g. "Restore the unsaved
     * design autosaved at 2026-12-06 17:40 (from shop.json)?"; empty when there is nothing to restore.
     */
    public Optional<String> recoveryQuestion() {
        pendingRecovery = recoverable().orElse(null);
        if (pendingRecovery == null) {
            return Optional.empty();
        }
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
                .format(pendingRecovery.savedAt());
        return Optional.of("Restore the unsaved design autosaved at " + when
                + pendingRecovery.originalFile().map(p -> " (from " + p.getFileName() + ")").orElse("") + "?");
    }

    /** The answer to {@link #recoveryQuestion()}: restore the copy, or forget it. */
    public void answerRecovery(boolean restore) {
        RecoverableDesign recovered = pendingRecovery;
        pendingRecovery = null;
        if (recovered == null) {
            return;
        }
        if (restore) {
            restore(recovered);
        } else {
            discardAutosave();
        }
    }

    /** Restores the autosave copy as an unsaved design. */
    public void restore(RecoverableDesign recovered) {
        designer.restoreDocument(recovered.document());
        file.set(recovered.originalFile().orElse(null));
        designer.setStatus("Restored the autosaved design; save it to keep it.");
    }

    /** Forgets the autosave copy (after a clean exit, or when the user declines to restore it). */
    public void discardAutosave() {
        try {
            autosave.discard();
        } catch (IOException | RuntimeException e) {
            ui.execute(() -> designer.setStatus("Cannot remove the autosave copy: " + e.getMessage()));
        }
    }

    private void remember(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        recentFiles.remove(absolute);
        recentFiles.add(0, absolute);
        while (recentFiles.size() > WindowSettings.MAX_RECENT) {
            recentFiles.remove(recentFiles.size() - 1);
        }
        settings.save(settings.load().withRecentFiles(List.copyOf(recentFiles)));
    }

    private void updateTitle() {
        Path p = file.get();
        String name = p == null ? "Untitled" : p.getFileName().toString();
        title.set((isDirty() ? "*" : "") + name + " — Failover Studio");
    }
}
