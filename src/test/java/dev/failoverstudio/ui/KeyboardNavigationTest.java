package dev.failoverstudio.ui;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import dev.failoverstudio.ui.vm.PaletteItem;
import dev.failoverstudio.ui.vm.health.HealthCheckRow;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every panel without a mouse (issue "Samples, packaging and the first ten minutes", fourth point): arrow keys on
 * the canvas, Enter on the palette and the problems list, Space on the health table, Delete on the watch list,
 * F6 between panels, the View menu's focus, Escape on the export dialog.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardNavigationTest {

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

    @Test
    void arrowKeysWalkTheCardsAndShiftArrowNudgesTheSelection(FxRobot robot) {
        robot.interact(() -> {
            vm.clearSelection();
            fx.canvas().requestFocus();
        });
        robot.type(KeyCode.RIGHT);
        CardModel first = vm.scene().cards().stream()
                .min(java.util.Comparator.comparingDouble(CardModel::y).thenComparingDouble(CardModel::x)).orElseThrow();
        assertThat(vm.selection()).as("nothing selected: an arrow picks the top-left card").containsExactly(first.key());

        robot.type(KeyCode.DOWN);
        NodeKey below = vm.selection().iterator().next();
        assertThat(below).isNotEqualTo(first.key());
        assertThat(fx.card(below).y()).isGreaterThan(first.y());
        robot.type(KeyCode.UP);
        assertThat(vm.selection()).containsExactly(first.key());

        robot.type(KeyCode.RIGHT);
        NodeKey right = vm.selection().iterator().next();
        assertThat(fx.card(right).x()).isGreaterThan(first.x());

        double x = fx.card(right).x();
        double y = fx.card(right).y();
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(fx.card(right).x()).isEqualTo(x + 10);
        assertThat(fx.card(right).y()).isEqualTo(y + 10);
        assertThat(focusOwner()).as("the canvas keeps the focus").isSameAs(fx.canvas());
        robot.interact(vm::undo);
        assertThat(fx.card(right).y()).as("each nudge is one undoable move").isEqualTo(y);
    }

    @Test
    void enterOnAPaletteItemAddsItsRecordSet(FxRobot robot) {
        int before = vm.scene().cards().size();
        robot.interact(() -> robot.lookup("#palette-" + PaletteItem.FAILOVER.styleId()).query().requestFocus());
        robot.type(KeyCode.ENTER);
        assertThat(vm.scene().cards()).hasSize(before + 1);
        assertThat(vm.selection()).singleElement()
                .satisfies(k -> assertThat(fx.card(k).subtitle()).containsIgnoringCase("failover"));
    }

    @Test
    void spaceOnAHealthCheckRowTogglesIt(FxRobot robot) {
        robot.interact(() -> fx.window.side().showHealth());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<HealthCheckRow> table = robot.lookup("#health-checks").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        String id = table.getSelectionModel().getSelectedItem().id();
        boolean up = table.getSelectionModel().getSelectedItem().up();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(table, id).up()).isEqualTo(!up);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(table, id).up()).isEqualTo(up);
    }

    private static HealthCheckRow row(TableView<HealthCheckRow> table, String id) {
        return table.getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void enterOnAProblemSelectsAndRevealsItsCard(FxRobot robot) {
        // V20: Route 53 refuses a weight above 255; an imported design can still carry one.
        NodeKey[] created = new NodeKey[1];
        robot.interact(() -> created[0] = vm.createFromPalette(PaletteItem.WEIGHTED, 4_000, 4_000).orElseThrow());
        CardModel c = fx.card(created[0]);
        robot.interact(() -> {
            DesignDocument doc = vm.document();
            var zone = doc.design().zones().get(0);
            List<RecordSet> sets = zone.recordSets().stream().map(r -> r.groupKey().equals(c.group())
                    ? r.withRouting(r.setIdentifier(), new WeightedRouting(300)) : r).toList();
            vm.replaceDocument(doc.withDesign(doc.design().withZone(zone.withRecordSets(sets))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> problems = robot.lookup("#problems-list").queryListView();
        assertThat(problems.getItems()).isNotEmpty();
        robot.interact(() -> {
            vm.clearSelection();
            fx.canvas().fitToView();
            fx.canvas().panBy(-20_000, -20_000);
            problems.requestFocus();
            problems.getSelectionModel().select(0);
        });
        assertThat(fx.canvas().skin(created[0])).as("scrolled out of view").isEmpty();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selection()).containsExactly(created[0]);
        assertThat(fx.canvas().skin(created[0])).as("revealed").isPresent();
    }

    @Test
    void deleteOnTheWatchListUnpinsOnlyTheEntry(FxRobot robot) {
        robot.interact(() -> fx.window.side().showResolver());
        robot.clickOn("#pin-query");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> watch = robot.lookup("#watch-entries").queryListView();
        assertThat(watch.getItems()).hasSize(1);
        int cards = vm.scene().cards().size();
        robot.interact(() -> {
            vm.selectAll();
            watch.requestFocus();
            watch.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(watch.getItems()).isEmpty();
        assertThat(vm.scene().cards()).as("the canvas's Delete did not fire too").hasSize(cards);
    }

    @Test
    void f6MovesTheFocusFromPanelToPanel(FxRobot robot) {
        robot.interact(() -> fx.canvas().requestFocus());
        robot.type(KeyCode.F6);
        assertThat(FocusIn.side(fx, focusOwner())).as("canvas -> right-hand tabs").isTrue();
        robot.type(KeyCode.F6);
        assertThat(FocusIn.node(fx.window.bottom(), focusOwner())).as("-> tabs below").isTrue();
        robot.type(KeyCode.F6);
        assertThat(focusOwner().getStyleClass()).as("-> palette").contains("palette-item");
        robot.type(KeyCode.F6);
        assertThat(focusOwner()).as("-> canvas").isSameAs(fx.canvas());
        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertThat(focusOwner().getStyleClass()).as("Shift+F6 goes back").contains("palette-item");
    }

    @Test
    void theViewMenusPanelShortcutsMoveTheFocusIntoThePanel(FxRobot robot) {
        robot.interact(() -> fx.canvas().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.window.side().getSelectionModel().getSelectedItem().getId()).isEqualTo("health-tab");
        assertThat(FocusIn.node(fx.window.live().healthPanel(), focusOwner())).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.B).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner().getId()).isEqualTo("problems-list");
    }

    @Test
    void escapeClosesTheExportDialog(FxRobot robot) {
        robot.clickOn("File").clickOn("Export…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exportWindow(robot)).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exportWindow(robot)).isEmpty();
    }

    @Test
    void escapeClosesAMessageDialogWhichWearsTheWindowsTheme(FxRobot robot) {
        robot.interact(() -> fx.window.themes().choose(dev.failoverstudio.ui.vm.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        FxFileDialogs dialogs = new FxFileDialogs(() -> fx.window.getScene().getWindow());
        robot.interact(() -> javafx.application.Platform.runLater(
                () -> dialogs.showInformation("Keyboard shortcuts", "F6 moves between panels")));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = titled(robot, "Keyboard shortcuts").orElseThrow();
        assertThat(dialog.getScene().getRoot().getStylesheets())
                .contains(dev.failoverstudio.ui.fx.ThemeSwitcher.DARK_STYLESHEET);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titled(robot, "Keyboard shortcuts")).isEmpty();
    }

    @Test
    void altAndAMenusLetterOpensThatMenuAndItsItemsAreReachedByArrowKeys(FxRobot robot) {
        robot.interact(() -> fx.canvas().requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu(robot, "File").isShowing()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu(robot, "File").isShowing()).isFalse();

        robot.interact(() -> fx.canvas().requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.H).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu(robot, "Help").isShowing()).isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // the first item: Getting Started
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.dialogs.information.getLast()).startsWith("Getting started");
    }

    @Test
    void f10ReachesTheMenuBarWhereTheArrowKeysOpenTheFirstMenu(FxRobot robot) {
        robot.interact(() -> fx.canvas().requestFocus());
        robot.type(KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu(robot, "File").isShowing()).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theShortcutsPageNamesTheMenuKeysWithoutTheirMnemonicMarks(FxRobot robot) {
        robot.clickOn("Help").clickOn("Keyboard Shortcuts");
        assertThat(fx.dialogs.information.getLast()).containsPattern("Open File +Alt\\+F\n")
                .containsPattern("Open Edit +Alt\\+E\n").containsPattern("Open View +Alt\\+V\n")
                .containsPattern("Open Simulate +Alt\\+S\n").containsPattern("Open Help +Alt\\+H\n")
                .contains("F10").doesNotContain("_");
    }

    private static javafx.scene.control.Menu menu(FxRobot robot, String name) {
        return robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().replace("_", "").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPageInColumnsIsShownInAFixedWidthFontSoItsColumnsLineUp(FxRobot robot) {
        FxFileDialogs dialogs = new FxFileDialogs(() -> fx.window.getScene().getWindow());
        robot.interact(() -> javafx.application.Platform.runLater(
                () -> dialogs.showColumns("Keyboard shortcuts", "  Open File      Alt+F\n  Undo           Ctrl+Z\n")));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = titled(robot, "Keyboard shortcuts").orElseThrow();
        javafx.scene.control.Label page = robot.from(dialog.getScene().getRoot()).lookup(".dialog-columns")
                .queryAs(javafx.scene.control.Label.class);
        javafx.scene.text.Font font = page.getFont();
        assertThat(textWidth("iiii", font)).as("every character as wide as any other").isEqualTo(textWidth("WWWW", font));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aHelpPageLongerThanTheScreenScrollsInsideADialogThatFitsTheScreen(FxRobot robot) {
        FxFileDialogs dialogs = new FxFileDialogs(() -> fx.window.getScene().getWindow());
        String page = "A line of the page\n".repeat(200);
        robot.interact(() -> javafx.application.Platform.runLater(() -> dialogs.showInformation("Long page", page)));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = titled(robot, "Long page").orElseThrow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(dialog.getHeight()).as("the dialog's height on a %s-pixel-high screen", screen.getHeight())
                .isLessThan(screen.getHeight());
        javafx.scene.control.ScrollPane scroll = robot.from(dialog.getScene().getRoot()).lookup(".dialog-text")
                .queryAs(javafx.scene.control.ScrollPane.class);
        assertThat(scroll.getHeight()).isLessThan(scroll.getContent().getLayoutBounds().getHeight());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double textWidth(String s, javafx.scene.text.Font font) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }

    @Test
    void theShortcutsPageNamesThePanelKeys(FxRobot robot) {
        robot.clickOn("Help").clickOn("Keyboard Shortcuts");
        assertThat(fx.dialogs.information.getLast()).contains("F6").contains("Space on its row")
                .contains("Shift+Arrow keys").contains("Escape");
    }

    private static java.util.Optional<Window> titled(FxRobot robot, String title) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing()).findFirst();
    }

    private static java.util.Optional<Window> exportWindow(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && "Export design".equals(s.getTitle()) && s.isShowing()).findFirst();
    }

    /** Where the focus is. */
    private static final class FocusIn {
        static boolean node(Node root, Node focus) {
            return dev.failoverstudio.ui.fx.FocusInto.within(focus, root);
        }

        static boolean side(DesignerWindowFixture fx, Node focus) {
            return node(fx.window.side(), focus);
        }
    }
}
