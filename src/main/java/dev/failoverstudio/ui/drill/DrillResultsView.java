package dev.failoverstudio.ui.drill;

import dev.failoverstudio.ui.drill.vm.AssertionRow;
import dev.failoverstudio.ui.drill.vm.DrillMoment;
import dev.failoverstudio.ui.drill.vm.DrillViewModel;
import dev.failoverstudio.ui.drill.vm.FigureRow;
import dev.failoverstudio.ui.drill.vm.ShareSeries;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The results of a run: traffic share chart, unhealthy share, playback, key figures and assertion outcomes. */
final class DrillResultsView extends VBox {

    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final DrillViewModel vm;
    private final StackedAreaChart<Number, Number> shares;
    private final LineChart<Number, Number> unhealthy;
    private final ToggleButton perEndpoint = new ToggleButton("Per endpoint");

    DrillResultsView(DrillViewModel vm) {
        this.vm = vm;
        getStyleClass().add("drill-results");
        shares = new StackedAreaChart<>(timeAxis(), percentAxis("% of queries"));
        shares.setId("drill-share-chart");
        shares.setTitle("Traffic share over time");
        shares.setAnimated(false);
        shares.setCreateSymbols(false);
        NumberAxis unhealthyAxis = percentAxis("%");
        unhealthyAxis.setTickUnit(50);
        unhealthy = new LineChart<>(timeAxis(), unhealthyAxis);
        unhealthy.setId("drill-unhealthy-chart");
        unhealthy.getStyleClass().add("drill-unhealthy-chart");
        unhealthy.setAnimated(false);
        unhealthy.setCreateSymbols(false);
        unhealthy.setLegendVisible(false);
        unhealthy.setTitle("Queries sent to unhealthy endpoints");
        unhealthy.setPrefHeight(150);
        unhealthy.setMinHeight(120);
        ScrubMarker shareChart = new ScrubMarker(shares, vm.playback());
        ScrubMarker unhealthyChart = new ScrubMarker(unhealthy, vm.playback());
        shareChart.setMinHeight(220);
        VBox.setVgrow(shareChart, Priority.ALWAYS);

        ToggleButton perAnswer = new ToggleButton("Per answer");
        perAnswer.setTooltip(new Tooltip("Chart the share of queries each answer received"));
        perEndpoint.setTooltip(new Tooltip("Chart the share of queries each endpoint received"));
        ToggleGroup view = new ToggleGroup();
        perAnswer.setToggleGroup(view);
        perEndpoint.setToggleGroup(view);
        perAnswer.setSelected(true);
        view.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                refreshShares();
            }
        });
        ComboBox<String> group = new ComboBox<>(vm.groups());
        group.setId("drill-chart-group");
        group.valueProperty().bindBidirectional(vm.chartGroupProperty());
        group.disableProperty().bind(perEndpoint.selectedProperty());
        HBox chartBar = new HBox(perAnswer, perEndpoint, new Label("clients"), group);
        chartBar.getStyleClass().add("drill-buttons");

        vm.answerSeries().addListener((ListChangeListener<ShareSeries>) c -> refreshShares());
        vm.endpointSeries().addListener((ListChangeListener<ShareSeries>) c -> refreshShares());
        vm.unhealthySeriesProperty().addListener((obs, old, now) -> {
            XYChart.Series<Number, Number> line = now == null ? new XYChart.Series<>() : series(now);
            unhealthy.getData().setAll(List.of(line));
        });

        getChildren().addAll(chartBar, shareChart, unhealthyChart, new PlaybackBar(vm.playback()), details());
    }

    private HBox details() {
        TableView<FigureRow> figures = new TableView<>(vm.figures());
        figures.setId("drill-figures");
        figures.getColumns().add(column("Key figure", FigureRow::label, 140));
        figures.getColumns().add(column("At", FigureRow::at, 90));
        figures.getColumns().add(column("After", FigureRow::after, 90));
        figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        figures.setPlaceholder(new Label("Run the drill to see its key figures."));
        figures.setPrefWidth(340);
        figures.setPrefHeight(275);
        figures.setMinHeight(200);

        Label verdict = new Label();
        verdict.setId("drill-verdict");
        verdict.getStyleClass().add("drill-verdict");
        verdict.textProperty().bind(vm.verdictProperty());
        ListView<AssertionRow> outcomes = new ListView<>(vm.outcomes());
        outcomes.setId("drill-outcomes");
        outcomes.setPlaceholder(new Label("No assertion results yet."));
        outcomes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AssertionRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(PASSED, !empty && row != null && row.passed());
                pseudoClassStateChanged(FAILED, !empty && row != null && !row.passed());
                setText(empty || row == null ? null : row.verdict() + "  " + row.assertion() + " — " + row.detail());
                setTooltip(empty || row == null ? null : new Tooltip(getText()));
            }
        });
        outcomes.setPrefHeight(250);
        VBox assertions = new VBox(verdict, outcomes);
        HBox.setHgrow(assertions, Priority.ALWAYS);
        VBox.setVgrow(outcomes, Priority.ALWAYS);

        Label moment = new Label();
        moment.setId("drill-moment");
        moment.getStyleClass().add("drill-moment");
        moment.setWrapText(true);
        moment.setPrefWidth(240);
        vm.playback().momentProperty().addListener((obs, old, now) -> moment.setText(describe(now)));

        HBox box = new HBox(figures, assertions, moment);
        box.getStyleClass().add("drill-details");
        return box;
    }

    private static String describe(DrillMoment m) {
        if (m == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "At t=%.0f s:%n", m.time()));
        for (Map.Entry<String, Double> e : m.answerShares().entrySet()) {
            if (e.getValue() > 0) {
                sb.append(String.format(Locale.ROOT, "  %s  %.1f %%%n", e.getKey(), e.getValue() * 100));
            }
        }
        sb.append(String.format(Locale.ROOT, "unhealthy  %.1f %%%n", m.unhealthyShare() * 100));
        long down = m.checkHealthy().values().stream().filter(h -> !h).count();
        sb.append(down).append(" of ").append(m.checkHealthy().size()).append(" health checks unhealthy");
        if (!m.downEndpoints().isEmpty()) {
            sb.append(System.lineSeparator()).append("down: ")
                    .append(String.join(", ", m.downEndpoints().stream().sorted().toList()));
        }
        return sb.toString();
    }

    private void refreshShares() {
        List<ShareSeries> source = perEndpoint.isSelected() ? vm.endpointSeries() : vm.answerSeries();
        shares.getData().setAll(source.stream().map(DrillResultsView::series).toList());
        if (!source.isEmpty()) {
            double end = source.get(0).times()[source.get(0).times().length - 1];
            for (NumberAxis axis : List.of((NumberAxis) shares.getXAxis(), (NumberAxis) unhealthy.getXAxis())) {
                axis.setUpperBound(end);
                axis.setTickUnit(niceTick(end));
            }
        }
    }

    private static double niceTick(double end) {
        double raw = end / 10;
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static XYChart.Series<Number, Number> series(ShareSeries s) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(s.name());
        List<XYChart.Data<Number, Number>> points = new java.util.ArrayList<>(s.times().length);
        for (int i = 0; i < s.times().length; i++) {
            points.add(new XYChart.Data<>(s.times()[i], s.shares()[i] * 100));
        }
        series.getData().setAll(points);
        return series;
    }

    private static NumberAxis timeAxis() {
        NumberAxis axis = new NumberAxis(0, 100, 10);
        axis.setAutoRanging(false);
        axis.setLabel("t (s)");
        return axis;
    }

    private static NumberAxis percentAxis(String label) {
        NumberAxis axis = new NumberAxis(0, 100, 25);
        axis.setAutoRanging(false);
        axis.setLabel(label);
        return axis;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
