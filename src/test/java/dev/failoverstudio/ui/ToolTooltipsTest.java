package dev.failoverstudio.ui;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tooltips on every tool (issue "Samples, packaging and the first ten minutes", fourth point): walks the scene graph
 * of the main window with a design open, every side and bottom tab shown once, and fails for any button, toggle
 * button or palette item without a tooltip once the pointer has entered it (tooltips on the first frame's tools
 * are made on first entry, {@code LazyTooltip}).
 */
@ExtendWith(ApplicationExtension.class)
class ToolTooltipsTest {

    /** Where {@link Tooltip#install} keeps a tooltip on a node that is not a control. */
    private static final String INSTALLED_TOOLTIP = "javafx.scene.control.Tooltip";

    @TempDir
    static Path temp;

    private DesignerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new DesignerWindowFixture(stage, temp);
        fixture.session.files().open(Path.of("samples/latency-weighted-tree.json"));
    }

    @Test
    void everyButtonToggleAndPaletteItemHasATooltip(FxRobot robot) {
        Set<Node> tools = new LinkedHashSet<>();
        showEveryTab(robot, tools);
        pointAtEach(robot, tools);
        List<String> missing = new ArrayList<>();
        for (Node n : tools) {
            if (tooltipText(n) == null) {
                missing.add(describe(n));
            }
        }
        assertThat(tools).as("tools found").hasSizeGreaterThan(40);
        assertThat(missing).as("tools without a tooltip").isEmpty();
    }

    @Test
    void toolbarTooltipsNameTheirShortcut(FxRobot robot) {
        Set<Node> tools = new LinkedHashSet<>();
        collect(fixture.window.lookup("#tool-bar"), tools);
        assertThat(tools).hasSizeGreaterThanOrEqualTo(8);
        assertThat(tools).as("no tooltip is made before the pointer asks for one").allMatch(n -> tooltipText(n) == null);
        pointAtEach(robot, tools);
        for (Node n : tools) {
            assertThat(tooltipText(n)).as(describe(n)).matches("(?s).*\\((Ctrl|Shift|Delete|F\\d).*\\).*");
        }
    }

    @Test
    void theExportDialogsButtonsHaveTooltips(FxRobot robot) {
        robot.clickOn("File").clickOn("Export…");
        WaitForAsyncUtils.waitForFxEvents();
        Stage export = (Stage) robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && "Export design".equals(s.getTitle())).findFirst().orElseThrow();
        Set<Node> tools = new LinkedHashSet<>();
        robot.interact(() -> collect(export.getScene().getRoot(), tools));
        pointAtEach(robot, tools);
        List<String> missing = tools.stream().filter(n -> tooltipText(n) == null).map(ToolTooltipsTest::describe)
                .toList();
        assertThat(tools).hasSizeGreaterThan(4);
        assertThat(missing).as("export tools without a tooltip").isEmpty();
        robot.interact(export::close);
    }

    /** Shows each tab of each tab pane in turn (so their content is built and laid out) and collects the tools. */
    private void showEveryTab(FxRobot robot, Set<Node> tools) {
        List<TabPane> panes = new ArrayList<>();
        robot.interact(() -> fixture.window.lookupAll(".tab-pane").forEach(n -> panes.add((TabPane) n)));
        for (TabPane pane : panes) {
            for (Tab tab : List.copyOf(pane.getTabs())) {
                robot.interact(() -> {
                    pane.getSelectionModel().select(tab);
                    fixture.window.lookupAll(".titled-pane").forEach(t -> ((TitledPane) t).setExpanded(true));
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    fixture.window.applyCss();
                    fixture.window.layout();
                    collect(fixture.window, tools);
                });
            }
        }
    }

    /** The pointer enters each tool, as hovering over it does. */
    private static void pointAtEach(FxRobot robot, Set<Node> tools) {
        robot.interact(() -> {
            for (Node n : tools) {
                Event.fireEvent(n, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0, false,
                        false, false, false, false, false, false, false, false, false, null));
            }
        });
    }

    private static void collect(Node node, Set<Node> tools) {
        if (node == null || node instanceof MenuBar) {
            return; // menus say what they hold; their items carry their shortcuts
        }
        boolean tool = node instanceof Button || node instanceof MenuButton
                || node instanceof ToggleButton && !(node instanceof RadioButton)
                || node.getStyleClass().contains("palette-item");
        if (tool && node.isVisible()) {
            tools.add(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, tools);
            }
        }
    }

    private static String tooltipText(Node n) {
        Tooltip tip = n instanceof Control c ? c.getTooltip() : null;
        if (tip == null && n.getProperties().get(INSTALLED_TOOLTIP) instanceof Tooltip installed) {
            tip = installed;
        }
        return tip == null || tip.getText() == null || tip.getText().isBlank() ? null : tip.getText();
    }

    private static String describe(Node n) {
        String text = n instanceof ButtonBase b ? b.getText() : "";
        return n.getClass().getSimpleName() + " id=" + n.getId() + " text='" + text + "' classes=" + n.getStyleClass();
    }
}
