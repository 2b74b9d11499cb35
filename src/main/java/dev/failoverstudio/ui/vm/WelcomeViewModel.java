package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.samples.BundledSamples;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The welcome view and what the window opens at start. A design named on the command line wins; else the last
 * design (file or sample) is reopened; a first start, or a last design that is gone or unreadable, shows the
 * welcome view (with a message saying why). The view offers the bundled samples as cards, a blank design and
 * Open…; File > Welcome shows it again. Every design opened or saved becomes the last design.
 *
 * <p>Samples are read and their pictures derived on the background executor the first time the view is shown;
 * results come back on the UI executor. A sample opens as an untitled copy, so Save asks where to keep it and the
 * bundled file is never overwritten. FX thread only.
 */
public final class WelcomeViewModel {

    private final DocumentFilesViewModel files;
    private final BundledSamples samples;
    private final CanvasSceneBuilder pictures;
    private final HealthEvaluator health;
    private final LastDesignStore lastDesign;
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<SampleCard> cards = FXCollections.observableArrayList();
    private final ObservableList<SampleCard> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final Map<String, DesignDocument> documents = new HashMap<>();
    private boolean cardsRequested;

    /**
     * @param designer   the window's designer: any design it opens closes the welcome view
     * @param files      opens files and keeps the file the design belongs to
     * @param pictures   derives a sample's cards and edges for its picture
     * @param lastDesign where the last design is remembered
     */
    public WelcomeViewModel(DesignerViewModel designer, DocumentFilesViewModel files, BundledSamples samples,
                            CanvasSceneBuilder pictures, HealthEvaluator health, LastDesignStore lastDesign,
                            Executor background, Executor ui) {
        this.files = Objects.requireNonNull(files, "files");
        this.samples = Objects.requireNonNull(samples, "samples");
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.health = Objects.requireNonNull(health, "health");
        this.lastDesign = Objects.requireNonNull(lastDesign, "lastDesign");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        designer.addDocumentReplacedListener(() -> shown.set(false));
        files.fileProperty().addListener((o, was, file) -> {
            if (file != null) {
                lastDesign.save(new LastDesign.File(file));
            }
        });
    }

    /** Whether the welcome view is shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Why the welcome view is shown instead of the last design (it is gone, or cannot be read); else empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Progress of reading the samples, or what went wrong with some; empty when all are shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The samples as cards, sorted by file name; filled in the background after the view is first shown. */
    public ObservableList<SampleCard> cards() {
        return cardsView;
    }

    /**
     * At start, after any autosave recovery was declined: opens {@code commandLineDesign} if given, else the last
     * design, else shows the welcome view.
     */
    public void start(Optional<Path> commandLineDesign) {
        if (commandLineDesign.isPresent()) {
            openAtStart(commandLineDesign.get(), false);
            return;
        }
        Optional<LastDesign> last = lastDesign.load();
        if (last.isEmpty()) {
            show();
        } else if (last.get() instanceof LastDesign.File f) {
            openAtStart(f.path(), true);
        } else if (last.get() instanceof LastDesign.Sample s) {
            reopenSample(s.name());
        }
    }

    /** Shows the welcome view (File > Welcome), reading the samples the first time. */
    public void show() {
        shown.set(true);
        loadCards();
    }

    /** Closes the welcome view, keeping the design that is open. */
    public void hide() {
        shown.set(false);
        message.set("");
    }

    /** Opens a sample as an untitled copy and remembers it as the last design. */
    public void open(SampleCard card) {
        DesignDocument doc = documents.get(card.name());
        if (doc == null) {
            return;
        }
        files.openUntitled(doc, "the sample " + card.title());
        lastDesign.save(new LastDesign.Sample(card.name()));
        message.set("");
    }

    /** Starts a blank design. */
    public void openBlank() {
        files.newDesign();
        message.set("");
        shown.set(false);
    }

    /** @param last whether {@code path} is the remembered last design (else it was named on the command line) */
    private void openAtStart(Path path, boolean last) {
        String subject = last ? "The last design, " + path + "," : path.toString();
        String choose = " Pick a sample, a blank design or another file.";
        if (!Files.isRegularFile(path)) {
            showWithMessage(subject + " cannot be opened: there is no such file (moved or deleted?)." + choose);
            return;
        }
        if (!Files.isReadable(path)) {
            showWithMessage(subject + " cannot be opened: the file is not readable." + choose);
            return;
        }
        files.open(path, ok -> {
            if (!ok) {
                showWithMessage(subject + " cannot be opened: it is not a design Failover Studio reads (the"
                        + " problems were listed)." + choose);
            }
        });
    }

    private void reopenSample(String name) {
        background.execute(() -> {
            try {
                BundledSamples.Sample sample = samples.read(name);
                ui.execute(() -> {
                    documents.put(name, sample.document());
                    files.openUntitled(sample.document(), "the sample " + sample.title());
                });
            } catch (ImportException | RuntimeException e) {
                ui.execute(() -> showWithMessage("The last design, the sample " + name
                        + ", is no longer part of Failover Studio. Pick another sample, a blank design or a file."));
            }
        });
    }

    private void showWithMessage(String text) {
        message.set(text);
        show();
    }

    private void loadCards() {
        if (cardsRequested) {
            return;
        }
        cardsRequested = true;
        status.set("Reading the samples…");
        background.execute(() -> {
            List<SampleCard> read = new ArrayList<>();
            Map<String, DesignDocument> docs = new HashMap<>();
            List<String> failed = new ArrayList<>();
            List<String> names;
            try {
                names = samples.names();
            } catch (RuntimeException e) {
                names = List.of();
                failed.add("the samples cannot be listed: " + e.getMessage());
            }
            for (String name : names) {
                try {
                    BundledSamples.Sample sample = samples.read(name);
                    DesignDocument doc = sample.document();
                    CanvasScene picture = pictures.build(doc, health.evaluate(doc.design()), List.of());
                    read.add(new SampleCard(name, sample.title(), sample.line(), sample.description(), picture));
                    docs.put(name, doc);
                } catch (ImportException e) {
                    failed.add(e.problems().stream().map(ImportProblem::describe).collect(Collectors.joining("; ")));
                } catch (RuntimeException e) {
                    failed.add(name + ": " + e.getMessage());
                }
            }
            String summary = failed.isEmpty() ? ""
                    : failed.size() + (failed.size() == 1 ? " sample" : " samples") + " could not be read: "
                    + String.join("; ", failed);
            ui.execute(() -> {
                documents.putAll(docs);
                cards.setAll(read);
                status.set(summary);
            });
        });
    }
}
