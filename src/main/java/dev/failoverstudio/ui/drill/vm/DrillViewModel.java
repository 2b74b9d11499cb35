package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.io.AtomicFiles;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.drill.AssertionOutcome;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillAssertion;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.DrillProgress;
import dev.failoverstudio.domain.drill.DrillResult;
import dev.failoverstudio.domain.drill.KeyFigures;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.drill.ResolverBehaviour;
import dev.failoverstudio.domain.drill.PopulationLocation;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.edit.AddDrillCommand;
import dev.failoverstudio.domain.edit.RemoveDrillCommand;
import dev.failoverstudio.domain.edit.ReplaceDrillCommand;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.validate.Problem;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.formats.drill.DrillFile;
import dev.failoverstudio.io.report.DrillCsvWriter;
import dev.failoverstudio.io.report.DrillHtmlWriter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The drill pane's state: the drill being edited (parameters, timeline, assertions), running it in the
 * background with progress and cancel, the result as chart series, key figures and assertion outcomes, the
 * playback over it, and opening drill files and exporting reports.
 *
 * <p>Threading: every property is touched on the FX thread only. Drills run on {@code background}; their
 * progress and outcome come back through {@code fx} ({@code Platform::runLater} in the application,
 * {@code Runnable::run} in tests).
 */
public final class DrillViewModel {

    /** The seed the {@code drill} command uses by default, so the pane and the command agree. */
    public static final long DEFAULT_SEED = 20261123L;

    public static final String ALL_CLIENTS = "all clients";

    // ---- Editor
    private final StringProperty name = new SimpleStringProperty("new drill");
    private final StringProperty queryName = new SimpleStringProperty("");
    private final StringProperty queryType = new SimpleStringProperty("A");
    private final StringProperty duration = new SimpleStringProperty("1800");
    private final StringProperty step = new SimpleStringProperty("1");
    private final StringProperty queriesPerSecond = new SimpleStringProperty("1000");
    private final StringProperty resolverCount = new SimpleStringProperty(Integer.toString(ResolverBehaviour.DEFAULT_COUNT));
    /** "percent/minimum cache seconds" pairs, comma-separated, e.g. "90/0, 8/300, 2/3600". */
    private final StringProperty resolverMix = new SimpleStringProperty(mixText(ResolverBehaviour.DEFAULT));
    private final StringProperty seed = new SimpleStringProperty(Long.toString(DEFAULT_SEED));
    private final ObservableList<DrillEvent> events = FXCollections.observableArrayList();
    private final ObservableList<DrillAssertion> assertions = FXCollections.observableArrayList();
    private final EventDraft eventDraft = new EventDraft();
    private final AssertionDraft assertionDraft = new AssertionDraft();
    private final BooleanProperty useFileDesign = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper designLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);

    // ---- Run
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<DrillResult> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ShareSeries> answerSeries = FXCollections.observableArrayList();
    private final ObservableList<ShareSeries> endpointSeries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ShareSeries> unhealthySeries = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FigureRow> figures = FXCollections.observableArrayList();
    private final ObservableList<AssertionRow> outcomes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final DrillPlayback playback = new DrillPlayback();
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    /** The location group the answer chart shows; {@link #ALL_CLIENTS} for every client. */
    private final StringProperty chartGroup = new SimpleStringProperty(ALL_CLIENTS);
    private Charts charts;

    private final DesignSource designs;
    private final Services services;
    private final Executor background;
    private final Consumer<Runnable> fx;

    // ---- Saved drills (the design's own) and the population editor
    private final ObservableList<Drill> savedDrills = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selectedSaved = new ReadOnlyIntegerWrapper(-1);
    /** The saved drill the form was last loaded from or committed as; a different one there means undo/redo. */
    private Drill loadedSaved;
    private Design lastDesign;
    private final ObservableList<RecordSet> recordSetChoices = FXCollections.observableArrayList();
    /** The population's locations, shares in percent; the world default's when {@link #worldPopulation} is set. */
    private final ObservableList<PopulationLocation> locations = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper worldPopulation = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper populationSummary = new ReadOnlyStringWrapper("");
    private final LocationDraft locationDraft = new LocationDraft();
    private String populationSource = WorldPopulation.SOURCE;
    private Population world;

    /** Kept from an opened drill: the Region/endpoint tags the form does not edit. */
    private Map<String, Set<String>> regionEndpoints = Map.of();
    private Map<String, Set<String>> endpointChecks = Map.of();
    private String description;
    private Design fileDesign;
    private Path file;
    private AtomicBoolean cancelRequest = new AtomicBoolean();
    private long runNumber;

    public DrillViewModel(DesignSource designs, Services services, Executor background, Consumer<Runnable> fx) {
        this.designs = Objects.requireNonNull(designs, "designs");
        this.services = Objects.requireNonNull(services, "services");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        lastDesign = designs.current();
        designs.addListener(d -> {
            boolean designChanged = d != lastDesign;
            lastDesign = d;
            updateDesignLabel();
            if (designChanged) {
                updateRecordSetChoices();
            }
            if (designChanged && result.get() != null && !(useFileDesign.get() && fileDesign != null)) {
                notice("The design changed after this run; run again to see the new design.");
            }
            syncSavedDrills();
        });
        chartGroup.addListener((obs, old, now) -> showAnswerSeries());
        useFileDesign.addListener((obs, old, now) -> {
            updateDesignLabel();
            updateRecordSetChoices();
        });
        updateDesignLabel();
        updateRecordSetChoices();
        // The world default's locations are listed when first needed: computing them costs a scan of the
        // IP-to-country table, which the window's start should not pay.
        updatePopulationSummary();
        syncSavedDrills();
    }

    // ---- Editor properties

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty queryNameProperty() {
        return queryName;
    }

    public StringProperty queryTypeProperty() {
        return queryType;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public StringProperty queriesPerSecondProperty() {
        return queriesPerSecond;
    }

    public StringProperty resolverCountProperty() {
        return resolverCount;
    }

    public StringProperty resolverMixProperty() {
        return resolverMix;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** The timeline, in time order; edit through {@link #addEvent}, {@link #replaceEvent}, {@link #removeEvent}. */
    public ObservableList<DrillEvent> events() {
        return FXCollections.unmodifiableObservableList(events);
    }

    public ObservableList<DrillAssertion> assertions() {
        return FXCollections.unmodifiableObservableList(assertions);
    }

    public EventDraft eventDraft() {
        return eventDraft;
    }

    public AssertionDraft assertionDraft() {
        return assertionDraft;
    }

    /** True: run against the design of the opened drill file; false: against the main window's design. */
    public BooleanProperty useFileDesignProperty() {
        return useFileDesign;
    }

    public ReadOnlyStringProperty designLabelProperty() {
        return designLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public boolean hasFileDesign() {
        return fileDesign != null;
    }

    /** The last error or notice, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    // ---- Run and result properties

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 while a drill runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DrillResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Share of queries per answer over time, thinned to at most {@link Downsampling#MAX_POINTS} samples. */
    public ObservableList<ShareSeries> answerSeries() {
        return answerSeries;
    }

    /** Share of queries per endpoint over time, thinned like {@link #answerSeries()}. */
    /** {@link #ALL_CLIENTS} and the location groups of the shown result, for choosing {@link #chartGroupProperty()}. */
    public ObservableList<String> groups() {
        return groups;
    }

    public StringProperty chartGroupProperty() {
        return chartGroup;
    }

    public ObservableList<ShareSeries> endpointSeries() {
        return endpointSeries;
    }

    public ReadOnlyObjectProperty<ShareSeries> unhealthySeriesProperty() {
        return unhealthySeries.getReadOnlyProperty();
    }

    public ObservableList<FigureRow> figures() {
        return figures;
    }

    public ObservableList<AssertionRow> outcomes() {
        return outcomes;
    }

    /** "all 5 assertions hold" / "2 of 5 assertions fail"; empty before a run. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public DrillPlayback playback() {
        return playback;
    }

    // ---- Editing

    /** Adds the event the event form describes; false (with a message) when the form is wrong. */
    public boolean addEvent() {
        return withEvent(e -> insertSorted(e)) && commitSaved("Add drill event");
    }

    /** Replaces the event at {@code index} with the form's event. */
    public boolean replaceEvent(int index) {
        Objects.checkIndex(index, events.size());
        return withEvent(e -> {
            events.remove(index);
            insertSorted(e);
        }, index) && commitSaved("Edit drill event");
    }

    public void removeEvent(int index) {
        if (index < 0 || index >= events.size()) {
            return;
        }
        events.remove(index);
        commitSaved("Remove drill event");
    }

    /** Loads the event at {@code index} into the form; false when the form cannot edit that kind. */
    public boolean editEvent(int index) {
        boolean editable = eventDraft.load(events.get(index));
        if (!editable) {
            error("This kind of event is edited in the drill file.");
        }
        return editable;
    }

    public boolean addAssertion() {
        try {
            double end = Numbers.parse("duration", duration.get());
            assertions.add(assertionDraft.toAssertion("assertions[" + assertions.size() + "]", end));
            notice("");
            return commitSaved("Add drill assertion");
        } catch (IllegalArgumentException e) {
            error("Assertion: " + e.getMessage());
            return false;
        }
    }

    public void removeAssertion(int index) {
        if (index < 0 || index >= assertions.size()) {
            return;
        }
        assertions.remove(index);
        commitSaved("Remove drill assertion");
    }

    private boolean withEvent(Consumer<DrillEvent> change) {
        return withEvent(change, -1);
    }

    /** @param replacing the index of the event the form replaces (not part of the timeline it is checked against) */
    private boolean withEvent(Consumer<DrillEvent> change, int replacing) {
        try {
            List<DrillEvent> others = new ArrayList<>(events);
            if (replacing >= 0) {
                others.remove(replacing);
            }
            DrillEvent event = eventDraft.toEvent(designForRun(), others);
            change.accept(event);
            notice("");
            return true;
        } catch (IllegalArgumentException e) {
            error("Event: " + e.getMessage());
            return false;
        }
    }

    private void insertSorted(DrillEvent event) {
        int at = events.size();
        while (at > 0 && events.get(at - 1).at() > event.at()) {
            at--;
        }
        events.add(at, event);
    }

    /** The drill the form describes; throws {@link IllegalArgumentException} naming the wrong field. */
    public Drill buildDrill() {
        String queried = queryName.get() == null ? "" : queryName.get().strip();
        if (queried.isEmpty()) {
            throw new IllegalArgumentException("query name is required");
        }
        Query query;
        try {
            query = Query.of(queried, queryType.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("query name: " + e.getMessage(), e);
        }
        double length = Numbers.parse("duration", duration.get());
        double sampleStep = Numbers.parse("step", step.get());
        double rate = Numbers.parse("query rate", queriesPerSecond.get());
        Population people = buildPopulation();
        return new Drill(name.get() == null || name.get().isBlank() ? "drill" : name.get().strip(), description,
                query, length, sampleStep, people, rate, resolvers(), List.copyOf(events), regionEndpoints,
                endpointChecks, List.copyOf(assertions));
    }

    private ResolverBehaviour resolvers() {
        int count;
        try {
            count = Integer.parseInt(resolverCount.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("resolvers must be a whole number, got '" + resolverCount.get() + "'");
        }
        List<ResolverBehaviour.ResolverClass> classes = new ArrayList<>();
        for (String part : resolverMix.get().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pieces = part.split("/");
            if (pieces.length != 2) {
                throw new IllegalArgumentException("resolver mix: write percent/minimum seconds pairs such as "
                        + "90/0, 10/300; got '" + part.strip() + "'");
            }
            double share = Numbers.parse("resolver mix percent", pieces[0]);
            long minimum = Math.round(Numbers.parse("resolver mix seconds", pieces[1]));
            classes.add(new ResolverBehaviour.ResolverClass(share / 100, minimum));
        }
        return new ResolverBehaviour(count, classes);
    }

    private static String mixText(ResolverBehaviour behaviour) {
        List<String> parts = new ArrayList<>();
        for (ResolverBehaviour.ResolverClass c : behaviour.classes()) {
            parts.add(Numbers.format(c.share() * 100) + "/" + c.minimumCacheSeconds());
        }
        return String.join(", ", parts);
    }

    /** The design a run uses: the opened file's or the main window's. */
    public Design designForRun() {
        return useFileDesign.get() && fileDesign != null ? fileDesign : designs.current();
    }

    private void updateDesignLabel() {
        if (useFileDesign.get() && fileDesign != null) {
            designLabel.set("Runs against the design in " + fileName.get());
        } else {
            designLabel.set(designs.current() == null ? "No design open" : "Runs against the open design");
        }
    }

    // ---- Saved drills: the design's own, edited as undoable design edits

    /** The drills the open design saves, in order; edit through {@link #addToDesign} and the others. */
    public ObservableList<Drill> savedDrills() {
        return FXCollections.unmodifiableObservableList(savedDrills);
    }

    /** The index of the saved drill the form edits; -1 when the form holds a drill not saved in the design. */
    public ReadOnlyIntegerProperty selectedSavedProperty() {
        return selectedSaved.getReadOnlyProperty();
    }

    /**
     * Loads the saved drill at {@code index} into the form; from then on every timeline, assertion and population
     * edit is saved in the design at once (one undoable step each), and {@link #saveToDesign} saves the
     * parameters. -1 detaches the form from the saved drills.
     */
    public void selectSaved(int index) {
        if (index < 0 || index >= savedDrills.size()) {
            selectedSaved.set(-1);
            loadedSaved = null;
            return;
        }
        Drill drill = savedDrills.get(index);
        selectedSaved.set(index);
        loadedSaved = drill;
        load(drill);
        useFileDesign.set(false);
        notice("Editing the saved drill " + drill.name() + ".");
    }

    /** Adds the form's drill to the design's saved drills (undoable) and edits it there. */
    public boolean addToDesign() {
        Drill drill;
        try {
            drill = buildDrill();
        } catch (IllegalArgumentException e) {
            error("Cannot add the drill: " + e.getMessage());
            return false;
        }
        if (savedDrills.stream().anyMatch(d -> d.name().equals(drill.name()))) {
            error("The design already saves a drill named " + drill.name() + "; give this one another name.");
            return false;
        }
        int index = savedDrills.size();
        if (!designs.edit(new AddDrillCommand(drill))) {
            error("The drill could not be added: no design is open.");
            return false;
        }
        // Selected once the list holds it, so a view's selection can follow.
        loadedSaved = drill;
        selectedSaved.set(index);
        useFileDesign.set(false);
        saved("Added " + drill.name() + " to the design.", drill);
        return true;
    }

    /** Saves the form (its parameters too) over the selected saved drill, as one undoable edit. */
    public boolean saveToDesign() {
        if (selectedSaved.get() < 0) {
            error("Select a saved drill first, or add this one to the design.");
            return false;
        }
        return commitSaved("Edit drill");
    }

    /** Removes the selected saved drill from the design (undoable); the form keeps it, detached. */
    public boolean removeFromDesign() {
        int index = selectedSaved.get();
        if (index < 0) {
            error("Select a saved drill to remove.");
            return false;
        }
        String gone = savedDrills.get(index).name();
        selectedSaved.set(-1);
        loadedSaved = null;
        if (!designs.edit(new RemoveDrillCommand(index))) {
            error("The drill could not be removed.");
            return false;
        }
        notice("Removed " + gone + " from the design (Undo brings it back).");
        return true;
    }

    /** Opens a standalone drill file and adds its drill to the design's saved drills. */
    public boolean importIntoDesign(Path path) {
        if (!open(path)) {
            return false;
        }
        useFileDesign.set(false);
        return addToDesign();
    }

    /** Saves the form over the selected saved drill, when one is selected; true when nothing had to be saved. */
    private boolean commitSaved(String what) {
        int index = selectedSaved.get();
        if (index < 0) {
            return true;
        }
        Drill drill;
        try {
            drill = buildDrill();
        } catch (IllegalArgumentException e) {
            error("Not saved in the design: " + e.getMessage());
            return false;
        }
        for (int i = 0; i < savedDrills.size(); i++) {
            if (i != index && savedDrills.get(i).name().equals(drill.name())) {
                error("Not saved in the design: another saved drill is named " + drill.name() + ".");
                return false;
            }
        }
        Drill before = loadedSaved;
        loadedSaved = drill;
        if (!designs.edit(new ReplaceDrillCommand(index, drill, what + " (" + drill.name() + ")"))) {
            loadedSaved = before;
            error("Not saved in the design: the edit was refused.");
            return false;
        }
        saved(what + ": saved in the design.", drill);
        return true;
    }

    /** The outcome of a save into the design: a notice, or what keeps the drill from running yet. */
    private void saved(String text, Drill drill) {
        Design design = designForRun();
        List<String> unusable = design == null ? List.of() : problems(drill, design);
        if (unusable.isEmpty()) {
            notice(text);
        } else {
            error(text + " It cannot run against this design yet: " + String.join("; ", unusable));
        }
    }

    /** Follows the document: new saved drills, and the selected one changed by undo/redo or another document. */
    private void syncSavedDrills() {
        List<Drill> now = designs.drills();
        if (now.size() == savedDrills.size()) {
            // element by element, so a list view keeps its selection across an edit of one drill
            for (int i = 0; i < now.size(); i++) {
                if (!now.get(i).equals(savedDrills.get(i))) {
                    savedDrills.set(i, now.get(i));
                }
            }
        } else {
            savedDrills.setAll(now);
        }
        int index = selectedSaved.get();
        if (index >= now.size()) {
            selectedSaved.set(-1);
            loadedSaved = null;
        } else if (index >= 0 && !now.get(index).equals(loadedSaved)) {
            loadedSaved = now.get(index);
            load(loadedSaved);
        }
    }

    /** What keeps {@code drill} from running against {@code design} (D3 references and the like), in words. */
    private List<String> problems(Drill drill, Design design) {
        List<String> lines = new ArrayList<>();
        for (ImportProblem p : services.formats().designDrills().problems(drill, design, drill.name())) {
            lines.add(p.jsonPath() + ": " + p.message() + (p.rule() == null ? "" : " (" + p.rule() + ")"));
        }
        return lines;
    }

    // ---- Record-set choices for upsert, delete and set-weight events

    /** The record sets of the design runs use, to choose from in the event form. */
    public ObservableList<RecordSet> recordSetChoices() {
        return FXCollections.unmodifiableObservableList(recordSetChoices);
    }

    private void updateRecordSetChoices() {
        Design design = designForRun();
        List<RecordSet> all = new ArrayList<>();
        if (design != null) {
            design.zones().forEach(z -> all.addAll(z.recordSets()));
        }
        if (!all.equals(recordSetChoices)) {
            recordSetChoices.setAll(all);
        }
    }

    // ---- Population

    /** The population's locations with their shares in percent; edit through {@link #addLocation} and others. */
    public ObservableList<PopulationLocation> locations() {
        return FXCollections.unmodifiableObservableList(locations);
    }

    public LocationDraft locationDraft() {
        return locationDraft;
    }

    /** True while the population is the documented world default (README "Drill files", population). */
    public ReadOnlyBooleanProperty worldPopulationProperty() {
        return worldPopulation.getReadOnlyProperty();
    }

    /** "World default: 230 locations (source)" or "4 locations, shares add up to 100 %". */
    public ReadOnlyStringProperty populationSummaryProperty() {
        return populationSummary.getReadOnlyProperty();
    }

    /** Loads the location at {@code index} into the location form. */
    public void editLocation(int index) {
        if (index >= 0 && index < locations.size()) {
            locationDraft.load(locations.get(index));
        }
    }

    /** Adds the location form's location; false (with a message) when the form is wrong. */
    public boolean addLocation() {
        return withLocation(-1, "Add drill location");
    }

    /** Replaces the location at {@code index} with the form's. */
    public boolean replaceLocation(int index) {
        if (index < 0 || index >= locations.size()) {
            error("Select a location to replace.");
            return false;
        }
        return withLocation(index, "Edit drill location");
    }

    public void removeLocation(int index) {
        if (index < 0 || index >= locations.size()) {
            return;
        }
        listWorldLocations();
        locations.remove(index);
        populationEdited();
        commitSaved("Remove drill location");
    }

    /** Goes back to the documented world default population. */
    public void restoreWorldPopulation() {
        showWorldPopulation();
        commitSaved("Restore the world population");
    }

    private boolean withLocation(int replacing, String what) {
        listWorldLocations();
        PopulationLocation location;
        try {
            location = locationDraft.toLocation(services.geo().regions().keySet());
        } catch (IllegalArgumentException e) {
            error("Location: " + e.getMessage());
            return false;
        }
        for (int i = 0; i < locations.size(); i++) {
            if (i != replacing && locations.get(i).name().equals(location.name())) {
                error("Location: " + location.name() + " is listed already; select it to change it.");
                return false;
            }
        }
        if (replacing >= 0) {
            locations.set(replacing, location);
        } else {
            locations.add(location);
        }
        populationEdited();
        notice("");
        return commitSaved(what);
    }

    private void populationEdited() {
        if (worldPopulation.get()) {
            populationSource = "the world default, edited in Failover Studio";
        }
        worldPopulation.set(false);
        updatePopulationSummary();
    }

    private void showWorldPopulation() {
        showPopulation(world());
    }

    /** Lists the world default's locations when it is in force and not listed yet (an edit starts from them). */
    private void listWorldLocations() {
        if (worldPopulation.get() && locations.isEmpty()) {
            showWorldPopulation();
        }
    }

    private void showPopulation(Population population) {
        List<PopulationLocation> percent = new ArrayList<>();
        for (PopulationLocation l : population.locations()) {
            percent.add(new PopulationLocation(l.name(), l.group(), l.client(), l.share() * 100));
        }
        locations.setAll(percent);
        populationSource = population.source();
        worldPopulation.set(WorldPopulation.SOURCE.equals(population.source()));
        updatePopulationSummary();
    }

    private Population world() {
        if (world == null) {
            world = WorldPopulation.of(services.geo());
        }
        return world;
    }

    private double shareTotal() {
        return locations.stream().mapToDouble(PopulationLocation::share).sum();
    }

    private void updatePopulationSummary() {
        if (worldPopulation.get()) {
            populationSummary.set("World default: " + (locations.isEmpty() ? "one location per country"
                    : locations.size() + " locations") + " (" + populationSource + ")");
        } else {
            populationSummary.set(locations.size() + " locations, shares add up to " + Numbers.format(shareTotal())
                    + " %" + (Math.abs(shareTotal() - 100) > SHARE_TOLERANCE ? " (must be 100 %)" : ""));
        }
    }

    /** Shares are shown rounded to 0.1 %; a total within this of 100 % is taken as 100 %. */
    private static final double SHARE_TOLERANCE = 0.05;

    /** The population the form describes; throws {@link IllegalArgumentException} saying what is wrong. */
    private Population buildPopulation() {
        if (worldPopulation.get()) {
            return world();
        }
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("the population has no locations; add one or restore the world "
                    + "default");
        }
        double total = shareTotal();
        if (Math.abs(total - 100) > SHARE_TOLERANCE) {
            throw new IllegalArgumentException("location shares add up to " + Numbers.format(total)
                    + " %, not 100 %");
        }
        return new Population(locations, populationSource);
    }

    // ---- Files

    /** Opens a standalone drill file into the form; its design becomes the one runs use. */
    public boolean open(Path path) {
        DrillFile read;
        try {
            read = services.formats().drillReader().read(path, () -> WorldPopulation.of(services.geo()));
        } catch (ImportException e) {
            List<String> lines = new ArrayList<>();
            for (ImportProblem p : e.problems()) {
                lines.add(p.describe());
            }
            error("Cannot open " + path.getFileName() + ": " + String.join("; ", lines));
            return false;
        }
        selectedSaved.set(-1);
        loadedSaved = null;
        load(read.drill());
        fileDesign = read.design();
        file = path;
        fileName.set(path.getFileName().toString());
        useFileDesign.set(true);
        updateDesignLabel();
        notice("Opened " + path.getFileName() + (read.title() == null ? "" : " — " + read.title()));
        return true;
    }

    /** Fills the form from {@code drill} (the design's own saved drills, or a file's). */
    public void load(Drill drill) {
        name.set(drill.name());
        description = drill.description();
        queryName.set(drill.query().name().text());
        queryType.set(drill.query().type());
        duration.set(Numbers.format(drill.durationSeconds()));
        step.set(Numbers.format(drill.stepSeconds()));
        queriesPerSecond.set(Numbers.format(drill.queriesPerSecond()));
        resolverCount.set(Integer.toString(drill.resolvers().count()));
        resolverMix.set(mixText(drill.resolvers()));
        showPopulation(drill.population());
        regionEndpoints = drill.regionEndpoints();
        endpointChecks = drill.endpointChecks();
        events.setAll(drill.events());
        assertions.setAll(drill.assertions());
    }

    /**
     * Saves the form's drill with the design runs use as a standalone drill file, in the background (the outcome
     * arrives as the message); false when the form or the design cannot make one.
     */
    public boolean saveAs(Path target) {
        Design design = designForRun();
        if (design == null) {
            error("Open a design or a drill file first.");
            return false;
        }
        Drill drill;
        try {
            drill = buildDrill();
        } catch (IllegalArgumentException e) {
            error("Cannot save the drill: " + e.getMessage());
            return false;
        }
        String title = drill.name();
        return export(target, () -> reopenable(services.formats().drillFileWriter().write(design, drill, title)),
                () -> {
                    file = target;
                    fileName.set(target.getFileName().toString());
                });
    }

    /** The text, once the drill reader accepts it: a saved drill must open again (else nothing is written). */
    private String reopenable(String text) {
        try {
            services.formats().drillReader().read("the drill file", text, () -> WorldPopulation.of(services.geo()));
            return text;
        } catch (ImportException e) {
            List<String> lines = new ArrayList<>();
            for (ImportProblem p : e.problems()) {
                lines.add(p.describe());
            }
            throw new IllegalArgumentException("it would not open again: " + String.join("; ", lines), e);
        }
    }

    /**
     * Writes the shown result as an HTML report (key figures, assertions, chart) in the background; false when
     * there is no result. The outcome arrives as the message.
     */
    public boolean exportHtml(Path target) {
        DrillResult shown = result.get();
        if (shown == null) {
            error("Run the drill first.");
            return false;
        }
        String source = file == null ? "open design" : file.toString();
        return export(target, () -> new DrillHtmlWriter().write(source, shown));
    }

    /** Writes the shown result's time series as CSV in the background, like {@link #exportHtml}. */
    public boolean exportCsv(Path target) {
        DrillResult shown = result.get();
        if (shown == null) {
            error("Run the drill first.");
            return false;
        }
        return export(target, () -> new DrillCsvWriter().write(shown));
    }

    /** Writes in the background: a long drill's CSV runs to many megabytes. */
    private boolean export(Path target, java.util.function.Supplier<String> text) {
        return export(target, text, () -> { });
    }

    /** As {@link #export(Path, java.util.function.Supplier)}; {@code written} runs on the FX thread after success. */
    private boolean export(Path target, java.util.function.Supplier<String> text, Runnable written) {
        notice("Writing " + target.getFileName() + "…");
        try {
            background.execute(() -> {
                try {
                    AtomicFiles.write(target, text.get());
                    fx.accept(() -> {
                        written.run();
                        notice("Wrote " + target.getFileName());
                    });
                } catch (IOException | RuntimeException e) {
                    fx.accept(() -> error("Cannot write " + target + ": " + e.getMessage()));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            error("Cannot write " + target + ": the task runner is shut down.");
            return false;
        }
        return true;
    }

    // ---- Running

    /** Starts the drill in the background; false (with a message) when the form or the design is not usable. */
    public boolean run() {
        if (running.get()) {
            return false;
        }
        Design design = designForRun();
        if (design == null) {
            error("Open a design or a drill file first.");
            return false;
        }
        List<Problem> errors = services.validator().validate(design).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            error("The design has " + errors.size() + " error(s), first: " + errors.get(0).message()
                    + " (" + errors.get(0).code() + ")");
            return false;
        }
        Drill drill;
        long seedValue;
        try {
            drill = buildDrill();
            seedValue = Long.parseLong(seed.get().strip());
        } catch (NumberFormatException e) {
            error("Seed must be a whole number, got '" + seed.get() + "'");
            return false;
        } catch (IllegalArgumentException e) {
            error("Drill: " + e.getMessage());
            return false;
        }
        List<String> unusable = problems(drill, design);
        if (!unusable.isEmpty()) {
            error("The drill cannot run against this design: " + String.join("; ", unusable));
            return false;
        }
        long number = ++runNumber;
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequest = cancel;
        running.set(true);
        progress.set(0);
        notice("Running " + drill.name() + "…");
        List<String> checkIds = design.healthChecks().stream().map(HealthCheck::id).toList();
        try {
            background.execute(() -> runInBackground(number, design, drill, seedValue, cancel, checkIds));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            stopped(number, "The drill could not start: the task runner is shut down.", true);
            return false;
        }
        return true;
    }

    /** Asks the running drill to stop; it stops at its next progress report. */
    public void cancel() {
        cancelRequest.set(true);
    }

    private void runInBackground(long number, Design design, Drill drill, long seedValue, AtomicBoolean cancel,
                                 List<String> checkIds) {
        DrillProgress report = new DrillProgress() {
            @Override
            public void progressed(double fraction) {
                fx.accept(() -> {
                    if (number == runNumber) {
                        progress.set(fraction);
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        try {
            DrillResult done = services.drillSimulator().run(design, drill, seedValue, report);
            Charts charts = Charts.of(done);
            fx.accept(() -> finished(number, done, charts, checkIds));
        } catch (CancellationException e) {
            fx.accept(() -> stopped(number, "Cancelled.", false));
        } catch (RuntimeException e) {
            fx.accept(() -> stopped(number, "The drill failed: " + e.getMessage(), true));
        }
    }

    private void stopped(long number, String text, boolean isError) {
        if (number != runNumber) {
            return;
        }
        running.set(false);
        progress.set(0);
        if (isError) {
            error(text);
        } else {
            notice(text);
        }
    }

    private void finished(long number, DrillResult done, Charts charts, List<String> checkIds) {
        if (number != runNumber) {
            return;
        }
        running.set(false);
        progress.set(1);
        this.charts = charts;
        List<String> choices = new ArrayList<>();
        choices.add(ALL_CLIENTS);
        choices.addAll(done.groups());
        groups.setAll(choices);
        if (!groups.contains(chartGroup.get())) {
            chartGroup.set(ALL_CLIENTS);
        }
        showAnswerSeries();
        endpointSeries.setAll(charts.endpoints);
        unhealthySeries.set(charts.unhealthy);
        figures.setAll(figureRows(done.figures()));
        List<AssertionRow> rows = new ArrayList<>();
        for (AssertionOutcome o : done.outcomes()) {
            rows.add(new AssertionRow(o.passed(), DrillTexts.describe(o.assertion()), o.detail()));
        }
        outcomes.setAll(rows);
        long failed = rows.stream().filter(r -> !r.passed()).count();
        verdict.set(rows.isEmpty() ? "no assertions" : failed == 0 ? "all " + rows.size() + " assertions hold"
                : failed + " of " + rows.size() + " assertions fail");
        result.set(done);
        playback.show(done, checkIds);
        notice("Ran " + done.drill().name() + " (seed " + done.seed() + ", " + done.times().length + " samples).");
    }

    private void showAnswerSeries() {
        if (charts == null) {
            return;
        }
        int group = charts.groups.indexOf(chartGroup.get());
        answerSeries.setAll(group < 0 ? charts.answers : charts.groupAnswers.get(group));
    }

    static List<FigureRow> figureRows(KeyFigures f) {
        List<FigureRow> rows = new ArrayList<>();
        rows.add(new FigureRow("incident", Numbers.seconds(f.incidentAt()), ""));
        rows.add(row("time to detection", f.detectedAt(), f.duration(KeyFigures.Name.TIME_TO_DETECTION)));
        rows.add(new FigureRow("affected queries", Numbers.percent(f.affectedShare()), ""));
        rows.add(row("50 % moved", f.moved50At(), f.duration(KeyFigures.Name.TIME_TO_50_PERCENT_MOVED)));
        rows.add(row("99 % moved", f.moved99At(), f.duration(KeyFigures.Name.TIME_TO_99_PERCENT_MOVED)));
        rows.add(row("full failover", f.fullFailoverAt(), f.duration(KeyFigures.Name.TIME_TO_FULL_FAILOVER)));
        rows.add(new FigureRow("restored", Numbers.seconds(f.restoredAt()), ""));
        rows.add(row("recovery detected", f.recoveryDetectedAt(),
                f.duration(KeyFigures.Name.TIME_TO_RECOVERY_DETECTION)));
        rows.add(row("99 % back", f.back99At(), f.duration(KeyFigures.Name.TIME_TO_99_PERCENT_BACK)));
        rows.add(row("fully back", f.fullyBackAt(), f.duration(KeyFigures.Name.TIME_TO_FULLY_BACK)));
        return rows;
    }

    private static FigureRow row(String label, Double at, Double after) {
        return new FigureRow(label, at == null ? "—" : "t=" + Numbers.seconds(at),
                after == null ? "" : "+" + Numbers.seconds(after));
    }

    private void error(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    private void notice(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    /** The chart series of a result, thinned off the FX thread. */
    record Charts(List<ShareSeries> answers, List<String> groups, List<List<ShareSeries>> groupAnswers,
                  List<ShareSeries> endpoints, ShareSeries unhealthy) {

        static Charts of(DrillResult r) {
            int answerCount = r.shareByAnswer().length;
            double[][] all = new double[answerCount * (1 + r.groups().size()) + r.shareByEndpoint().length + 1][];
            int k = 0;
            for (double[] s : r.shareByAnswer()) {
                all[k++] = s;
            }
            for (double[][] group : r.groupShareByAnswer()) {
                for (double[] s : group) {
                    all[k++] = s;
                }
            }
            for (double[] s : r.shareByEndpoint()) {
                all[k++] = s;
            }
            all[k] = r.unhealthyShare();
            int[] keep = Downsampling.indices(all, Downsampling.MAX_POINTS);
            double[] times = Downsampling.take(r.times(), keep);
            List<ShareSeries> answers = new ArrayList<>();
            for (int a = 0; a < r.answers().size(); a++) {
                answers.add(new ShareSeries(r.answers().get(a).label(), times,
                        Downsampling.take(r.shareByAnswer()[a], keep)));
            }
            List<List<ShareSeries>> groupAnswers = new ArrayList<>();
            for (int g = 0; g < r.groups().size(); g++) {
                List<ShareSeries> series = new ArrayList<>();
                for (int a = 0; a < answerCount; a++) {
                    series.add(new ShareSeries(r.answers().get(a).label(), times,
                            Downsampling.take(r.groupShareByAnswer()[g][a], keep)));
                }
                groupAnswers.add(series);
            }
            List<ShareSeries> endpoints = new ArrayList<>();
            for (int e = 0; e < r.endpoints().size(); e++) {
                endpoints.add(new ShareSeries(r.endpoints().get(e), times,
                        Downsampling.take(r.shareByEndpoint()[e], keep)));
            }
            return new Charts(answers, r.groups(), groupAnswers, endpoints,
                    new ShareSeries("sent to unhealthy endpoints", times, Downsampling.take(r.unhealthyShare(), keep)));
        }
    }
}
