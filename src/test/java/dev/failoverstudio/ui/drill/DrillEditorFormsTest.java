package dev.failoverstudio.ui.drill;

import dev.failoverstudio.ui.FailoverStudioApp;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditCommand;
import dev.failoverstudio.domain.edit.EditHistory;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.io.formats.drill.DrillFile;
import dev.failoverstudio.ui.drill.vm.DesignSource;
import dev.failoverstudio.ui.drill.vm.EventDraft;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's record-set and client forms, headless: fields by event kind, a bad value named, nothing saved. */
@ExtendWith(ApplicationExtension.class)
class DrillEditorFormsTest {

    private EditHistory history;
    private DrillPane pane;
    private Drill saved;

    @Start
    void start(Stage stage) throws Exception {
        Services services = Services.create();
        DrillFile file = services.formats().drillReader().read(Path.of("samples/drills/active-passive-failover.json"),
                () -> WorldPopulation.of(services.geo()));
        saved = file.drill();
        history = new EditHistory(new DesignDocument(file.design(), Layout.EMPTY, List.of(saved)));
        DesignSource source = new DesignSource() {
            @Override
            public Design current() {
                return history.current().design();
            }

            @Override
            public List<Drill> drills() {
                return history.current().drills();
            }

            @Override
            public boolean edit(EditCommand command) {
                history.execute(command);
                return true;
            }

            @Override
            public void addListener(Consumer<Design> listener) {
                history.addListener(d -> listener.accept(d.design()));
            }
        };
        pane = new DrillPane(source, services, Runnable::run, Platform::runLater);
        stage.setScene(FailoverStudioApp.scene(pane, 1260, 780));
        stage.show();
    }

    /** On a 1366 x 768 screen the editor's column is about 230 pixels wide: buttons wrap rather than cut labels. */
    @Test
    void inANarrowColumnTheEditorsButtonsKeepTheirWholeLabels(FxRobot robot) {
        robot.interact(() -> pane.getScene().getWindow().setWidth(700));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#drill-saved-add", "#drill-saved-save", "#drill-saved-remove")) {
            javafx.scene.control.Button button = robot.lookup(id).queryAs(javafx.scene.control.Button.class);
            assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        }
    }

    @Test
    void anUpsertIsEditedInItsOwnFieldsAndABadTtlIsNamed(FxRobot robot) {
        robot.clickOn("primary API endpoint outage");
        assertThat(pane.viewModel().selectedSavedProperty().get()).isZero();
        robot.interact(() -> pane.viewModel().eventDraft().kindProperty().set(EventDraft.Kind.UPSERT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#drill-event-values").query().isVisible()).isTrue();
        assertThat(robot.lookup("#drill-event-ttl").query().isVisible()).isTrue();
        assertThat(robot.lookup("#drill-event-target").query().isVisible()).isFalse();

        ComboBox<RecordSet> recordSets = robot.lookup("#drill-event-record-set").queryComboBox();
        assertThat(recordSets.getItems()).hasSize(2);
        robot.interact(() -> recordSets.getSelectionModel().select(0));
        TextField values = robot.lookup("#drill-event-values").queryAs(TextField.class);
        assertThat(values.getText()).isEqualTo("192.0.2.20");
        robot.interact(() -> robot.lookup("#drill-event-ttl").queryAs(TextField.class).setText("soon"));
        robot.interact(() -> robot.lookup("#drill-event-add").queryButton().fire()); // below the fold of the scroll pane
        assertThat(robot.lookup("#drill-message").queryAs(Label.class).getText()).contains("TTL must be a whole number");
        assertThat(history.current().drills()).containsExactly(saved);

        robot.interact(() -> robot.lookup("#drill-event-ttl").queryAs(TextField.class).setText("15"));
        robot.interact(() -> robot.lookup("#drill-event-add").queryButton().fire()); // below the fold of the scroll pane
        assertThat(history.current().drills().get(0).events()).hasSize(3);
        assertThat(history.undoLabel()).hasValueSatisfying(l -> assertThat(l).startsWith("Add drill event"));
    }

    @Test
    void sharesThatDoNotAddUpAreNamedAndNotSaved(FxRobot robot) {
        robot.clickOn("primary API endpoint outage");
        robot.interact(() -> {
            var d = pane.viewModel().locationDraft();
            d.nameProperty().set("Sydney");
            d.countryProperty().set("AU");
            d.sharePercentProperty().set("5");
            pane.viewModel().addLocation();
        });
        assertThat(robot.lookup("#drill-message").queryAs(Label.class).getText())
                .contains("location shares add up to 105 %, not 100 %");
        assertThat(robot.lookup("#drill-population-summary").queryAs(Label.class).getText())
                .contains("must be 100 %");
        assertThat(history.current().drills()).containsExactly(saved);
    }
}
