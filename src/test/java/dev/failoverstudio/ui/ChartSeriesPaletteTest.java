package dev.failoverstudio.ui;

import dev.failoverstudio.ui.vm.Theme;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drill's charts draw their series in the application's palette (issue "Samples, packaging and the first ten
 * minutes", light and dark themes), not in Modena's default chart colours: the n-th series takes {@code -fs-series-n},
 * which is the n-th answer colour of the shown theme, in the area fill, the area line and the legend symbol.
 */
@ExtendWith(ApplicationExtension.class)
class ChartSeriesPaletteTest {

    @TempDir
    static java.nio.file.Path temp;

    private static final java.nio.file.Path CSS = java.nio.file.Path.of("src/main/resources/dev/failoverstudio/ui");

    private DesignerWindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new DesignerWindowFixture(stage, temp);
    }

    /** The colour a theme's palette gives {@code name} on {@code .root}, read from the stylesheet itself. */
    private static Color palette(String file, String name) throws IOException {
        Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*:\\s*(#[0-9a-fA-F]{6})").matcher(
                Files.readString(CSS.resolve(file)));
        assertThat(m.find()).as(name + " in " + file).isTrue();
        return Color.web(m.group(1));
    }

    @SuppressWarnings("unchecked")
    private StackedAreaChart<Number, Number> shareChartWithThreeSeries(FxRobot robot) {
        robot.interact(() -> fx.window.bottom().show(fx.window.bottom().getTabs().stream()
                .filter(t -> "drill-tab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        StackedAreaChart<Number, Number> chart = robot.lookup("#drill-share-chart").queryAs(StackedAreaChart.class);
        robot.interact(() -> {
            chart.getData().clear();
            for (String name : List.of("192.0.2.11", "192.0.2.12", "198.51.100.21")) {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(name);
                s.getData().addAll(List.of(new XYChart.Data<>(0, 30), new XYChart.Data<>(10, 40)));
                chart.getData().add(s);
            }
            chart.applyCss();
            chart.layout();
        });
        return chart;
    }

    private static Paint fill(Node chart, int series) {
        return ((Path) chart.lookup(".chart-series-area-fill.default-color" + series)).getFill();
    }

    private static Paint line(Node chart, int series) {
        return ((Path) chart.lookup(".chart-series-area-line.default-color" + series)).getStroke();
    }

    private static Paint legendSymbol(Node chart, int series) {
        Region symbol = (Region) chart.lookupAll(".chart-legend-item-symbol").stream()
                .filter(n -> n.getStyleClass().contains("default-color" + series)).findFirst().orElseThrow();
        return symbol.getBackground().getFills().get(0).getFill();
    }

    @Test
    void theShareChartsSeriesWearTheLightPalettesAnswerColours(FxRobot robot) throws IOException {
        StackedAreaChart<Number, Number> chart = shareChartWithThreeSeries(robot);
        for (int i = 0; i < 3; i++) {
            Color expected = palette("failover-studio.css", "-fs-answer-" + i);
            assertThat(fill(chart, i)).as("fill of series " + i).isEqualTo(expected);
            assertThat(line(chart, i)).as("line of series " + i).isEqualTo(expected);
            assertThat(legendSymbol(chart, i)).as("legend symbol of series " + i).isEqualTo(expected);
        }
    }

    @Test
    void theDarkThemeRedefinesTheSeriesColoursAndLightsTheAxes(FxRobot robot) throws IOException {
        StackedAreaChart<Number, Number> chart = shareChartWithThreeSeries(robot);
        robot.interact(() -> {
            fx.window.themes().choose(Theme.DARK);
            chart.applyCss();
            chart.layout();
        });
        for (int i = 0; i < 3; i++) {
            Color expected = palette("theme-dark.css", "-fs-answer-" + i);
            assertThat(expected).isNotEqualTo(palette("failover-studio.css", "-fs-answer-" + i));
            assertThat(fill(chart, i)).as("fill of series " + i).isEqualTo(expected);
            assertThat(line(chart, i)).as("line of series " + i).isEqualTo(expected);
            assertThat(legendSymbol(chart, i)).as("legend symbol of series " + i).isEqualTo(expected);
        }
        Region yAxis = (Region) chart.getYAxis();
        assertThat(yAxis.getBorder().getStrokes().get(0).getRightStroke()).as("the y axis line")
                .isEqualTo(palette("theme-dark.css", "-fs-chart-axis"));
    }

    @Test
    void theUnhealthyLineKeepsItsOwnColour(FxRobot robot) throws IOException {
        shareChartWithThreeSeries(robot);
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> unhealthy = robot.lookup("#drill-unhealthy-chart").queryAs(LineChart.class);
        robot.interact(() -> {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.getData().addAll(List.of(new XYChart.Data<>(0, 0), new XYChart.Data<>(10, 50)));
            unhealthy.getData().setAll(List.of(s));
            unhealthy.applyCss();
            unhealthy.layout();
        });
        Path line = (Path) unhealthy.lookup(".chart-series-line");
        assertThat(line.getStroke()).isEqualTo(palette("failover-studio.css", "-fs-unhealthy-text"));
    }
}
