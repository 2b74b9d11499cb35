package dev.failoverstudio.ui;

import dev.failoverstudio.ui.drill.vm.DrillViewModel;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canvas's keyboard shortcuts (Delete, Backspace, Ctrl+C, Ctrl+V, Ctrl+D, Ctrl+A, Escape) act on the cards only
 * while the keyboard focus is in the palette or on the canvas (issue "Samples, packaging and the first ten
 * minutes", keyboard navigation in panels): in a table, list or form the key belongs to that control, and the
 * selected cards stay. Choosing the Edit menu's entries with the mouse still acts on the cards wherever the focus is.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasShortcutScopeTest {

    @TempDir
    static Path temp;

    private DesignerWindowFixture fx;
    private DesignerViewModel vm;

    @Start
    void start(Stage stage) {
        fx = new DesignerWindowFixture(stage, temp);
        vm = fx.session.designer();
        fx.session.files().open(Path.of("samples/latency-weighted-tree.json"));
    }

    private Node focusOwner() {
        return fx.window.getScene().getFocusOwner();
    }

    private TableView<?> healthTable(FxRobot robot) {
        robot.interact(() -> fx.window.side().showHealth());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#health-checks").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        return table;
    }

    /** Selects every card, then moves the focus to {@code panel}. */
    private void allCardsSelectedAndFocusIn(FxRobot robot, Node panel) {
        robot.interact(() -> {
            vm.selectAll();
            panel.requestFocus();
        });
        assertThat(focusOwner()).isSameAs(panel);
    }

    @Test
    void deleteAndBackspaceInTheHealthTableLeaveTheCards(FxRobot robot) {
        int cards = vm.scene().cards().size();
        TableView<?> table = healthTable(robot);
        allCardsSelectedAndFocusIn(robot, table);
        robot.type(KeyCode.DELETE);
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.scene().cards()).as("cards after Delete and Backspace in the health table").hasSize(cards);
        assertThat(vm.canUndoProperty().get()).as("no edit was made").isFalse();
    }

    @Test
    void deleteInTheProblemsListAndTheResolverTraceLeavesTheCards(FxRobot robot) {
        int cards = vm.scene().cards().size();
        ListView<?> problems = robot.lookup("#problems-list").queryListView();
        allCardsSelectedAndFocusIn(robot, problems);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.scene().cards()).as("after Delete in the problems list").hasSize(cards);

        robot.interact(() -> fx.window.side().showResolver());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> trace = robot.lookup("#result-trace").queryListView();
        allCardsSelectedAndFocusIn(robot, trace);
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.scene().cards()).as("after Backspace in the resolver trace").hasSize(cards);
    }

    @Test
    void deleteInTheDrillTimelineRemovesTheSelectedEventNotTheCards(FxRobot robot) {
        DrillViewModel drill = fx.window.drills().viewModel();
        robot.interact(() -> {
            fx.window.bottom().show(fx.window.bottom().getTabs().stream()
                    .filter(t -> "drill-tab".equals(t.getId())).findFirst().orElseThrow());
            drill.open(Path.of("samples/drills/latency-weighted-tree.json"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        int events = drill.events().size();
        assertThat(events).as("the sample drill has a timeline").isGreaterThan(1);
        var second = drill.events().get(1);
        int cards = vm.scene().cards().size();
        ListView<?> timeline = robot.lookup("#drill-events").queryListView();
        allCardsSelectedAndFocusIn(robot, timeline);
        robot.interact(() -> timeline.getSelectionModel().select(1));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.scene().cards()).as("cards").hasSize(cards);
        assertThat(drill.events()).hasSize(events - 1).doesNotContain(second);
    }

    @Test
    void clipboardAndSelectionShortcutsInATableLeaveTheCanvasAlone(FxRobot robot) {
        int cards = vm.scene().cards().size();
        var one = vm.scene().cards().get(0).key();
        robot.interact(() -> {
            fx.canvas().requestFocus();
            vm.selectCard(one, false);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(vm.canPaste()).as("Ctrl+C on the canvas copies the card").isTrue();

        TableView<?> table = healthTable(robot);
        assertThat(focusOwner()).isSameAs(table);
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.scene().cards()).as("Ctrl+V and Ctrl+D in the table add no card").hasSize(cards);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertThat(vm.selection()).as("Ctrl+A in the table").containsExactly(one);
        robot.type(KeyCode.ESCAPE);
        assertThat(vm.selection()).as("Escape in the table").containsExactly(one);
    }

    @Test
    void ctrlCInATextFieldCopiesTheTextNotTheCards(FxRobot robot) {
        robot.interact(() -> fx.window.side().showResolver());
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#query-name").queryAs(TextField.class);
        robot.interact(() -> {
            vm.selectAll();
            name.setText("www.example.com");
            name.requestFocus();
            name.selectAll();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.canPaste()).as("the canvas copied nothing").isFalse();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo("www.example.com");
    }

    @Test
    void editDeleteChosenWithTheMouseDeletesTheSelectedCardsWhereverTheFocusIs(FxRobot robot) {
        int cards = vm.scene().cards().size();
        robot.interact(() -> fx.window.side().showResolver());
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#query-name").queryAs(TextField.class);
        var first = vm.scene().cards().get(0).key();
        robot.interact(() -> {
            vm.selectCard(first, false);
            field.requestFocus();
        });
        robot.clickOn("Edit").clickOn("#menu-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.scene().cards()).as("Edit > Delete with the focus in a text field").hasSizeLessThan(cards);
        assertThat(vm.scene().card(first)).isEmpty();
    }

    @Test
    void deleteOnTheCanvasAndInThePaletteStillDeletesTheSelectedCards(FxRobot robot) {
        var first = vm.scene().cards().get(0).key();
        robot.interact(() -> {
            vm.selectCard(first, false);
            fx.canvas().requestFocus();
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.scene().card(first)).as("Delete on the canvas").isEmpty();

        var next = vm.scene().cards().get(0).key();
        Node paletteItem = robot.lookup(".palette-item").query();
        robot.interact(() -> {
            vm.selectCard(next, false);
            paletteItem.requestFocus();
        });
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.scene().card(next)).as("Backspace in the palette").isEmpty();
        assertThat(Set.copyOf(vm.selection())).isEmpty();
    }
}
