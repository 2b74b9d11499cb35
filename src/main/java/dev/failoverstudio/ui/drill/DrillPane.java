package dev.failoverstudio.ui.drill;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.ui.drill.vm.DesignSource;
import dev.failoverstudio.ui.drill.vm.DrillViewModel;
import dev.failoverstudio.ui.fx.ToolButton;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The what-if drill pane: the drill editor on the left, the run bar on top, the results (chart, playback, key
 * figures, assertions) in the middle. Self-contained: mount it anywhere; the scrub-time state for the canvas
 * and the map is {@code viewModel().playback().momentProperty()}.
 */
public final class DrillPane extends BorderPane {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final DrillViewModel viewModel;

    /**
     * @param designs    the main window's current design
     * @param services   the application's services
     * @param background where drills run (never the FX thread)
     * @param fx         posts to the FX thread ({@code Platform::runLater})
     */
    public DrillPane(DesignSource designs, Services services, Executor background, Consumer<Runnable> fx) {
        this(new DrillViewModel(designs, services, background, fx));
    }

    public DrillPane(DrillViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add("drill-pane");
        getStylesheets().add(Objects.requireNonNull(DrillPane.class.getResource(
                "/dev/failoverstudio/ui/drill.css")).toExternalForm());
        setTop(runBar());
        SplitPane split = new SplitPane(new DrillEditorView(viewModel), new DrillResultsView(viewModel));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.34);
        setCenter(split);
        setBottom(messageLine());
    }

    public DrillViewModel viewModel() {
        return viewModel;
    }

    private ToolBar runBar() {
        Button open = ToolButton.of("Open drill…", "drill-open",
                "Open a drill file into the editor", this::chooseOpen);
        Button importFile = ToolButton.of("Import into design…", "drill-import",
                "Read a drill file and save its drill in the design (undoable)", this::chooseImport);
        Button save = ToolButton.of("Save drill…", "drill-save",
                "Save the drill being edited to a file", this::chooseSaveDrill);
        Button html = ToolButton.of("Export HTML…", "drill-export-html",
                "Write the last run's report, with its charts, as an HTML file",
                () -> chooseSave("HTML report", "*.html", "drill-report.html", true));
        Button csv = ToolButton.of("Export CSV…", "drill-export-csv",
                "Write the last run's time series as a CSV file",
                () -> chooseSave("CSV time series", "*.csv", "drill-series.csv", false));
        html.disableProperty().bind(viewModel.resultProperty().isNull());
        csv.disableProperty().bind(viewModel.resultProperty().isNull());

        Button run = new Button("Run");
        run.setId("drill-run");
        run.setTooltip(new Tooltip("Run the drill against the open design"));
        run.getStyleClass().add("drill-run");
        run.setDefaultButton(false);
        run.setOnAction(e -> viewModel.run());
        run.disableProperty().bind(viewModel.runningProperty());
        Button cancel = ToolButton.of("Cancel", "drill-cancel",
                "Stop the running drill", viewModel::cancel);
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.setId("drill-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());

        Label design = new Label();
        design.getStyleClass().add("drill-design-label");
        design.textProperty().bind(viewModel.designLabelProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        return new ToolBar(open, importFile, save, new Separator(Orientation.VERTICAL), run, cancel, progress, spring, design,
                new Separator(Orientation.VERTICAL), html, csv);
    }

    private Label messageLine() {
        Label message = new Label();
        message.setId("drill-message");
        message.getStyleClass().add("drill-message");
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsErrorProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(ERROR, now));
        return message;
    }

    private void chooseOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open drill file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Drill files", "*.json"));
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a drill file into the design");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Drill files", "*.json"));
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            viewModel.importIntoDesign(chosen.toPath());
        }
    }

    private void chooseSaveDrill() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save drill file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Drill files", "*.json"));
        chooser.setInitialFileName("drill.json");
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            viewModel.saveAs(chosen.toPath());
        }
    }

    private void chooseSave(String what, String pattern, String suggested, boolean html) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + what);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        chooser.setInitialFileName(suggested);
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            if (html) {
                viewModel.exportHtml(chosen.toPath());
            } else {
                viewModel.exportCsv(chosen.toPath());
            }
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
