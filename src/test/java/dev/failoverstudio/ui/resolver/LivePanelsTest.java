package dev.failoverstudio.ui.resolver;

import dev.failoverstudio.ui.FailoverStudioApp;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditHistory;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.ui.vm.resolver.TaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both live panels mounted in one stage over the R158 sample (latency alias to weighted groups): a click in
 * the health panel changes the resolver pane's answer at once.
 */
@ExtendWith(ApplicationExtension.class)
class LivePanelsTest {

    private static final String USE1_A = "11111111-aaaa-4000-8000-000000000001";

    private LivePanels panels;
    private EditHistory history;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Services services = Services.create();
        var design = services.formats().scenarioReader().read(Path.of("samples/latency-weighted-tree.json")).design();
        history = new EditHistory(new DesignDocument(design, Layout.EMPTY));
        SimpleObjectProperty<DesignDocument> document = new SimpleObjectProperty<>(history.current());
        history.addListener(document::set);
        panels = new LivePanels(document, history::execute, services, TaskRunner.sameThread());
        panels.resolver().nameProperty().set("example.com.");
        panels.resolver().regionProperty().set(panels.resolver().regions().stream()
                .filter(c -> "us-east-1".equals(c.code())).findFirst().orElseThrow());
        panels.resolver().resolverIpProperty().set("8.8.8.8");
        SplitPane split = new SplitPane(panels.healthPanel(), panels.resolverPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        scene = FailoverStudioApp.scene(split, 1280, 800);
        scene.getStylesheets().add(LivePanels.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private String answer(FxRobot robot) {
        return robot.lookup("#result-answer").queryAs(Label.class).getText();
    }

    @Test
    void inANarrowColumnTheClientFieldsShareTheWidthAlike(FxRobot robot) {
        robot.interact(() -> ((SplitPane) scene.getRoot()).setDividerPositions(0.7));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region latitude = robot.lookup("#client-latitude").queryAs(javafx.scene.layout.Region.class);
        javafx.scene.layout.Region longitude = robot.lookup("#client-longitude")
                .queryAs(javafx.scene.layout.Region.class);
        javafx.scene.layout.Region continent = robot.lookup("#client-continent")
                .queryAs(javafx.scene.layout.Region.class);
        javafx.scene.layout.Region country = robot.lookup("#client-country").queryAs(javafx.scene.layout.Region.class);
        // the country list's longest name must not take the width the latitude and resolver address need
        assertThat(latitude.getWidth()).isCloseTo(longitude.getWidth(), org.assertj.core.data.Offset.offset(12.0));
        assertThat(continent.getWidth()).isCloseTo(country.getWidth(), org.assertj.core.data.Offset.offset(12.0));
        assertThat(latitude.getWidth()).isGreaterThan(80);
    }

    @Test
    void togglingAHealthCheckInThePanelChangesTheResolverPanesAnswer_R45(FxRobot robot) {
        // both us-east-1 instances fail: the alias backs out to Sydney (R45)
        assertThat(answer(robot)).isIn("198.51.100.21", "198.51.100.22");
        robot.interact(() -> panels.watchList().pin(panels.resolver().question().orElseThrow().query(),
                panels.resolver().question().orElseThrow().client()));

        robot.clickOn("#toggle-" + USE1_A);

        assertThat(answer(robot)).isEqualTo("192.0.2.11");
        assertThat(history.undoLabel()).isPresent();
        assertThat(robot.lookup("#result-trace").queryListView().getItems())
                .anyMatch(step -> step.toString().startsWith("1. "));
        Node cell = robot.lookup(".watch-cell").match(n -> n.getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("changed"))).query();
        assertThat(cell).isNotNull();
        assertThat(robot.lookup("#client-location").queryAs(Label.class).getText())
                .contains("IP Geolocation by DB-IP");
        robot.interact(() -> robot.lookup("#health-checks").queryTableView().getSelectionModel().select(1));
        snapshot(robot, "/tmp/live-panels.png");
        robot.interact(() -> panels.resolverPane().setVvalue(1));
        snapshot(robot, "/tmp/live-panels-lower.png");

        robot.clickOn("#toggle-" + USE1_A);
        assertThat(answer(robot)).isIn("198.51.100.21", "198.51.100.22");
        // the selected check stays selected while rows are rebuilt, so its detail stays in view
        assertThat(robot.lookup(".health-verdict").queryAs(Label.class).getText()).startsWith("use1-b: Unhealthy");
    }

    @Test
    void failARegionButtonTakesTheRegionDownInOneUndoableStep(FxRobot robot) {
        robot.clickOn("#all-healthy");
        assertThat(answer(robot)).isIn("192.0.2.11", "192.0.2.12");
        robot.interact(() -> robot.lookup("#fail-region-choice").queryComboBox().getSelectionModel()
                .select("us-east-1"));
        robot.clickOn("#fail-region");
        assertThat(answer(robot)).isIn("198.51.100.21", "198.51.100.22");
        assertThat(history.undoLabel()).contains("Fail Region us-east-1");
        robot.interact(history::undo);
        assertThat(answer(robot)).isIn("192.0.2.11", "192.0.2.12");
    }

    @Test
    void aClickOnTheMapPicksTheCountryAndAnswersEverywhereFillsTheLegend(FxRobot robot) {
        javafx.scene.canvas.Canvas canvas = robot.lookup("#world-map-canvas").queryAs(javafx.scene.canvas.Canvas.class);
        robot.interact(() -> panels.resolverPane().setVvalue(0.12));
        // Paris, 48.86 N 2.35 E, in the equirectangular projection
        double x = (2.35 + 180) / 360 * canvas.getWidth();
        double y = (90 - 48.86) / 180 * canvas.getHeight();
        robot.clickOn(canvas.localToScreen(x, y));
        assertThat(panels.resolver().countryProperty().get().code()).isEqualTo("FR");

        robot.clickOn("#all-healthy"); // both Regions answer: latency catchments (R91, R93)
        robot.clickOn("#answers-everywhere");
        assertThat(robot.lookup("#map-legend").queryAs(javafx.scene.layout.FlowPane.class).getChildren())
                .hasSizeGreaterThanOrEqualTo(2);
        snapshot(robot, "/tmp/live-panels-map.png");
    }

    private void snapshot(FxRobot robot, String file) {
        robot.interact(() -> {
            WritableImage image = scene.snapshot(null);
            PixelReader pixels = image.getPixelReader();
            BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                    BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            try {
                ImageIO.write(out, "png", new File(file));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
