package dev.failoverstudio.ui.export;

import dev.failoverstudio.ui.FailoverStudioApp;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.validate.ChangeAction;
import dev.failoverstudio.ui.export.vm.ExportViewModel;
import dev.failoverstudio.ui.export.vm.SaveTarget;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The export pane mounted headless: format choice, action option, preview, copy and save. */
@ExtendWith(ApplicationExtension.class)
class ExportPaneTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export-pane-test");
        t.setDaemon(true);
        return t;
    });
    private Services services;
    private Design design;
    private ExportPane pane;
    private Path savedTo;

    @Start
    void start(Stage stage) throws Exception {
        services = Services.create();
        design = services.formats().scenarioReader().read(Path.of("samples/active-passive-failover.json")).design();
        savedTo = Files.createTempDirectory("export-pane-test");
        ExportViewModel vm = new ExportViewModel(new SimpleObjectProperty<>(design), services.exchange(), background,
                Platform::runLater, new SystemTextClipboard());
        pane = new ExportPane(vm, new SaveTarget() {
            @Override
            public Optional<Path> chooseFile(String suggestedName) {
                return Optional.of(savedTo.resolve(suggestedName));
            }

            @Override
            public Optional<Path> chooseFolder(int fileCount) {
                return Optional.of(savedTo);
            }
        });
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

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private String expected(String format, ExportOptions options) {
        return services.exchange().exporter(format).orElseThrow().export(design, options).main().text();
    }

    /** Whether the node and every container above it are visible. */
    private static boolean shown(FxRobot robot, String id) {
        for (javafx.scene.Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String preview(FxRobot robot) {
        return robot.lookup("#export-preview").queryAs(TextArea.class).getText();
    }

    @Test
    void previewsTheChosenFormatAndCopiesAndSavesIt(FxRobot robot) throws Exception {
        waitFor(() -> preview(robot).equals(expected("change-batch", ExportOptions.DEFAULT)));
        assertThat(shown(robot, "#export-action-upsert")).isTrue();
        assertThat(robot.lookup("#export-preview").queryAs(TextArea.class).isEditable()).isFalse();

        robot.clickOn("#export-action-upsert");
        waitFor(() -> preview(robot).equals(expected("change-batch",
                ExportOptions.DEFAULT.withAction(ChangeAction.UPSERT))));

        robot.clickOn("#export-format").clickOn("Terraform (aws_route53_record, aws_route53_health_check)");
        String terraform = expected("terraform", ExportOptions.DEFAULT);
        waitFor(() -> preview(robot).equals(terraform));
        assertThat(shown(robot, "#export-action-upsert")).isFalse();
        assertThat(shown(robot, "#export-save-all")).isFalse(); // one file

        robot.clickOn("#export-copy");
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText())
                .startsWith("Copied ");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(terraform);

        robot.clickOn("#export-save");
        waitFor(() -> robot.lookup("#export-message").queryAs(Label.class).getText().startsWith("Saved "));
        try (var files = Files.list(savedTo)) {
            Path saved = files.findFirst().orElseThrow();
            assertThat(Files.readString(saved, StandardCharsets.UTF_8)).isEqualTo(terraform);
        }
    }

    @Test
    void aFormatThatCannotExpressTheDesignSaysWhyAndDisablesCopyAndSave(FxRobot robot) throws Exception {
        robot.clickOn("#export-format").clickOn("Traffic Flow policy document (JSON)");
        waitFor(() -> !robot.lookup("#export-problem").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#export-problem").queryAs(Label.class).getText())
                .startsWith("Cannot export as Traffic Flow policy document (JSON):");
        assertThat(preview(robot)).isEmpty();
        assertThat(robot.lookup("#export-copy").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#export-save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(shown(robot, "#export-policy-name")).isTrue();
    }
}
