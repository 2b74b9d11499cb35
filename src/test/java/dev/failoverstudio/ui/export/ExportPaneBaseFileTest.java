package dev.failoverstudio.ui.export;

import dev.failoverstudio.ui.FailoverStudioApp;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.ui.export.vm.ExportViewModel;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The export pane's "Changes from a design file…" row mounted headless. */
@ExtendWith(ApplicationExtension.class)
class ExportPaneBaseFileTest {

    private static final Path BASE = Path.of("samples/latency-weighted-tree.json");

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export-pane-base-test");
        t.setDaemon(true);
        return t;
    });
    private Services services;
    private Design base;
    private Design design;
    private ExportPane pane;

    @Start
    void start(Stage stage) throws Exception {
        services = Services.create();
        base = services.formats().scenarioReader().read(BASE).design();
        HostedZone zone = base.zones().get(0);
        design = base.withZone(zone.withRecordSets(zone.recordSets().subList(0, zone.recordSets().size() - 1)));
        ExportViewModel vm = ExportViewModel.over(new SimpleObjectProperty<>(design), services, background,
                Platform::runLater, text -> { });
        pane = new ExportPane(vm, null);
        Scene scene = FailoverStudioApp.scene(pane, 900, 650);
        scene.getStylesheets().add(ExportPane.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(pane::close);
        background.shutdownNow();
    }

    private static String preview(FxRobot robot) {
        return robot.lookup("#export-preview").queryAs(TextArea.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        for (javafx.scene.Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aBaseFileTurnsThePreviewIntoTheChangesAndClearGoesBack(FxRobot robot) throws Exception {
        String plain = services.exchange().changeBatch().export(design,
                dev.failoverstudio.domain.exchange.ExportOptions.DEFAULT).main().text();
        String diff = services.exchange().changeBatch().exportDiff(base, design, null).main().text();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> preview(robot).equals(plain));
        assertThat(shown(robot, "#export-choose-base")).isTrue();
        assertThat(robot.lookup("#export-clear-base").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> pane.viewModel().chooseBase(BASE));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> preview(robot).equals(diff));
        assertThat(robot.lookup("#export-base").queryAs(Label.class).getText())
                .isEqualTo("From latency-weighted-tree.json to this design");
        assertThat(shown(robot, "#export-action-upsert")).as("no CREATE/UPSERT for a diff").isFalse();

        robot.clickOn("#export-clear-base");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> preview(robot).equals(plain));
        assertThat(shown(robot, "#export-action-upsert")).isTrue();

        robot.interact(() -> pane.viewModel().selectFormat("terraform"));
        assertThat(shown(robot, "#export-choose-base")).isFalse();
    }
}
