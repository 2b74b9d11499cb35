package dev.failoverstudio.ui;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.io.formats.drill.DrillFile;
import dev.failoverstudio.ui.drill.vm.DrillViewModel;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Drills tab over the design's saved drills: importing a drill file adds it to the design as an undoable
 * edit that makes the design unsaved; saving the design keeps the drill, and opening the file brings it back.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowSavedDrillsTest {

    private static final Path DRILL = Path.of("samples/drills/active-passive-failover.json");

    @TempDir
    static Path temp;

    private DesignerWindowFixture fixture;
    private DrillFile drillFile;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new DesignerWindowFixture(stage, temp);
        var formats = fixture.session.services().formats();
        drillFile = formats.drillReader().read(DRILL, () -> WorldPopulation.of(fixture.session.services().geo()));
        Path design = temp.resolve("active-passive-design.json");
        Files.writeString(design, formats.scenarioWriter().write(drillFile.design(),
                drillFile.design().zones().get(0), "the drill's design"));
        fixture.session.files().open(design);
    }

    @Test
    void anImportedDrillIsSavedWithTheDesignAndUndoable(FxRobot robot) throws Exception {
        Tab drillTab = fixture.window.bottom().getTabs().stream().filter(t -> "drill-tab".equals(t.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> fixture.window.bottom().show(drillTab));
        DrillViewModel drills = fixture.window.drills().viewModel();
        ListView<Drill> saved = robot.lookup("#drill-saved").queryListView();
        assertThat(saved.getItems()).isEmpty();

        robot.interact(() -> assertThat(drills.importIntoDesign(DRILL)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved.getItems()).extracting(Drill::name).containsExactly("primary API endpoint outage");
        assertThat(saved.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(fixture.session.designer().dirtyProperty().get()).isTrue();
        assertThat(fixture.session.designer().undoLabelProperty().get()).contains("Add drill");

        // A change in the form's timeline is saved in the design at once.
        robot.interact(() -> drills.removeEvent(1));
        assertThat(fixture.session.designer().document().drills().get(0).events()).hasSize(1);
        robot.interact(() -> fixture.session.designer().undo());
        assertThat(robot.lookup("#drill-events").queryListView().getItems()).as("undo reloads the form").hasSize(2);

        Path project = temp.resolve("with-drills.json");
        robot.interact(() -> fixture.session.files().saveAs(project, ok -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(project));
        assertThat(Files.readString(project)).contains("\"drills\"", "primary API endpoint outage");

        robot.interact(() -> fixture.session.designer().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved.getItems()).as("undo removes the added drill").isEmpty();

        robot.interact(() -> fixture.session.files().open(project));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> saved.getItems().size() == 1);
        assertThat(fixture.session.designer().document().drills().get(0).events()).hasSize(2);
    }
}
