package dev.failoverstudio.ui.export;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.validate.ChangeAction;
import dev.failoverstudio.ui.export.vm.ExportViewModel;
import dev.failoverstudio.ui.export.vm.FileChoice;
import dev.failoverstudio.ui.export.vm.FormatChoice;
import dev.failoverstudio.ui.export.vm.SaveTarget;
import dev.failoverstudio.ui.export.vm.ZoneChoice;
import dev.failoverstudio.ui.fx.ToolButton;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The export pane (the content of File > Export): format and its options on top, a read-only monospace
 * preview, the notes of what the format cannot carry, and Copy to clipboard / Save as… / Save all….
 *
 * <p>Mounting: {@link ExportDialog#show} opens it in its own window; or embed {@code new ExportPane(design,
 * services, background)} and call {@link #close()} when it goes away.
 */
public final class ExportPane extends BorderPane implements AutoCloseable {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final ExportViewModel viewModel;
    private final SaveTarget saveTarget;

    /** A pane over a new view model; exports run on {@code background}. Construct on the FX thread. */
    public ExportPane(ObservableValue<Design> design, Services services, Executor background) {
        this(ExportViewModel.over(design, services, background, Platform::runLater, new SystemTextClipboard()), null);
    }

    /**
     * @param saveTarget where Save asks for a file or folder; null for the platform's choosers
     */
    public ExportPane(ExportViewModel viewModel, SaveTarget saveTarget) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.saveTarget = saveTarget != null ? saveTarget
                : new ChooserSaveTarget(() -> getScene() == null ? null : getScene().getWindow());
        getStyleClass().add("export-pane");
        setId("export-pane");
        setTop(options());
        setCenter(previewArea());
        setBottom(new VBox(notes(), buttons()));
    }

    /** The stylesheet of the export pane and the Serve panel, to add to the scene. */
    public static String stylesheet() {
        return Objects.requireNonNull(ExportPane.class.getResource("/dev/failoverstudio/ui/ops-panels.css"),
                "ops-panels.css").toExternalForm();
    }

    public ExportViewModel viewModel() {
        return viewModel;
    }

    /** Stops following the design. */
    @Override
    public void close() {
        viewModel.close();
    }

    private GridPane options() {
        ComboBox<FormatChoice> format = new ComboBox<>(viewModel.formatChoices());
        format.setId("export-format");
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        format.setMaxWidth(Double.MAX_VALUE);

        ComboBox<ZoneChoice> zone = new ComboBox<>(viewModel.zoneChoices());
        zone.setId("export-zone");
        zone.valueProperty().bindBidirectional(viewModel.zoneProperty());
        zone.setMaxWidth(Double.MAX_VALUE);

        ToggleGroup actions = new ToggleGroup();
        HBox actionButtons = new HBox();
        actionButtons.getStyleClass().add("segmented");
        for (ChangeAction a : viewModel.actions()) {
            ToggleButton b = new ToggleButton(a.name());
            b.setId("export-action-" + a.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(actions);
            b.setUserData(a);
            b.setTooltip(new Tooltip(a.name() + ": the change batch's action for every record set"));
            b.setSelected(a == viewModel.actionProperty().get());
            actionButtons.getChildren().add(b);
        }
        actions.selectedToggleProperty().addListener((obs, before, after) -> {
            if (after == null) {
                before.setSelected(true); // one action is always chosen
            } else {
                viewModel.actionProperty().set((ChangeAction) after.getUserData());
            }
        });
        Label actionHelp = new Label("UPSERT also replaces record sets that already exist");
        actionHelp.getStyleClass().add("export-help");
        HBox action = new HBox(actionButtons, actionHelp);
        action.getStyleClass().add("export-action");
        action.setAlignment(Pos.CENTER_LEFT);

        ComboBox<String> tree = new ComboBox<>(viewModel.policyNames());
        tree.setId("export-policy-name");
        tree.setEditable(true);
        tree.setPromptText("the first tree");
        tree.setMaxWidth(Double.MAX_VALUE);
        tree.valueProperty().bindBidirectional(viewModel.policyNameProperty());

        ComboBox<FileChoice> file = new ComboBox<>(viewModel.fileChoices());
        file.setId("export-file");
        file.valueProperty().bindBidirectional(viewModel.fileProperty());
        file.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-options");
        row(grid, 0, "Format", format, null);
        row(grid, 1, "Hosted zone", zone, null);
        row(grid, 2, "Changes", baseChoice(), viewModel.baseAppliesProperty());
        row(grid, 3, "Action", action, viewModel.actionAppliesProperty());
        row(grid, 4, "Tree", tree, viewModel.policyNameAppliesProperty());
        row(grid, 5, "File", file, viewModel.severalFilesProperty());
        GridPane.setHgrow(format, Priority.ALWAYS);
        return grid;
    }

    /** "Changes from a design file…": the base file's name, the button that picks it, and Clear. */
    private VBox baseChoice() {
        Label base = new Label();
        base.setId("export-base");
        base.getStyleClass().add("export-help");
        base.textProperty().bind(Bindings.createStringBinding(() -> viewModel.baseFileProperty().get() == null
                ? "All record sets (no base design)"
                : "From " + viewModel.baseFileProperty().get().getFileName() + " to this design",
                viewModel.baseFileProperty()));
        Button choose = ToolButton.of("Changes from a design file…", "export-choose-base",
                "Export only the changes from the design in a file you choose to this design", this::chooseBaseFile);
        Button clear = ToolButton.of("Clear", "export-clear-base",
                "Export all record sets again, without a base design", viewModel::clearBase);
        clear.disableProperty().bind(viewModel.baseFileProperty().isNull());
        HBox line = new HBox(choose, clear, base);
        line.getStyleClass().add("export-action");
        line.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("export-base-problem");
        problem.getStyleClass().add("export-problem");
        problem.pseudoClassStateChanged(ERROR, true);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.baseProblemProperty());
        problem.visibleProperty().bind(viewModel.baseProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(line, problem);
    }

    private void chooseBaseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Base design: project, scenario file or Route 53 list output");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON files", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            viewModel.chooseBase(chosen.toPath());
        }
    }

    private static void row(GridPane grid, int index, String title, Node control, ObservableValue<Boolean> shown) {
        Label label = new Label(title);
        label.getStyleClass().add("export-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, index);
        grid.add(control, 1, index);
        GridPane.setHgrow(control, Priority.ALWAYS);
        if (shown != null) {
            for (Node n : new Node[]{label, control}) {
                n.visibleProperty().bind(shown);
                n.managedProperty().bind(shown);
            }
        }
    }

    private StackPane previewArea() {
        TextArea preview = new TextArea();
        preview.setId("export-preview");
        preview.getStyleClass().add("export-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.textProperty().bind(viewModel.previewProperty());
        Label problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add("export-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.pseudoClassStateChanged(ERROR, true);
        StackPane.setAlignment(problem, Pos.TOP_LEFT);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("export-busy");
        busy.getStyleClass().add("export-busy");
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.setMaxSize(36, 36);
        StackPane.setAlignment(busy, Pos.TOP_RIGHT);
        StackPane stack = new StackPane(preview, problem, busy);
        stack.getStyleClass().add("export-preview-box");
        return stack;
    }

    private VBox notes() {
        Label title = new Label();
        title.getStyleClass().add("export-notes-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.notes().isEmpty()
                ? "Notes: nothing was left out." : "Notes (" + viewModel.notes().size() + ")", viewModel.notes()));
        title.visibleProperty().bind(viewModel.readyProperty()); // no notes to speak of without an output
        title.managedProperty().bind(title.visibleProperty());
        ListView<String> list = new ListView<>(viewModel.notes());
        list.setId("export-notes");
        list.getStyleClass().add("export-notes");
        list.setPrefHeight(96);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(24)); // wrap instead of scrolling sideways
            }

            @Override
            protected void updateItem(String note, boolean empty) {
                super.updateItem(note, empty);
                setText(empty ? null : note);
            }
        });
        list.visibleProperty().bind(Bindings.isNotEmpty(viewModel.notes()));
        list.managedProperty().bind(list.visibleProperty());
        Label cut = new Label("The preview shows the first " + String.format("%,d", ExportViewModel.PREVIEW_LIMIT)
                + " characters; Copy and Save use the whole output.");
        cut.getStyleClass().add("export-help");
        cut.visibleProperty().bind(viewModel.previewCutProperty());
        cut.managedProperty().bind(cut.visibleProperty());
        VBox box = new VBox(cut, title, list);
        box.getStyleClass().add("export-notes-box");
        return box;
    }

    private HBox buttons() {
        Label message = new Label();
        message.setId("export-message");
        message.getStyleClass().add("export-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button copy = ToolButton.of("Copy to clipboard", "export-copy",
                "Copy the shown file to the clipboard", viewModel::copy);
        Button save = new Button("Save as…");
        save.setId("export-save");
        save.setTooltip(new Tooltip("Save the shown file (Enter)"));
        save.setDefaultButton(true);
        save.setOnAction(e -> viewModel.save(saveTarget));
        Button saveAll = ToolButton.of("Save all…", "export-save-all",
                "Save every file of this export into a folder", () -> viewModel.saveAll(saveTarget));
        saveAll.visibleProperty().bind(viewModel.severalFilesProperty());
        saveAll.managedProperty().bind(saveAll.visibleProperty());
        for (Button b : new Button[]{copy, save, saveAll}) {
            b.disableProperty().bind(viewModel.readyProperty().not());
        }
        HBox bar = new HBox(message, copy, save, saveAll);
        bar.getStyleClass().add("export-buttons");
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }
}
