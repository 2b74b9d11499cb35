package dev.failoverstudio.ui.export.vm;

import dev.failoverstudio.io.AtomicFiles;
import dev.failoverstudio.app.ExchangeFormats;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.exchange.DesignExporter;
import dev.failoverstudio.domain.exchange.ExportNote;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.exchange.ExportedFile;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.validate.ChangeAction;
import dev.failoverstudio.io.formats.changebatch.ChangeBatchExporter;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.formats.project.ProjectFiles;
import dev.failoverstudio.io.formats.trafficflow.TrafficFlowExporter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The export dialog: a format from {@link ExchangeFormats#exporters()}, the options that format reads (zone,
 * CREATE/UPSERT, the tree to export), a preview of the output, Copy to clipboard and Save as.
 *
 * <p>The output is computed on {@code background} whenever the design or an option changes; only the newest
 * computation's result is shown, so typing or switching formats quickly never shows a stale preview. Copy and
 * Save use exactly the text the preview shows (the whole text, even when the preview area is cut for size).
 * Saving writes through a temporary file and an atomic rename, off the FX thread.
 *
 * <p>FX thread only; {@code ui} hands background results back ({@code Platform::runLater}, or
 * {@code Runnable::run} in tests). Call {@link #close()} when the dialog closes.
 */
public final class ExportViewModel implements AutoCloseable {

    /** Characters the preview area shows at most; Copy and Save always use the whole text. */
    public static final int PREVIEW_LIMIT = 1_000_000;

    private final ObservableValue<Design> design;
    private final ExchangeFormats formats;
    private final Executor background;
    private final Executor ui;
    private final TextClipboard clipboard;
    private final ObservableList<FormatChoice> formatChoices = FXCollections.observableArrayList();
    private final ObjectProperty<FormatChoice> format = new SimpleObjectProperty<>();
    private final ObservableList<ZoneChoice> zoneChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ZoneChoice> zone = new SimpleObjectProperty<>();
    private final ObservableList<ChangeAction> actions =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(ChangeAction.CREATE,
                    ChangeAction.UPSERT));
    private final ObjectProperty<ChangeAction> action = new SimpleObjectProperty<>(ChangeAction.CREATE);
    private final ObservableList<String> policyNames = FXCollections.observableArrayList();
    private final StringProperty policyName = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper actionApplies = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper policyNameApplies = new ReadOnlyBooleanWrapper();
    private final ObservableList<FileChoice> fileChoices = FXCollections.observableArrayList();
    private final ObjectProperty<FileChoice> file = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper previewCut = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper severalFiles = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BaseDesignReader baseReader;
    private final ReadOnlyObjectWrapper<Path> baseFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper baseApplies = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper baseProblem = new ReadOnlyStringWrapper("");
    private Design baseDesign;
    private final AtomicLong generation = new AtomicLong();
    private final ChangeListener<Design> designListener = (obs, before, after) -> designChanged();
    private ExportResult result;
    private boolean closed;

    public ExportViewModel(ObservableValue<Design> design, ExchangeFormats formats, Executor background,
                           Executor ui, TextClipboard clipboard) {
        this(design, formats, NO_BASE_FILES, background, ui, clipboard);
    }

    /**
     * @param baseReader reads the base design of "Changes from a design file…"
     */
    public ExportViewModel(ObservableValue<Design> design, ExchangeFormats formats, BaseDesignReader baseReader,
                           Executor background, Executor ui, TextClipboard clipboard) {
        this.baseReader = Objects.requireNonNull(baseReader, "baseReader");
        this.design = Objects.requireNonNull(design, "design");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        for (DesignExporter e : formats.exporters()) {
            formatChoices.add(new FormatChoice(e.id(), e.title(), e.id().equals(ChangeBatchExporter.ID),
                    e.id().equals(TrafficFlowExporter.ID)));
        }
        format.set(formatChoices.isEmpty() ? null : formatChoices.get(0));
        fillZones();
        fillPolicyNames();
        design.addListener(designListener);
        format.addListener((obs, b, a) -> refresh());
        zone.addListener((obs, b, a) -> {
            fillPolicyNames();
            refresh();
        });
        action.addListener((obs, b, a) -> refresh());
        policyName.addListener((obs, b, a) -> refresh());
        file.addListener((obs, b, a) -> showFile());
        refresh();
    }

    /** The view model of a dialog over the application's services; base design files are read as File > Open does. */
    public static ExportViewModel over(ObservableValue<Design> design, Services services, Executor background,
                                       Executor ui, TextClipboard clipboard) {
        ProjectFiles projectFiles = services.formats().projectFiles();
        return new ExportViewModel(design, services.exchange(), file -> projectFiles.read(file).design(), background,
                ui, clipboard);
    }

    private static final BaseDesignReader NO_BASE_FILES = file -> {
        throw new ImportException(List.of(new ImportProblem(file.toString(), "$", null,
                "this dialog cannot read design files")));
    };

    /**
     * "Changes from a design file…": reads {@code file} (a project, a scenario file or Route 53 list output) on the
     * background executor; from then on the change batch is only the changes that turn that design into the current
     * one (DELETE/CREATE/UPSERT, as {@code export --from}). A file that cannot be read keeps the previous base and
     * says why in {@link #baseProblemProperty()}.
     */
    public void chooseBase(Path file) {
        Objects.requireNonNull(file, "file");
        baseProblem.set("");
        message.set("Reading " + file.getFileName() + "…");
        background.execute(() -> {
            try {
                Design read = baseReader.read(file);
                ui.execute(() -> {
                    if (closed) {
                        return;
                    }
                    baseDesign = read;
                    baseFile.set(file);
                    message.set("");
                    refresh();
                });
            } catch (ImportException e) {
                String why = "Cannot read " + file.getFileName() + ":\n" + e.getMessage();
                ui.execute(() -> baseFailed(why));
            } catch (RuntimeException e) {
                String why = "Cannot read " + file.getFileName() + ": " + e.getMessage();
                ui.execute(() -> baseFailed(why));
            }
        });
    }

    private void baseFailed(String why) {
        baseProblem.set(why);
        message.set("");
    }

    /** Back to a plain export of the whole design (CREATE or UPSERT). */
    public void clearBase() {
        baseDesign = null;
        baseFile.set(null);
        baseProblem.set("");
        refresh();
    }

    private void designChanged() {
        fillZones();
        fillPolicyNames();
        refresh();
    }

    private void fillZones() {
        Design d = design.getValue();
        String selected = zone.get() == null ? null : zone.get().id();
        List<ZoneChoice> choices = new ArrayList<>();
        if (d != null) {
            for (HostedZone z : d.zones()) {
                choices.add(new ZoneChoice(z.id(), z.origin().text()));
            }
        }
        if (!choices.equals(zoneChoices)) {
            zoneChoices.setAll(choices);
        }
        ZoneChoice keep = choices.stream().filter(z -> z.id().equals(selected)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
        if (!Objects.equals(keep, zone.get())) {
            zone.set(keep);
        }
    }

    private void fillPolicyNames() {
        Design d = design.getValue();
        Set<String> names = new LinkedHashSet<>();
        if (d != null && zone.get() != null) {
            d.zones().stream().filter(z -> z.id().equals(zone.get().id())).findFirst().ifPresent(z -> {
                for (RecordSet r : z.recordSets()) {
                    names.add(r.name().text());
                }
            });
        }
        if (!policyNames.equals(new ArrayList<>(names))) {
            policyNames.setAll(names);
        }
    }

    /** Computes the output again for the current design and options (done by itself on every change). */
    public void refresh() {
        if (closed) {
            return;
        }
        FormatChoice chosen = format.get();
        baseApplies.set(chosen != null && chosen.id().equals(ChangeBatchExporter.ID));
        Design base = baseApplies.get() ? baseDesign : null;
        actionApplies.set(chosen != null && chosen.takesAction() && base == null);
        policyNameApplies.set(chosen != null && chosen.takesPolicyName());
        Design d = design.getValue();
        long mine = generation.incrementAndGet();
        if (chosen == null || d == null) {
            showResult(mine, null, "Nothing to export.");
            return;
        }
        DesignExporter exporter = formats.exporter(chosen.id()).orElseThrow();
        ExportOptions options;
        try {
            options = options(chosen);
        } catch (IllegalArgumentException e) {
            showResult(mine, null, "Cannot export: " + e.getMessage());
            return;
        }
        busy.set(true);
        ready.set(false);
        background.execute(() -> {
            if (generation.get() != mine) {
                return; // superseded before it started
            }
            try {
                ExportResult exported = base == null ? exporter.export(d, options)
                        : formats.changeBatch().exportDiff(base, d, options.zoneId());
                ui.execute(() -> showResult(mine, exported, ""));
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.execute(() -> showResult(mine, null, "Cannot export as " + chosen.title() + ": " + why));
            }
        });
    }

    private ExportOptions options(FormatChoice chosen) {
        ExportOptions options = ExportOptions.DEFAULT.withZoneId(zone.get() == null ? null : zone.get().id());
        if (chosen.takesAction() && action.get() != null) {
            options = options.withAction(action.get());
        }
        String name = policyName.get() == null ? "" : policyName.get().strip();
        if (chosen.takesPolicyName() && !name.isEmpty()) {
            options = options.withPolicyName(DomainName.of(name));
        }
        return options;
    }

    private void showResult(long mine, ExportResult exported, String why) {
        if (generation.get() != mine || closed) {
            return;
        }
        busy.set(false);
        result = exported;
        problem.set(why);
        notes.setAll(exported == null ? List.of() : exported.notes().stream().map(ExportNote::describe).toList());
        String selected = file.get() == null ? null : file.get().name();
        boolean wasAll = file.get() != null && file.get().allFiles();
        List<FileChoice> choices = new ArrayList<>();
        if (exported != null) {
            exported.files().forEach(f -> choices.add(FileChoice.file(f.name())));
            if (exported.files().size() > 1) {
                choices.add(FileChoice.all(exported.files().size()));
            }
        }
        fileChoices.setAll(choices);
        severalFiles.set(choices.size() > 1);
        FileChoice keep = choices.stream()
                .filter(c -> wasAll ? c.allFiles() : selected != null && selected.equals(c.name())).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0)); // else the main file
        if (Objects.equals(keep, file.get())) {
            showFile();
        } else {
            file.set(keep); // shows it
        }
    }

    private void showFile() {
        String text = "";
        if (result != null && file.get() != null) {
            text = file.get().allFiles() ? result.preview()
                    : result.files().stream().filter(f -> f.name().equals(file.get().name())).findFirst()
                    .map(ExportedFile::text).orElse("");
        }
        output.set(text);
        previewCut.set(text.length() > PREVIEW_LIMIT);
        preview.set(text.length() > PREVIEW_LIMIT ? text.substring(0, PREVIEW_LIMIT) : text);
        ready.set(result != null && file.get() != null);
    }

    /** Puts the shown output (the chosen file, or every file one after the other) on the clipboard. */
    public void copy() {
        if (!ready.get()) {
            return;
        }
        clipboard.putText(output.get());
        FileChoice shown = file.get();
        message.set("Copied " + (shown.allFiles() ? shown.label().toLowerCase(java.util.Locale.ROOT) : shown.name())
                + " to the clipboard (" + output.get().length() + " characters).");
    }

    /** Saves the shown file under a name the user picks; with "All files" shown, every file into a folder. */
    public void save(SaveTarget target) {
        if (!ready.get()) {
            return;
        }
        ExportResult saved = result;
        FileChoice shown = file.get();
        if (shown.allFiles()) {
            Optional<Path> folder = target.chooseFolder(saved.files().size());
            folder.ifPresent(dir -> write(saved.files(), dir, null));
        } else {
            Optional<Path> chosen = target.chooseFile(shown.name());
            chosen.ifPresent(path -> write(List.of(new ExportedFile(shown.name(), output.get())),
                    path.toAbsolutePath().getParent(), path.getFileName().toString()));
        }
    }

    /** Saves every exported file into a folder the user picks, each under its own name. */
    public void saveAll(SaveTarget target) {
        if (!ready.get()) {
            return;
        }
        ExportResult saved = result;
        target.chooseFolder(saved.files().size()).ifPresent(dir -> write(saved.files(), dir, null));
    }

    /** Writes {@code files} into {@code dir}, atomically each; a single file may get the user's own name. */
    private void write(List<ExportedFile> files, Path dir, String singleName) {
        message.set("Saving…");
        background.execute(() -> {
            List<Path> written = new ArrayList<>();
            try {
                for (ExportedFile f : files) {
                    Path target = dir.resolve(singleName != null ? singleName : f.name());
                    AtomicFiles.write(target, f.text().getBytes(StandardCharsets.UTF_8));
                    written.add(target);
                }
                String text = written.size() == 1 ? "Saved " + written.get(0) + "."
                        : "Saved " + written.size() + " files to " + dir + ".";
                ui.execute(() -> message.set(text));
            } catch (IOException | RuntimeException e) {
                String text = "Could not save to " + dir + ": " + e.getMessage()
                        + (written.isEmpty() ? "" : " (" + written.size() + " of " + files.size() + " files saved)");
                ui.execute(() -> message.set(text));
            }
        });
    }

    /** Stops following the design; results still being computed are dropped. */
    @Override
    public void close() {
        closed = true;
        generation.incrementAndGet();
        design.removeListener(designListener);
    }

    /** The base design file of "Changes from a design file…"; null for a plain export. */
    public ReadOnlyObjectProperty<Path> baseFileProperty() {
        return baseFile.getReadOnlyProperty();
    }

    /** True when the chosen format can be written as the changes from a base design (the change batch). */
    public ReadOnlyBooleanProperty baseAppliesProperty() {
        return baseApplies.getReadOnlyProperty();
    }

    /** Why the last base design file could not be read (file, JSON path, rule), or empty. */
    public ReadOnlyStringProperty baseProblemProperty() {
        return baseProblem.getReadOnlyProperty();
    }

    public ObservableList<FormatChoice> formatChoices() {
        return formatChoices;
    }

    public ObjectProperty<FormatChoice> formatProperty() {
        return format;
    }

    /** Chooses the format by its command-line id (e.g. {@code terraform}); false when there is none. */
    public boolean selectFormat(String id) {
        Optional<FormatChoice> choice = formatChoices.stream().filter(f -> f.id().equals(id)).findFirst();
        choice.ifPresent(format::set);
        return choice.isPresent();
    }

    public ObservableList<ZoneChoice> zoneChoices() {
        return zoneChoices;
    }

    public ObjectProperty<ZoneChoice> zoneProperty() {
        return zone;
    }

    /** CREATE and UPSERT (a design is never exported as DELETEs). */
    public ObservableList<ChangeAction> actions() {
        return actions;
    }

    public ObjectProperty<ChangeAction> actionProperty() {
        return action;
    }

    /** Names of the chosen zone's record sets, for the Traffic Flow tree choice. */
    public ObservableList<String> policyNames() {
        return policyNames;
    }

    /** The name whose tree becomes the Traffic Flow policy; blank for the first tree. */
    public StringProperty policyNameProperty() {
        return policyName;
    }

    public ReadOnlyBooleanProperty actionAppliesProperty() {
        return actionApplies.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty policyNameAppliesProperty() {
        return policyNameApplies.getReadOnlyProperty();
    }

    /** The exported files, main file first, then "All n files" when there are several. */
    public ObservableList<FileChoice> fileChoices() {
        return fileChoices;
    }

    public ObjectProperty<FileChoice> fileProperty() {
        return file;
    }

    /** The text Copy and Save use: the chosen file, or every file with a header line each. */
    public ReadOnlyStringProperty outputProperty() {
        return output.getReadOnlyProperty();
    }

    /** The output, cut at {@link #PREVIEW_LIMIT} characters for the preview area. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewCutProperty() {
        return previewCut.getReadOnlyProperty();
    }

    /** What the chosen format could not carry or what to do by hand, one line per note (rule in brackets). */
    public ObservableList<String> notes() {
        return notes;
    }

    /** Why there is no output (the options do not fit the design), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the output is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when there is up-to-date output to copy or save. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True when the export has more than one file ("Save all…" applies). */
    public ReadOnlyBooleanProperty severalFilesProperty() {
        return severalFiles.getReadOnlyProperty();
    }

    /** The outcome of the last copy or save, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
