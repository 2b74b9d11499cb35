package dev.failoverstudio.ui;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import dev.failoverstudio.ui.vm.MemberRef;
import dev.failoverstudio.ui.vm.PaletteItem;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The canvas driven by the mouse and keyboard, headless: palette drops, alias drags, selection, delete, undo. */
@ExtendWith(ApplicationExtension.class)
class DesignerCanvasTest {

    @TempDir
    static Path temp;

    private DesignerWindowFixture fx;
    private DesignerViewModel vm;

    @Start
    void start(Stage stage) {
        fx = new DesignerWindowFixture(stage, temp);
        vm = fx.session.designer();
    }

    private NodeKey create(FxRobot robot, PaletteItem item, double x, double y) {
        NodeKey[] key = new NodeKey[1];
        robot.interact(() -> key[0] = vm.createFromPalette(item, x, y).orElseThrow());
        return key[0];
    }

    private RecordSet recordSetOf(NodeKey card) {
        CardModel c = fx.card(card);
        return vm.document().design().zones().get(0).recordSets().stream()
                .filter(r -> r.groupKey().equals(c.group())).findFirst().orElseThrow();
    }

    @Test
    void draggingAPaletteItemOntoTheCanvasCreatesThatRecordSet(FxRobot robot) {
        Point2D target = fx.screen(200, 150);
        robot.drag("#palette-weighted", MouseButton.PRIMARY).dropTo(target);

        assertThat(vm.scene().cards()).singleElement().satisfies(c -> {
            assertThat(c.subtitle()).contains("weighted");
            assertThat(Math.abs(c.x() - 180)).isLessThanOrEqualTo(20);
        });
        assertThat(recordSetOf(vm.scene().cards().get(0).key()).policy()).isEqualTo(RoutingPolicy.WEIGHTED);
    }

    @Test
    void doubleClickingAPaletteItemCreatesItInView(FxRobot robot) {
        robot.doubleClickOn("#palette-failover");

        assertThat(vm.scene().cards()).singleElement()
                .satisfies(c -> assertThat(c.subtitle()).contains("failover"));
        assertThat(fx.canvas().visibleCardCount()).isEqualTo(1);
    }

    @Test
    void draggingARowsPortOntoACardMakesTheAlias(FxRobot robot) {
        NodeKey latency = create(robot, PaletteItem.LATENCY, 40, 40);
        NodeKey weighted = create(robot, PaletteItem.WEIGHTED, 480, 200);

        robot.drag(fx.port(latency, 0), MouseButton.PRIMARY).dropTo(fx.centre(weighted));

        RecordSet alias = recordSetOf(latency);
        assertThat(alias.isAlias()).isTrue();
        assertThat(alias.aliasTarget().dnsName()).isEqualTo(fx.card(weighted).group().name());
        assertThat(vm.scene().edges()).isNotEmpty();
    }

    @Test
    void aLoopIsRefusedWhileDraggingWithTheReasonAndNothingChanges(FxRobot robot) {
        NodeKey a = create(robot, PaletteItem.WEIGHTED, 40, 40);
        NodeKey b = create(robot, PaletteItem.WEIGHTED, 480, 40);
        robot.interact(() -> {
            vm.connect(new MemberRef(fx.card(a).zoneId(), fx.card(a).rows().get(0).member(), a), b);
            fx.canvas().fitToView();
        });
        DesignDocument before = vm.document();

        robot.moveTo(fx.port(b, 0)).press(MouseButton.PRIMARY);
        robot.moveBy(-60, 20).moveTo(fx.centre(a));
        String hint = fx.canvas().hintText();
        robot.release(MouseButton.PRIMARY);

        assertThat(hint).contains("loop").contains("V35");
        assertThat(vm.document()).isSameAs(before);
        assertThat(fx.canvas().hintText()).isEmpty();
    }

    @Test
    void clickSelectsShiftClickAddsAndDeleteRemovesWithUndoAndRedo(FxRobot robot) {
        NodeKey a = create(robot, PaletteItem.SIMPLE, 40, 40);
        NodeKey b = create(robot, PaletteItem.WEIGHTED, 480, 40);

        robot.clickOn(fx.header(a));
        robot.press(KeyCode.SHIFT).clickOn(fx.header(b)).release(KeyCode.SHIFT);
        assertThat(vm.selection()).containsExactlyInAnyOrder(a, b);

        robot.type(KeyCode.DELETE);
        assertThat(vm.scene().cards()).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(vm.scene().cards()).hasSize(2);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(vm.scene().cards()).isEmpty();
    }

    @Test
    void draggingSelectedCardsMovesThemTogetherOnTheGridAsOneStep(FxRobot robot) {
        NodeKey a = create(robot, PaletteItem.SIMPLE, 40, 40);
        NodeKey b = create(robot, PaletteItem.WEIGHTED, 480, 40);
        robot.interact(() -> vm.selectOnly(java.util.Set.of(a, b), false));

        robot.drag(fx.header(a), MouseButton.PRIMARY).dropBy(73, 41);

        assertThat(fx.card(a).x()).isEqualTo(120);
        assertThat(fx.card(a).y()).isEqualTo(80);
        assertThat(fx.card(b).x()).isEqualTo(560);
        assertThat(fx.card(b).y()).isEqualTo(80);
        robot.interact(vm::undo);
        assertThat(fx.card(a).x()).isEqualTo(40);
        assertThat(fx.card(b).x()).isEqualTo(480);
    }

    @Test
    void shiftDragOnEmptySpaceSelectsTheCardsInTheRectangle(FxRobot robot) {
        NodeKey a = create(robot, PaletteItem.SIMPLE, 40, 40);
        NodeKey b = create(robot, PaletteItem.WEIGHTED, 480, 40);
        create(robot, PaletteItem.LATENCY, 40, 400);

        robot.interact(vm::clearSelection);
        robot.press(KeyCode.SHIFT);
        robot.drag(fx.screen(20, 20), MouseButton.PRIMARY).dropTo(fx.screen(900, 200));
        robot.release(KeyCode.SHIFT);

        assertThat(vm.selection()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void draggingEmptySpacePansAndZoomKeysZoom(FxRobot robot) {
        NodeKey a = create(robot, PaletteItem.SIMPLE, 40, 40);
        Point2D before = fx.header(a);

        robot.drag(fx.screen(600, 300), MouseButton.PRIMARY).dropBy(-100, -50);
        Point2D after = fx.header(a);
        assertThat(after.getX() - before.getX()).isCloseTo(-100, org.assertj.core.data.Offset.offset(2.0));

        double zoom = fx.canvas().zoom();
        robot.clickOn("#zoom-in");
        assertThat(fx.canvas().zoom()).isGreaterThan(zoom);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(fx.canvas().zoom()).isLessThan(zoom);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.canvas().visibleArea()[0]).isLessThanOrEqualTo(40);
    }

    @Test
    void droppingAHealthCheckOnARowAttachesIt(FxRobot robot) {
        NodeKey a = create(robot, PaletteItem.WEIGHTED, 40, 40);

        robot.drag("#palette-health-check", MouseButton.PRIMARY).dropTo(fx.rowText(a, 0));

        assertThat(recordSetOf(a).healthCheckId()).isNotNull();
        assertThat(vm.scene().cards()).hasSize(2);
    }

    @Test
    void onlyCardsInViewHaveNodesAndPanningSwapsThem(FxRobot robot) {
        // 100 latency -> weighted trees: 2,000 record sets, 2,100 cards.
        robot.interact(() -> vm.replaceDocument(new DesignDocument(
                dev.failoverstudio.cli.SyntheticDesigns.trees(100, 4), dev.failoverstudio.domain.layout.Layout.EMPTY)));
        robot.interact(() -> fx.canvas().zoomReset());
        int total = vm.scene().cards().size();
        int shown = fx.canvas().visibleCardCount();
        NodeKey first = vm.scene().cards().get(0).key();
        robot.interact(() -> fx.canvas().reveal(first));
        assertThat(fx.canvas().skin(first)).isPresent();

        robot.interact(() -> fx.canvas().panBy(0, -20_000));

        assertThat(total).isEqualTo(2100);
        assertThat(shown).isPositive().isLessThan(100);
        assertThat(fx.canvas().skin(first)).isEmpty();
        assertThat(fx.canvas().visibleCardCount()).isPositive().isLessThan(100);

        robot.interact(() -> fx.canvas().zoomBy(0.1, 0, 0));
        assertThat(fx.canvas().visibleCardCount()).isLessThan(total);
    }

    @Test
    void anInvalidCardIsMarkedAndItsTooltipSaysWhy(FxRobot robot) {
        // V20: Route 53 refuses a weight above 255; an imported design can still carry one.
        NodeKey a = create(robot, PaletteItem.WEIGHTED, 40, 40);
        RecordSet rs = recordSetOf(a);
        robot.interact(() -> {
            DesignDocument doc = vm.document();
            var zone = doc.design().zones().get(0);
            vm.replaceDocument(doc.withDesign(doc.design().withZone(zone.withRecordSets(java.util.List.of(
                    rs.withRouting(rs.setIdentifier(), new dev.failoverstudio.domain.model.WeightedRouting(300)))))));
        });

        assertThat(fx.canvas().skin(a).orElseThrow().node().getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("invalid"));
        CardModel card = fx.card(a);
        assertThat(fx.canvas().tooltipAt(new Point2D(card.x() + 40, card.rowCentreY(0)))).contains("V20");
        assertThat(robot.lookup("#problems-list").queryListView().getItems()).isNotEmpty();

        // Clicking the problem selects its card and scrolls it into view.
        robot.interact(() -> {
            vm.clearSelection();
            fx.canvas().panBy(5_000, 5_000);
        });
        robot.clickOn(robot.lookup("#problems-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(vm.selection()).containsExactly(a);
        assertThat(fx.canvas().skin(a)).isPresent();
    }

    @Test
    void draggingAHealthCheckCardOntoARowAttachesIt(FxRobot robot) {
        NodeKey a = create(robot, PaletteItem.WEIGHTED, 40, 40);
        NodeKey check = create(robot, PaletteItem.HEALTH_CHECK, 480, 300);
        robot.interact(() -> fx.canvas().fitToView());

        robot.drag(fx.header(check), MouseButton.PRIMARY).dropTo(fx.rowText(a, 0));

        assertThat(recordSetOf(a).healthCheckId()).isEqualTo(check.healthCheckId());
        assertThat(fx.card(check).x()).isEqualTo(480);
    }

    @Test
    void ctrlWheelZoomsAroundThePointerAndTheWheelAloneScrolls(FxRobot robot) {
        NodeKey a = create(robot, PaletteItem.SIMPLE, 40, 40);
        robot.moveTo(fx.header(a));
        double zoom = fx.canvas().zoom();
        Point2D before = fx.header(a);

        robot.press(KeyCode.CONTROL).scroll(2, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        double zoomed = fx.canvas().zoom();
        Point2D afterZoom = fx.header(a);
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);

        assertThat(zoomed).isNotEqualTo(zoom);
        // The canvas point under the pointer stays under it.
        assertThat(afterZoom.distance(before)).isLessThan(2.0);
        // (the headless robot's wheel notch is a few pixels)
        assertThat(fx.header(a).getY()).isNotEqualTo(afterZoom.getY());
        assertThat(fx.canvas().zoom()).isEqualTo(zoomed);
    }
}
