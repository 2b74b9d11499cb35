package dev.failoverstudio.ui;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import dev.failoverstudio.ui.vm.PaletteItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspector and the files, driven through the window: typing a weight, saving with Ctrl+S, reopening, the
 * title's unsaved marker, and the question before unsaved changes are dropped.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerFilesTest {

    @TempDir
    static Path temp;

    private DesignerWindowFixture fx;
    private DesignerViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx = new DesignerWindowFixture(stage, temp);
        vm = fx.session.designer();
        stage.titleProperty().bind(fx.session.files().titleProperty());
    }

    private NodeKey weighted(FxRobot robot) {
        NodeKey[] key = new NodeKey[1];
        robot.interact(() -> {
            key[0] = vm.createFromPalette(PaletteItem.WEIGHTED, 40, 40).orElseThrow();
            fx.canvas().fitToView();
        });
        return key[0];
    }

    private long weight(NodeKey card) {
        CardModel c = fx.card(card);
        return vm.document().design().zones().get(0).recordSets().stream()
                .filter(r -> r.groupKey().equals(c.group()))
                .map(r -> ((WeightedRouting) r.routing()).weight()).findFirst().orElseThrow();
    }

    @Test
    void typingAWeightInTheInspectorEditsTheRecordSetAndUndoRevertsIt(FxRobot robot) {
        NodeKey key = weighted(robot);
        robot.clickOn(fx.rowText(key, 0));

        TextField field = robot.lookup("#inspector-weight").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("10");
        robot.doubleClickOn(field).eraseText(4).write("55").type(KeyCode.ENTER);
        assertThat(weight(key)).isEqualTo(55);
        assertThat(fx.card(key).rows().get(0).routing()).isEqualTo("weight 55");

        robot.clickOn(fx.header(key));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(weight(key)).isEqualTo(10);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(weight(key)).isEqualTo(55);
    }

    @Test
    void inAFieldCtrlZIsTheFieldsWhileUndoChosenFromTheMenuUndoesTheDesign(FxRobot robot) {
        NodeKey key = weighted(robot);
        robot.clickOn(fx.rowText(key, 0));
        TextField field = robot.lookup("#inspector-weight").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(4).write("55").type(KeyCode.ENTER);
        assertThat(weight(key)).isEqualTo(55);
        assertThat(stage.getScene().getFocusOwner().getId()).as("the rebuilt weight field keeps the focus")
                .isEqualTo("inspector-weight");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(weight(key)).as("Ctrl+Z typed into the field undoes the typing, not the design").isEqualTo(55);
        robot.interact(() -> vm.undo());
        assertThat(weight(key)).isEqualTo(10);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(weight(key)).as("Ctrl+Y typed into the field is the field's").isEqualTo(10);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(weight(key)).as("Ctrl+Shift+Z typed into the field is the field's").isEqualTo(10);
        robot.interact(() -> vm.redo());
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("inspector-weight");

        robot.clickOn("Edit").clickOn("#menu-undo");
        assertThat(weight(key)).as("Edit > Undo, chosen with the mouse").isEqualTo(10);
        robot.clickOn("Edit").clickOn("#menu-redo");
        assertThat(weight(key)).as("Edit > Redo, chosen with the mouse").isEqualTo(55);
    }

    @Test
    void aWeightOutOfRangeIsRefusedInlineAndTheDesignIsUntouched(FxRobot robot) {
        // V20: weights are 0-255.
        NodeKey key = weighted(robot);
        robot.clickOn(fx.rowText(key, 0));
        DesignDocument before = vm.document();

        robot.doubleClickOn("#inspector-weight").eraseText(4).write("999").type(KeyCode.ENTER);

        assertThat(vm.document()).isSameAs(before);
        assertThat(robot.lookup("#inspector-error").queryLabeled().getText()).contains("0 to 255");
        assertThat(robot.lookup("#inspector-weight").queryAs(TextField.class).getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("invalid"));
    }

    @Test
    void saveAndReopenGivesAnEqualDesign(FxRobot robot) throws Exception {
        NodeKey key = weighted(robot);
        robot.interact(() -> vm.addMember(key));
        robot.interact(() -> vm.createFromPalette(PaletteItem.HEALTH_CHECK, 500, 40));
        Path file = temp.resolve("saved.json");
        fx.dialogs.files.add(file);
        assertThat(stage.getTitle()).startsWith("*Untitled");

        robot.clickOn(fx.header(key));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        assertThat(Files.exists(file)).isTrue();
        assertThat(stage.getTitle()).startsWith("saved.json");
        DesignDocument saved = vm.document();

        robot.interact(() -> fx.session.files().newDesign());
        assertThat(vm.scene().cards()).isEmpty();
        robot.interact(() -> fx.session.files().open(file));

        assertThat(vm.document().design()).isEqualTo(saved.design());
        assertThat(vm.document().layout()).isEqualTo(saved.layout());
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(fx.session.files().recentFiles()).contains(file.toAbsolutePath().normalize());
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsTheDesign(FxRobot robot) {
        weighted(robot);
        fx.dialogs.unsaved.add(FileDialogs.UnsavedChoice.CANCEL);

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(vm.scene().cards()).hasSize(1);

        fx.dialogs.unsaved.add(FileDialogs.UnsavedChoice.DISCARD);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(vm.scene().cards()).isEmpty();
        assertThat(fx.dialogs.unsaved).isEmpty();
    }

    @Test
    void aBrokenFileIsReportedWithItsLocationAndTheDesignStays(FxRobot robot) throws Exception {
        NodeKey key = weighted(robot);
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"zones\": [");
        DesignDocument before = vm.document();

        robot.interact(() -> fx.session.files().open(broken));

        assertThat(fx.dialogs.errors).singleElement().satisfies(m -> assertThat(m).contains("broken.json"));
        assertThat(vm.document()).isSameAs(before);
        assertThat(vm.scene().card(key)).isPresent();
    }
}
