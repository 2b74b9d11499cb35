package dev.failoverstudio.ui.resolver;

import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;
import dev.failoverstudio.ui.vm.resolver.WatchListViewModel;
import dev.failoverstudio.ui.vm.resolver.WorldMapViewModel;
import dev.failoverstudio.ui.fx.ToolButton;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

import java.util.Locale;

/**
 * The live resolver pane: query, client (also picked on the world map), the response as dig prints it, the trace as numbered steps with rule
 * ids, the traffic shares of random policies, and the watch list. Self-contained: everything comes from its
 * view models.
 */
public final class ResolverPane extends ScrollPane {

    private static final PseudoClass NOERROR = PseudoClass.getPseudoClass("noerror");

    private final Hyperlink rulesLink = new Hyperlink("How does Route 53 pick an answer?");
    private Runnable rulesHelp = () -> { };

    public ResolverPane(ResolverViewModel vm, WatchListViewModel watchList, WorldMapViewModel worldMap) {
        getStyleClass().add("resolver-pane");
        setId("resolver-pane");
        setFitToWidth(true);

        TextField name = new TextField();
        name.setId("query-name");
        name.setPromptText("www.example.com.");
        name.textProperty().bindBidirectional(vm.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        TextFields.bindAutoCompletion(name, request -> vm.completions(request.getUserText()));
        ComboBox<String> type = new ComboBox<>(vm.types());
        type.setId("query-type");
        type.valueProperty().bindBidirectional(vm.typeProperty());
        Button pin = ToolButton.of("Pin", "pin-query",
                "Pin this query to the watch list, to follow its answer while health changes",
                () -> vm.question().ifPresent(q -> watchList.pin(q.query(), q.client())));
        HBox queryRow = new HBox(6, name, type, pin);
        queryRow.getStyleClass().add("query-row");

        Label problem = new Label();
        problem.getStyleClass().add("input-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        Label rcode = new Label();
        rcode.setId("result-rcode");
        rcode.getStyleClass().add("rcode");
        rcode.textProperty().bind(vm.rcodeProperty());
        vm.rcodeProperty().addListener((obs, a, b) -> rcode.pseudoClassStateChanged(NOERROR, "NOERROR".equals(b)));
        rcode.pseudoClassStateChanged(NOERROR, "NOERROR".equals(vm.rcodeProperty().get()));
        Label answer = new Label();
        answer.setId("result-answer");
        answer.getStyleClass().add("answer-summary");
        answer.textProperty().bind(vm.answerSummaryProperty());
        Label timing = new Label();
        timing.getStyleClass().add("timing");
        timing.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                        "resolved in %.0f µs · samples in %.1f ms", vm.resolveNanosProperty().get() / 1e3,
                        vm.samplingNanosProperty().get() / 1e6),
                vm.resolveNanosProperty(), vm.samplingNanosProperty()));
        HBox resultHead = new HBox(8, rcode, answer);
        resultHead.getStyleClass().add("result-head");

        TextArea response = new TextArea();
        response.setId("result-response");
        response.getStyleClass().add("dig-text");
        response.setEditable(false);
        response.setPrefRowCount(12);
        response.textProperty().bind(vm.responseProperty());

        rulesLink.setId("how-route53-answers");
        rulesLink.setOnAction(e -> rulesHelp.run());
        ListView<String> trace = new ListView<>(vm.trace());
        trace.setId("result-trace");
        trace.getStyleClass().add("trace-list");
        trace.setPrefHeight(220);
        trace.setCellFactory(list -> new TraceStepCell(list));

        VBox query = new VBox(6, queryRow, new ClientPicker(vm), problem);
        VBox result = new VBox(6, resultHead, response, timing);
        VBox content = new VBox(
                titled("Query", query),
                titled("World map", new WorldMapView(worldMap)),
                titled("Answer", result),
                titled("Trace", new VBox(4, trace, rulesLink)),
                titled("Traffic shares", new TrafficSharesView(vm)),
                titled("Watch list", new WatchListView(watchList)));
        content.getStyleClass().add("resolver-content");
        setContent(content);
    }

    /** What the link under the trace opens: the main window's page on how Route 53 picks an answer. */
    public void setRulesHelp(Runnable action) {
        rulesHelp = action == null ? () -> { } : action;
    }

    private static TitledPane titled(String title, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.getStyleClass().add("resolver-section");
        return pane;
    }
}
