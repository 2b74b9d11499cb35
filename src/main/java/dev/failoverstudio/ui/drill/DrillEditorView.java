package dev.failoverstudio.ui.drill;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillAssertion;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.KeyFigures;
import dev.failoverstudio.domain.drill.PopulationLocation;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.ui.drill.vm.LocationDraft;
import dev.failoverstudio.ui.drill.vm.AssertionDraft;
import dev.failoverstudio.ui.drill.vm.DrillTexts;
import dev.failoverstudio.ui.drill.vm.DrillViewModel;
import dev.failoverstudio.ui.drill.vm.EventDraft;
import dev.failoverstudio.ui.fx.ToolButton;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The drill editor: the design's saved drills, the parameters, the timeline of events with its form, the client
 * population, and the assertions with theirs.
 */
final class DrillEditorView extends ScrollPane {

    private final DrillViewModel vm;

    DrillEditorView(DrillViewModel vm) {
        this.vm = vm;
        getStyleClass().add("drill-editor");
        setFitToWidth(true);
        VBox content = new VBox(saved(), parameters(), timeline(), population(), assertions());
        content.getStyleClass().add("drill-editor-content");
        setContent(content);
    }

    /** The drills the design saves: choose one to edit it there; add, save over, remove (all undoable). */
    private TitledPane saved() {
        ListView<Drill> list = new ListView<>(vm.savedDrills());
        list.setId("drill-saved");
        list.setPrefHeight(90);
        list.setPlaceholder(placeholder("This design saves no drills yet: fill in the form and add it."));
        list.setCellFactory(l -> textCell(Drill::name));
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            // Only a choice detaches nothing: the list loses its selection when its items change, and the form
            // must stay on the drill it edits (the view model detaches it itself on remove or file open).
            if (now.intValue() >= 0 && now.intValue() != vm.selectedSavedProperty().get()) {
                vm.selectSaved(now.intValue());
            }
        });
        Runnable followSelection = () -> {
            int now = vm.selectedSavedProperty().get();
            if (list.getSelectionModel().getSelectedIndex() != now) {
                if (now < 0) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(now);
                }
            }
        };
        vm.selectedSavedProperty().addListener((obs, old, now) -> followSelection.run());
        vm.savedDrills().addListener((javafx.collections.ListChangeListener<Drill>) c -> followSelection.run());
        Button add = ToolButton.of("Add to design", "drill-saved-add",
                "Save the drill being edited in the design, as a new drill (undoable)", vm::addToDesign);
        Button save = ToolButton.of("Save changes", "drill-saved-save",
                "Save the edits to the selected drill of the design (undoable)", vm::saveToDesign);
        Button remove = ToolButton.of("Remove", "drill-saved-remove",
                "Remove the selected drill from the design (undoable)", vm::removeFromDesign);
        save.disableProperty().bind(vm.selectedSavedProperty().lessThan(0));
        remove.disableProperty().bind(vm.selectedSavedProperty().lessThan(0));
        FlowPane buttons = new FlowPane(add, save, remove);
        buttons.getStyleClass().add("drill-buttons");
        TitledPane pane = new TitledPane("Drills in this design", new VBox(list, buttons));
        pane.setCollapsible(false);
        return pane;
    }

    private TitledPane parameters() {
        FormGrid form = new FormGrid();
        form.text("Name", "drill-name", vm.nameProperty());
        form.text("Query name", "drill-query-name", vm.queryNameProperty());
        form.text("Query type", "drill-query-type", vm.queryTypeProperty());
        form.text("Duration (s)", "drill-duration", vm.durationProperty());
        form.text("Step (s)", "drill-step", vm.stepProperty());
        form.text("Queries/s", "drill-qps", vm.queriesPerSecondProperty());
        form.text("Resolvers", "drill-resolvers", vm.resolverCountProperty());
        form.text("Resolver mix (% / min s)", "drill-resolver-mix", vm.resolverMixProperty())
                .setPromptText("90/0, 8/300, 2/3600");
        form.text("Seed", "drill-seed", vm.seedProperty());
        CheckBox fileDesign = new CheckBox("Use the drill file's design");
        fileDesign.setId("drill-use-file-design");
        fileDesign.selectedProperty().bindBidirectional(vm.useFileDesignProperty());
        fileDesign.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.hasFileDesign(),
                vm.fileNameProperty()));
        form.add("", fileDesign);
        TitledPane pane = new TitledPane("Drill", form);
        pane.setCollapsible(false);
        return pane;
    }

    private TitledPane timeline() {
        ListView<DrillEvent> list = new ListView<>(vm.events());
        list.setId("drill-events");
        list.setPrefHeight(150);
        list.setCellFactory(l -> textCell(DrillTexts::describe));
        removeOnDelete(list, vm::removeEvent);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                vm.editEvent(now.intValue());
            }
        });

        EventDraft d = vm.eventDraft();
        FormGrid form = new FormGrid();
        ComboBox<EventDraft.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(EventDraft.Kind.values());
        kind.valueProperty().bindBidirectional(d.kindProperty());
        form.add("Kind", kind);
        form.text("At (s)", "drill-event-at", d.atProperty());
        var target = form.text("Target", "drill-event-target", d.targetProperty());
        ComboBox<DrillEvent.Observed> state = new ComboBox<>();
        state.getItems().setAll(DrillEvent.Observed.values());
        state.valueProperty().bindBidirectional(d.stateProperty());
        form.add("State", state);
        CheckBox timesOut = new CheckBox("Probes time out (drops packets)");
        timesOut.selectedProperty().bindBidirectional(d.timesOutProperty());
        form.add("", timesOut);
        target.promptTextProperty().bind(Bindings.createStringBinding(() -> switch (d.kindProperty().get()) {
            case ENDPOINT -> "endpoint value, e.g. 192.0.2.10";
            case REGION -> "AWS Region, e.g. us-east-1";
            default -> "health check Id";
        }, d.kindProperty()));
        var regions = form.text("Checker Regions", "drill-event-regions", d.checkerRegionsProperty());
        regions.setPromptText("all");
        ComboBox<EventDraft.Switch> disabled = switchBox(d.disabledProperty());
        form.add("Disabled", disabled);
        ComboBox<EventDraft.Switch> inverted = switchBox(d.invertedProperty());
        form.add("Inverted", inverted);
        var recordName = form.text("Record name", "drill-event-record", d.recordNameProperty());
        var recordType = form.text("Record type", "drill-event-type", d.recordTypeProperty());
        var setId = form.text("Set identifier", "drill-event-set-id", d.setIdentifierProperty());
        var weight = form.text("Weight", "drill-event-weight", d.weightProperty());
        var values = form.text("Values", "drill-event-values", d.valuesProperty());
        values.setPromptText("192.0.2.10, 192.0.2.11");
        var ttl = form.text("TTL (s)", "drill-event-ttl", d.ttlProperty());
        ComboBox<RecordSet> recordSet = new ComboBox<>(vm.recordSetChoices());
        recordSet.setId("drill-event-record-set");
        recordSet.setPromptText("choose from the design");
        recordSet.setMaxWidth(Double.MAX_VALUE);
        recordSet.setCellFactory(l -> textCell(RecordSet::describe));
        recordSet.setButtonCell(textCell(RecordSet::describe));
        recordSet.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                d.choose(now);
            }
        });
        form.add("Record set", recordSet);

        BooleanBinding isWeight = d.kindProperty().isEqualTo(EventDraft.Kind.SET_WEIGHT);
        BooleanBinding isUpsert = d.kindProperty().isEqualTo(EventDraft.Kind.UPSERT);
        BooleanBinding isDelete = d.kindProperty().isEqualTo(EventDraft.Kind.DELETE);
        BooleanBinding onRecordSet = isWeight.or(isUpsert).or(isDelete);
        BooleanBinding isSwitch = d.kindProperty().isEqualTo(EventDraft.Kind.SWITCH);
        BooleanBinding isRegion = d.kindProperty().isEqualTo(EventDraft.Kind.REGION);
        BooleanBinding isCheck = d.kindProperty().isEqualTo(EventDraft.Kind.HEALTH_CHECK);
        form.showWhen(target, onRecordSet.not());
        form.showWhen(state, onRecordSet.not().and(isSwitch.not()));
        form.showWhen(timesOut, d.kindProperty().isEqualTo(EventDraft.Kind.ENDPOINT).or(isRegion));
        form.showWhen(regions, d.kindProperty().isEqualTo(EventDraft.Kind.ENDPOINT).or(isCheck));
        form.showWhen(disabled, isSwitch);
        form.showWhen(inverted, isSwitch);
        for (var n : new javafx.scene.Node[] {recordSet, recordName, recordType, setId}) {
            form.showWhen(n, onRecordSet);
        }
        form.showWhen(weight, isWeight.or(isUpsert));
        form.showWhen(values, isUpsert);
        form.showWhen(ttl, isUpsert);

        FlowPane buttons = new FlowPane();
        buttons.getChildren().setAll(listEditButtons(list, "drill-event", "event", "the timeline", vm::addEvent,
                vm::replaceEvent, vm::removeEvent));
        buttons.getStyleClass().add("drill-buttons");
        return new TitledPane("Timeline", new VBox(list, form, buttons));
    }

    /** The client population: locations with shares in percent, and the world default to go back to. */
    private TitledPane population() {
        Label summary = new Label();
        summary.setId("drill-population-summary");
        summary.getStyleClass().add("drill-population-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.populationSummaryProperty());
        ListView<PopulationLocation> list = new ListView<>(vm.locations());
        list.setId("drill-locations");
        list.setPlaceholder(placeholder("The world default, one location per country: "
                + "\"Restore world default\" lists them."));
        list.setPrefHeight(120);
        list.setCellFactory(l -> textCell(DrillTexts::describe));
        list.getSelectionModel().selectedIndexProperty()
                .addListener((obs, old, now) -> vm.editLocation(now.intValue()));

        LocationDraft d = vm.locationDraft();
        FormGrid form = new FormGrid();
        form.text("Name", "drill-location-name", d.nameProperty());
        form.text("Group", "drill-location-group", d.groupProperty()).setPromptText("the continent");
        form.text("Continent", "drill-location-continent", d.continentProperty()).setPromptText("EU");
        form.text("Country", "drill-location-country", d.countryProperty()).setPromptText("DE");
        form.text("Subdivision", "drill-location-subdivision", d.subdivisionProperty());
        form.text("Nearest Region", "drill-location-region", d.regionProperty()).setPromptText("eu-central-1");
        form.text("Share (%)", "drill-location-share", d.sharePercentProperty());

        Button world = ToolButton.of("Restore world default", "drill-location-world",
                "Use the world default population again: countries weighted by their IPv4 address space (DB-IP)",
                vm::restoreWorldPopulation);
        // Enabled while the world default is in force but not listed yet: restoring lists its locations.
        world.disableProperty().bind(vm.worldPopulationProperty().and(Bindings.isNotEmpty(vm.locations())));
        FlowPane buttons = new FlowPane();
        buttons.getChildren().setAll(listEditButtons(list, "drill-location", "client location", "the population",
                vm::addLocation, vm::replaceLocation, vm::removeLocation));
        buttons.getChildren().add(world);
        buttons.getStyleClass().add("drill-buttons");
        TitledPane pane = new TitledPane("Clients", new VBox(summary, list, form, buttons));
        pane.setExpanded(false);
        return pane;
    }

    /**
     * Add, Replace selected and Remove selected for the {@code item}s of {@code list}, which lives in {@code place}
     * ("the timeline"); the last two act on the list's selection and wait for one. Ids are {@code idPrefix-add},
     * {@code -replace} and {@code -remove}.
     */
    private static List<Button> listEditButtons(ListView<?> list, String idPrefix, String item, String place,
                                                Runnable add, IntConsumer replace, IntConsumer remove) {
        var selected = list.getSelectionModel().selectedIndexProperty();
        Button adding = ToolButton.of("Add", idPrefix + "-add", "Add the " + item + " described above to " + place,
                add);
        Button replacing = ToolButton.of("Replace selected", idPrefix + "-replace",
                "Replace the selected " + item + " with the one described above",
                () -> replace.accept(selected.get()));
        Button removing = ToolButton.of("Remove selected", idPrefix + "-remove",
                "Remove the selected " + item + " from " + place, () -> remove.accept(selected.get()));
        replacing.disableProperty().bind(selected.lessThan(0));
        removing.disableProperty().bind(selected.lessThan(0));
        return List.of(adding, replacing, removing);
    }

    private TitledPane assertions() {
        ListView<DrillAssertion> list = new ListView<>(vm.assertions());
        list.setId("drill-assertions");
        list.setPrefHeight(110);
        list.setCellFactory(l -> textCell(DrillTexts::describe));
        removeOnDelete(list, vm::removeAssertion);

        AssertionDraft d = vm.assertionDraft();
        FormGrid form = new FormGrid();
        ComboBox<AssertionDraft.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(AssertionDraft.Kind.values());
        kind.valueProperty().bindBidirectional(d.kindProperty());
        form.add("Kind", kind);
        ComboBox<KeyFigures.Name> figure = new ComboBox<>();
        figure.getItems().setAll(KeyFigures.Name.values());
        figure.valueProperty().bindBidirectional(d.figureProperty());
        form.add("Figure", figure);
        var from = form.text("From (s)", "drill-assert-from", d.fromProperty());
        var to = form.text("To (s)", "drill-assert-to", d.toProperty());
        to.setPromptText("end");
        ComboBox<AssertionDraft.ClientsKind> clientsKind = new ComboBox<>();
        clientsKind.getItems().setAll(AssertionDraft.ClientsKind.values());
        clientsKind.valueProperty().bindBidirectional(d.clientsKindProperty());
        form.add("Clients", clientsKind);
        var clients = form.text("Clients value", "drill-assert-clients", d.clientsProperty());
        ComboBox<AssertionDraft.TargetKind> targetKind = new ComboBox<>();
        targetKind.getItems().setAll(AssertionDraft.TargetKind.values());
        targetKind.valueProperty().bindBidirectional(d.targetKindProperty());
        form.add("Counts", targetKind);
        var target = form.text("Answer / Region", "drill-assert-target", d.targetProperty());
        var atLeast = form.text("At least (s or %)", "drill-assert-at-least", d.atLeastProperty());
        var atMost = form.text("At most (s or %)", "drill-assert-at-most", d.atMostProperty());
        atLeast.setPromptText("no bound");
        atMost.setPromptText("no bound");

        BooleanBinding isShare = d.kindProperty().isEqualTo(AssertionDraft.Kind.SHARE);
        form.showWhen(figure, isShare.not());
        for (var n : new javafx.scene.Node[] {from, to, clientsKind, targetKind}) {
            form.showWhen(n, isShare);
        }
        form.showWhen(clients, isShare.and(d.clientsKindProperty().isNotEqualTo(AssertionDraft.ClientsKind.ALL)));
        form.showWhen(target, isShare.and(d.targetKindProperty().isNotEqualTo(AssertionDraft.TargetKind.UNHEALTHY)));

        Button add = ToolButton.of("Add", "drill-assert-add",
                "Add the assertion described above", vm::addAssertion);
        Button remove = ToolButton.of("Remove selected", "drill-assert-remove",
                "Remove the selected assertion", () -> vm.removeAssertion(list.getSelectionModel().getSelectedIndex()));
        remove.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        FlowPane buttons = new FlowPane(add, remove);
        buttons.getStyleClass().add("drill-buttons");
        TitledPane pane = new TitledPane("Assertions", new VBox(list, form, buttons));
        pane.setExpanded(false);
        return pane;
    }

    /** Delete or Backspace on a selected row removes it, as its "Remove selected" button does. */
    private static void removeOnDelete(ListView<?> list, IntConsumer remove) {
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int selected = list.getSelectionModel().getSelectedIndex();
            if (selected >= 0 && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                    && !e.isShortcutDown() && !e.isAltDown()) {
                remove.accept(selected);
                e.consume();
            }
        });
    }

    private static ComboBox<EventDraft.Switch> switchBox(javafx.beans.property.ObjectProperty<EventDraft.Switch> p) {
        ComboBox<EventDraft.Switch> box = new ComboBox<>();
        box.getItems().setAll(EventDraft.Switch.values());
        box.valueProperty().bindBidirectional(p);
        return box;
    }

    private static <T> ListCell<T> textCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** An empty list's hint, wrapped to the list's width: the drills column is narrow on a small screen. */
    private static Label placeholder(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("drill-placeholder");
        return hint;
    }
}
