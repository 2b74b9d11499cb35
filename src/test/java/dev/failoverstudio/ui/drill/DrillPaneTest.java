package dev.failoverstudio.ui.drill;

import dev.failoverstudio.ui.FailoverStudioApp;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.ui.drill.vm.DesignSource;
import dev.failoverstudio.ui.drill.vm.FigureRow;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Mounts the drill pane as the main window will: a background executor and Platform::runLater. */
@ExtendWith(ApplicationExtension.class)
class DrillPaneTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "drill-test-runner");
        t.setDaemon(true);
        return t;
    });
    private DrillPane pane;

    @Start
    void start(Stage stage) {
        DesignSource noDesign = new DesignSource() {
            @Override
            public Design current() {
                return null;
            }

            @Override
            public void addListener(Consumer<Design> listener) {
            }
        };
        pane = new DrillPane(noDesign, Services.create(), background, Platform::runLater);
        pane.viewModel().open(Path.of("samples/drills/active-passive-failover.json"));
        // Monocle's headless screen is 1280x800; a larger window overflows its frame buffer
        stage.setScene(FailoverStudioApp.scene(pane, 1260, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void runningTheActivePassiveSampleShowsKeyFiguresAssertionsAndTheChart(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#drill-events").queryListView().getItems()).hasSize(2);
        robot.clickOn("#drill-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#drill-figures").queryTableView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<FigureRow> figures = robot.lookup("#drill-figures").queryAs(TableView.class);
        FigureRow fullFailover = figures.getItems().stream().filter(r -> r.label().equals("full failover"))
                .findFirst().orElseThrow();
        assertThat(fullFailover.at()).startsWith("t=");
        // the rendered table shows the figure, not only the model behind it
        assertThat(robot.lookup("#drill-figures .table-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("time to detection", "full failover", fullFailover.at(),
                        fullFailover.after());
        assertThat(robot.lookup("#drill-verdict").queryAs(Label.class).getText()).isEqualTo("all 5 assertions hold");
        assertThat(robot.lookup("#drill-outcomes .list-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).anyMatch(t -> t != null && t.startsWith("PASS"));
        StackedAreaChart<?, ?> chart = robot.lookup("#drill-share-chart").queryAs(StackedAreaChart.class);
        assertThat(chart.getData()).extracting(s -> s.getName()).contains("192.0.2.20", "198.51.100.20");

        robot.clickOn("#drill-step-forward");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.viewModel().playback().timeProperty().get()).isEqualTo(1);
        assertThat(robot.lookup("#drill-moment").queryAs(Label.class).getText()).startsWith("At t=1 s");

        // a click in the middle of the plot scrubs to the middle of the drill
        Node plot = robot.lookup("#drill-share-chart .chart-plot-background").query();
        robot.clickOn(plot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.viewModel().playback().timeProperty().get()).isCloseTo(750, within(40.0));
        assertThat(robot.lookup("#drill-moment").queryAs(Label.class).getText()).contains("198.51.100.20  100.0 %");

        snapshotIfAsked(robot, pane);
    }

    /** {@code -Ddrill.snapshot=/tmp/drill.png} writes what the pane looks like, for a person to check. */
    private static void snapshotIfAsked(FxRobot robot, Node node) throws Exception {
        String target = System.getProperty("drill.snapshot");
        if (target == null) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        PixelReader pixels = image[0].getPixelReader();
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", new File(target));
    }
}
