package dev.failoverstudio.ui.serve;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.ui.serve.vm.BindRequest;
import dev.failoverstudio.ui.serve.vm.QueryLogViewModel;
import dev.failoverstudio.ui.serve.vm.ServeState;
import dev.failoverstudio.ui.serve.vm.ServeViewModel;
import dev.failoverstudio.ui.fx.ToolButton;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The Serve panel: a Serve toggle with address and port, a status line, and the live query log (pause, clear,
 * filter, received and dropped counts). The log is drained four times per second by a {@link Timeline}, so a
 * flood of queries costs the FX thread at most one bounded batch per tick.
 *
 * <p>Mounting: {@code new ServePanel(design, services, background)}, where {@code design} is the current design
 * (e.g. {@code history document.map(DesignDocument::design)}); add {@link #stylesheet()} to the scene; call
 * {@link #close()} when the window closes (stops the server).
 */
public final class ServePanel extends BorderPane implements AutoCloseable {

    /**
     * How often the log takes new queries. Every tick re-lays out and repaints the visible rows whatever the
     * query rate, so the tick rate, not the load, sets the FX thread's cost: four updates a second read as live
     * and left the server about twice the throughput of ten under dnsperf on the project machine.
     */
    static final Duration DRAIN_EVERY = Duration.millis(250);
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass SERVING = PseudoClass.getPseudoClass("serving");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass DROPPING = PseudoClass.getPseudoClass("dropping");

    private final ServeViewModel viewModel;
    private final Timeline drainer;

    /** A panel over a new view model; binding and compiling run on {@code background}. Construct on the FX thread. */
    public ServePanel(ObservableValue<Design> design, Services services, Executor background) {
        this(new ServeViewModel(design, services, background, Platform::runLater));
    }

    public ServePanel(ServeViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add("serve-panel");
        setId("serve-panel");
        viewModel.setBindConfirmation(this::confirm);
        setTop(new VBox(serveBar(), statusLine(), logBar()));
        setCenter(new QueryLogTable(viewModel.queryLog().visibleRows()));
        drainer = new Timeline(new KeyFrame(DRAIN_EVERY, e -> viewModel.queryLog().drain()));
        drainer.setCycleCount(Animation.INDEFINITE);
        drainer.play();
    }

    /** The stylesheet of the Serve panel and the export dialog, to add to the scene. */
    public static String stylesheet() {
        return Objects.requireNonNull(ServePanel.class.getResource("/dev/failoverstudio/ui/ops-panels.css"),
                "ops-panels.css").toExternalForm();
    }

    public ServeViewModel viewModel() {
        return viewModel;
    }

    /** Stops the log timer and the server (waits for its threads). Call on window close or application exit. */
    @Override
    public void close() {
        drainer.stop();
        viewModel.close();
    }

    private HBox serveBar() {
        ToggleButton serve = new ToggleButton();
        serve.setId("serve-toggle");
        serve.getStyleClass().add("serve-toggle");
        serve.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.stateProperty().get()) {
            case STOPPED -> "Serve";
            case STARTING -> "Starting…";
            case SERVING -> "Stop serving";
            case STOPPING -> "Stopping…";
        }, viewModel.stateProperty()));
        serve.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ServeState s = viewModel.stateProperty().get();
            return s == ServeState.STARTING || s == ServeState.STOPPING;
        }, viewModel.stateProperty()));
        serve.setSelected(false);
        viewModel.stateProperty().addListener((obs, b, s) -> serve.setSelected(s != ServeState.STOPPED));
        serve.setOnAction(e -> {
            serve.setSelected(viewModel.stateProperty().get() != ServeState.STOPPED); // the model decides
            viewModel.toggle();
        });
        serve.setTooltip(new Tooltip("Answer real DNS queries (UDP and TCP) from the current design"));

        TextField address = field("serve-address", 13, viewModel.addressProperty(),
                viewModel.addressProblemProperty());
        TextField port = field("serve-port", 5, viewModel.portProperty(), viewModel.portProblemProperty());
        address.setOnAction(e -> viewModel.start());
        port.setOnAction(e -> viewModel.start());
        Label addressLabel = new Label("Address");
        addressLabel.setLabelFor(address);
        Label portLabel = new Label("Port");
        portLabel.setLabelFor(port);
        for (Region r : new Region[]{serve, addressLabel, portLabel, address, port}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(serve, addressLabel, address, portLabel, port);
        bar.getStyleClass().add("serve-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TextField field(String id, int columns, javafx.beans.property.StringProperty value,
                            javafx.beans.property.ReadOnlyStringProperty problem) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(ServeState.STOPPED));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(problem);
        Runnable mark = () -> {
            boolean invalid = !problem.get().isEmpty();
            field.pseudoClassStateChanged(INVALID, invalid);
            field.setTooltip(invalid ? tip : null);
        };
        problem.addListener((obs, b, a) -> mark.run());
        mark.run();
        return field;
    }

    private VBox statusLine() {
        Label status = new Label();
        status.setId("serve-status");
        status.getStyleClass().add("serve-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        viewModel.failedProperty().addListener((obs, b, a) -> status.pseudoClassStateChanged(FAILED, a));
        viewModel.stateProperty().addListener((obs, b, s) ->
                status.pseudoClassStateChanged(SERVING, s == ServeState.SERVING));
        // a read-only field, so the user can select and copy the command
        TextField dig = new TextField();
        dig.setId("serve-dig");
        dig.getStyleClass().add("serve-dig");
        dig.setEditable(false);
        dig.textProperty().bind(viewModel.digHintProperty());
        dig.visibleProperty().bind(viewModel.digHintProperty().isNotEmpty());
        dig.managedProperty().bind(dig.visibleProperty());
        Label fieldProblems = new Label();
        fieldProblems.setId("serve-field-problems");
        fieldProblems.getStyleClass().add("serve-field-problems");
        fieldProblems.textProperty().bind(Bindings.createStringBinding(() -> String.join("; ",
                        java.util.stream.Stream.of(viewModel.addressProblemProperty().get(),
                                viewModel.portProblemProperty().get()).filter(s -> !s.isEmpty()).toList()),
                viewModel.addressProblemProperty(), viewModel.portProblemProperty()));
        fieldProblems.visibleProperty().bind(fieldProblems.textProperty().isNotEmpty());
        fieldProblems.managedProperty().bind(fieldProblems.visibleProperty());
        VBox box = new VBox(fieldProblems, status, dig);
        box.getStyleClass().add("serve-status-box");
        return box;
    }

    private HBox logBar() {
        QueryLogViewModel log = viewModel.queryLog();
        Label title = new Label("Query log");
        title.getStyleClass().add("serve-log-title");
        ToggleButton pause = new ToggleButton("Pause");
        pause.setId("serve-pause");
        pause.setTooltip(new Tooltip("Stop adding queries to the log (the server keeps answering)"));
        pause.selectedProperty().bindBidirectional(log.pausedProperty());
        pause.textProperty().bind(Bindings.when(log.pausedProperty()).then("Resume").otherwise("Pause"));
        Button clear = ToolButton.of("Clear", "serve-clear",
                "Empty the query log", log::clear);
        TextField filter = new TextField();
        filter.setId("serve-filter");
        filter.setPromptText("Filter: name, client, answer, rcode…");
        filter.setPrefColumnCount(18);
        filter.setMinWidth(120);
        filter.textProperty().bindBidirectional(log.filterProperty());
        Label counts = new Label();
        counts.setId("serve-log-counts");
        counts.getStyleClass().add("serve-log-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> String.format(
                        "%,d shown · %,d received · %,d dropped", log.visibleRows().size(),
                        log.receivedProperty().get(), log.droppedProperty().get()),
                log.visibleRows(), log.receivedProperty(), log.droppedProperty()));
        counts.setTooltip(new Tooltip(String.format("The log keeps the newest %,d queries. Dropped: answered while"
                + " the log could not keep up or was paused.", log.capacity())));
        log.droppedProperty().addListener((obs, b, a) ->
                counts.pseudoClassStateChanged(DROPPING, a.longValue() > 0));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Region r : new Region[]{title, pause, clear, counts}) {
            r.setMinWidth(Region.USE_PREF_SIZE); // the filter field and the counts give way first
        }
        HBox bar = new HBox(title, pause, clear, filter, gap, counts);
        bar.getStyleClass().add("serve-log-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Shown before serving beyond loopback. */
    private boolean confirm(BindRequest request, String question) {
        ButtonType serveAnyway = new ButtonType("Serve on " + request.address().getHostAddress(),
                ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, serveAnyway, ButtonType.CANCEL);
        alert.setTitle("Serve beyond this machine?");
        alert.setHeaderText("Serve on " + request.describe() + "?");
        if (getScene() != null && getScene().getWindow() != null) {
            alert.initOwner(getScene().getWindow());
        }
        return alert.showAndWait().filter(serveAnyway::equals).isPresent();
    }
}
