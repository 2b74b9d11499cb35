package dev.failoverstudio.ui.resolver;

import dev.failoverstudio.ui.vm.resolver.WatchEntry;
import dev.failoverstudio.ui.vm.resolver.WatchListViewModel;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;

/** Pinned queries with their current answers; an entry whose answer the last change altered is {@code :changed}. */
final class WatchListView extends VBox {

    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    WatchListView(WatchListViewModel vm) {
        setId("watch-list");
        getStyleClass().add("watch-list");
        setSpacing(4);
        ListView<WatchEntry> list = new ListView<>(vm.entries());
        list.setId("watch-entries");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label("Pin a query to watch its answer while you toggle health."));
        list.setCellFactory(l -> new WatchCell(vm));
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            WatchEntry selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && (e.getCode() == javafx.scene.input.KeyCode.DELETE
                    || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE)) {
                vm.unpin(selected); // consumed, so the canvas's Delete shortcut does not also fire
                e.consume();
            }
        });

        Button save = new Button("Save as scenario…");
        save.setId("save-watch-list");
        save.setTooltip(new Tooltip("Save the pinned queries with their current answers as a scenario file"));
        save.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.entries()));
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save watch list as scenario");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario files", "*.json"));
            chooser.setInitialFileName("watch-list.json");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                vm.saveAsScenario(file.toPath());
            }
        });
        Label message = new Label();
        message.getStyleClass().add("panel-message");
        message.textProperty().bind(vm.messageProperty());
        HBox bar = new HBox(6, save, message);
        getChildren().addAll(list, bar);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    /** One entry: question and client, current answer, what it was before the last change. */
    private static final class WatchCell extends ListCell<WatchEntry> {
        private final Label question = new Label();
        private final Label client = new Label();
        private final Label answer = new Label();
        private final Label previous = new Label();
        private final Button unpin = new Button("×");
        private final VBox box;
        private final ChangeListener<Boolean> changedListener = (obs, a, b) -> pseudoClassStateChanged(CHANGED, b);
        private WatchEntry shown;

        WatchCell(WatchListViewModel vm) {
            question.getStyleClass().add("watch-question");
            client.getStyleClass().add("watch-client");
            answer.getStyleClass().add("watch-answer");
            previous.getStyleClass().add("watch-previous");
            unpin.getStyleClass().add("watch-unpin");
            unpin.setTooltip(new Tooltip("Unpin this query (Delete)"));
            unpin.setOnAction(e -> {
                if (getItem() != null) {
                    vm.unpin(getItem());
                }
            });
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox line = new HBox(8, question, client, spacer, answer, unpin);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            previous.managedProperty().bind(previous.textProperty().isNotEmpty());
            box = new VBox(2, line, previous);
            getStyleClass().add("watch-cell");
        }

        @Override
        protected void updateItem(WatchEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.changedProperty().removeListener(changedListener);
                answer.textProperty().unbind();
                previous.textProperty().unbind();
            }
            shown = empty ? null : item;
            if (shown == null) {
                setGraphic(null);
                pseudoClassStateChanged(CHANGED, false);
                return;
            }
            question.setText(shown.questionText());
            client.setText(shown.clientText());
            answer.textProperty().bind(shown.answerProperty());
            previous.textProperty().bind(javafx.beans.binding.Bindings.when(
                    shown.previousProperty().isEmpty()).then("").otherwise(
                    javafx.beans.binding.Bindings.concat("changed by the last edit; was ", shown.previousProperty())));
            shown.changedProperty().addListener(changedListener);
            pseudoClassStateChanged(CHANGED, shown.changedProperty().get());
            setGraphic(box);
        }
    }
}
