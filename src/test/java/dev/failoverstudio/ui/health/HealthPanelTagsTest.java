package dev.failoverstudio.ui.health;

import dev.failoverstudio.ui.FailoverStudioApp;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditHistory;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.ui.resolver.LivePanels;
import dev.failoverstudio.ui.vm.health.HealthCheckRow;
import dev.failoverstudio.ui.vm.resolver.TaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health panel over the R158 sample whose two Sydney checks carry a tag naming Tokyo (ap-northeast-1), a
 * Region no record set names: the table shows the tags, and "Fail a Region" offers Tokyo and fails both checks in
 * one undoable step, which backs the Sydney client out to Virginia (R45).
 */
@ExtendWith(ApplicationExtension.class)
class HealthPanelTagsTest {

    private static final String APSE2_A = "11111111-aaaa-4000-8000-000000000003";
    private static final String APSE2_B = "11111111-aaaa-4000-8000-000000000004";

    private LivePanels panels;
    private EditHistory history;

    @Start
    void start(Stage stage) throws Exception {
        Services services = Services.create();
        Design sample = services.formats().scenarioReader().read(Path.of("samples/latency-weighted-tree.json"))
                .design();
        Design design = sample.withHealthChecks(sample.healthChecks().stream().map(this::tagged).toList());
        history = new EditHistory(new DesignDocument(design, Layout.EMPTY));
        SimpleObjectProperty<DesignDocument> document = new SimpleObjectProperty<>(history.current());
        history.addListener(document::set);
        panels = new LivePanels(document, history::execute, services, TaskRunner.sameThread());
        panels.resolver().nameProperty().set("example.com.");
        panels.resolver().regionProperty().set(panels.resolver().regions().stream()
                .filter(c -> "ap-southeast-2".equals(c.code())).findFirst().orElseThrow());
        SplitPane split = new SplitPane(panels.healthPanel(), panels.resolverPane());
        split.setOrientation(Orientation.HORIZONTAL);
        Scene scene = FailoverStudioApp.scene(split, 1280, 800);
        scene.getStylesheets().add(LivePanels.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private HealthCheck tagged(HealthCheck check) {
        return check.id().equals(APSE2_A) || check.id().equals(APSE2_B)
                ? check.withTags(List.of(new HealthCheckTag("served-from", "ap-northeast-1"))) : check;
    }

    private String answer(FxRobot robot) {
        return robot.lookup("#result-answer").queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void tagsAreShownAndFailingARegionNamedOnlyByTagsChangesTheAnswerInOneUndoableStep(FxRobot robot) {
        TableView<HealthCheckRow> table = robot.lookup("#health-checks").queryTableView();
        TableColumn<HealthCheckRow, String> tags = (TableColumn<HealthCheckRow, String>) table.getColumns().stream()
                .filter(c -> c.getText().equals("Tags")).findFirst().orElseThrow();
        assertThat(table.getItems()).extracting(r -> tags.getCellData(r))
                .containsExactly("", "", "served-from=ap-northeast-1", "served-from=ap-northeast-1");

        robot.clickOn("#all-healthy");
        assertThat(answer(robot)).isIn("198.51.100.21", "198.51.100.22");
        assertThat(robot.lookup("#fail-region-choice").queryComboBox().getItems()).contains("ap-northeast-1");
        robot.interact(() -> robot.lookup("#fail-region-choice").queryComboBox().getSelectionModel()
                .select("ap-northeast-1"));
        robot.clickOn("#fail-region");

        assertThat(answer(robot)).isIn("192.0.2.11", "192.0.2.12");
        assertThat(history.undoLabel()).contains("Fail Region ap-northeast-1");
        robot.interact(history::undo);
        assertThat(answer(robot)).isIn("198.51.100.21", "198.51.100.22");
    }
}
