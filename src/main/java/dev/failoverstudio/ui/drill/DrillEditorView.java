package dev.failoverstudio.ui.drill;

import dev.failoverstudio.domain.drill.DrillAssertion;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.KeyFigures;
import dev.failoverstudio.ui.drill.vm.AssertionDraft;
import dev.failoverstudio.ui.drill.vm.DrillTexts;
import dev.failoverstudio.ui.drill.vm.DrillViewModel;
import dev.failoverstudio.ui.drill.vm.EventDraft;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Function;
import java.util.function.IntConsumer;

/** The drill editor: parameters, the timeline of events with its form, and the assertions with theirs. */
final class DrillEditorView extends ScrollPane {

    private final DrillViewModel vm;

    DrillEditorView(DrillViewModel vm) {
        this.vm = vm;
        getStyleClass().add("drill-editor");
        setFitToWidth(true);
        VBox content = new VBox(parameters(), timeline(), assertions());
        content.getStyleClass().add("drill-editor-content");
        setContent(content);
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

        BooleanBinding isWeight = d.kindProperty().isEqualTo(EventDraft.Kind.SET_WEIGHT);
        BooleanBinding isSwitch = d.kindProperty().isEqualTo(EventDraft.Kind.SWITCH);
        BooleanBinding isRegion = d.kindProperty().isEqualTo(EventDraft.Kind.REGION);
        BooleanBinding isCheck = d.kindProperty().isEqualTo(EventDraft.Kind.HEALTH_CHECK);
        form.showWhen(target, isWeight.not());
        form.showWhen(state, isWeight.not().and(isSwitch.not()));
        form.showWhen(timesOut, d.kindProperty().isEqualTo(EventDraft.Kind.ENDPOINT).or(isRegion));
        form.showWhen(regions, d.kindProperty().isEqualTo(EventDraft.Kind.ENDPOINT).or(isCheck));
        form.showWhen(disabled, isSwitch);
        form.showWhen(inverted, isSwitch);
        for (var n : new javafx.scene.Node[] {recordName, recordType, setId, weight}) {
            form.showWhen(n, isWeight);
        }

        Button add = new Button("Add");
        add.setId("drill-event-add");
        add.setTooltip(new Tooltip("Add the event described above to the timeline"));
        add.setOnAction(e -> vm.addEvent());
        Button replace = new Button("Replace selected");
        replace.setId("drill-event-replace");
        replace.setTooltip(new Tooltip("Replace the selected event with the one described above"));
        replace.setOnAction(e -> vm.replaceEvent(list.getSelectionModel().getSelectedIndex()));
        Button remove = new Button("Remove selected");
        remove.setId("drill-event-remove");
        remove.setTooltip(new Tooltip("Remove the selected event from the timeline"));
        remove.setOnAction(e -> vm.removeEvent(list.getSelectionModel().getSelectedIndex()));
        replace.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        remove.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        HBox buttons = new HBox(add, replace, remove);
        buttons.getStyleClass().add("drill-buttons");
        return new TitledPane("Timeline", new VBox(list, form, buttons));
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

        Button add = new Button("Add");
        add.setId("drill-assert-add");
        add.setTooltip(new Tooltip("Add the assertion described above"));
        add.setOnAction(e -> vm.addAssertion());
        Button remove = new Button("Remove selected");
        remove.setId("drill-assert-remove");
        remove.setTooltip(new Tooltip("Remove the selected assertion"));
        remove.setOnAction(e -> vm.removeAssertion(list.getSelectionModel().getSelectedIndex()));
        remove.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        HBox buttons = new HBox(add, remove);
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
}
