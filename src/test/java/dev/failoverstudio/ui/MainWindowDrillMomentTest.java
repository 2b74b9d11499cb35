package dev.failoverstudio.ui;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.io.formats.drill.DrillFile;
import dev.failoverstudio.ui.drill.vm.DrillViewModel;
import dev.failoverstudio.ui.vm.resolver.WorldMapViewModel;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the drills tab is shown, the canvas shows the health checks as they are at the drill's scrub time (issue
 * "What-if failure drills over time", UI: "the canvas ... show the state at the scrub time"): the primary's
 * endpoint goes down at 60 s, so at 400 s its check is unhealthy (HC7-HC9) although the design's simulated health
 * says healthy; back on another tab the canvas shows the design's own health again. The drill's design changes
 * (record sets upserted or deleted) show too: the map answers from the design at the scrub time.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowDrillMomentTest {

    private static final Path DRILL = Path.of("samples/drills/active-passive-failover.json");
    private static final PseudoClass ABSENT = PseudoClass.getPseudoClass("absent-at-moment");

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

    private long unhealthyCheckCards() {
        return fixture.session.designer().document().design().healthChecks().stream()
                .map(check -> fixture.canvas().skin(NodeKey.healthCheck(check.id())).orElseThrow().node())
                .filter(node -> "unhealthy".equals(((Label) node.lookup(".health-status")).getText()))
                .count();
    }

    @Test
    void theCanvasShowsHealthAtTheScrubTimeOnlyWhileTheDrillsTabIsShown(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.canvas().fitToView());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(unhealthyCheckCards()).as("the design's simulated health: all passing").isZero();

        DrillViewModel drills = fixture.window.drills().viewModel();
        robot.interact(() -> {
            assertThat(drills.open(DRILL)).isTrue();
            assertThat(drills.run()).isTrue();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> drills.resultProperty().get() != null);
        Tab drillTab = fixture.window.bottom().getTabs().stream().filter(t -> "drill-tab".equals(t.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            fixture.window.bottom().show(drillTab);
            drills.playback().timeProperty().set(400);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(unhealthyCheckCards()).as("at 400 s the primary's check has failed").isEqualTo(1);

        robot.interact(() -> drills.playback().timeProperty().set(10));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(unhealthyCheckCards()).as("before the outage").isZero();

        robot.interact(() -> {
            drills.playback().timeProperty().set(400);
            fixture.window.bottom().showProblems();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(unhealthyCheckCards()).as("other tabs show the design's own health").isZero();
    }

    /** The world map's answers everywhere follow the same moment (R50 failover once the check fails, HC9). */
    @Test
    void theWorldMapFollowsTheScrubTimeOnlyWhileTheDrillsTabIsShown(FxRobot robot) throws Exception {
        WorldMapViewModel map = fixture.window.live().worldMap();
        robot.interact(() -> {
            map.load();
            fixture.window.live().resolver().nameProperty().set("api.example.com.");
            map.answersEverywhereProperty().set(true);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "192.0.2.20".equals(answerIn(map, "DE")));

        DrillViewModel drills = fixture.window.drills().viewModel();
        robot.interact(() -> {
            assertThat(drills.open(DRILL)).isTrue();
            assertThat(drills.run()).isTrue();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> drills.resultProperty().get() != null);
        Tab drillTab = fixture.window.bottom().getTabs().stream().filter(t -> "drill-tab".equals(t.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            fixture.window.bottom().show(drillTab);
            drills.playback().timeProperty().set(400);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "198.51.100.20".equals(answerIn(map, "DE")));
        assertThat(map.momentOverrideProperty().get()).isNotNull();
        WaitForAsyncUtils.waitForFxEvents();
        var records = fixture.session.designer().document().design().zones().get(0).recordSets();
        var lit = fixture.canvas().highlightsProperty().get();
        assertThat(lit.path()).as("the canvas lights the secondary's path at 400 s (R50)")
                .containsExactly(records.get(1).key());
        assertThat(lit.unhealthy(records.get(0).key())).as("the primary is unhealthy then (R40)").isTrue();

        robot.interact(() -> fixture.window.bottom().showProblems());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "192.0.2.20".equals(answerIn(map, "DE")));
        assertThat(map.momentOverrideProperty().get()).as("the health panel's state again").isNull();
    }

    /**
     * Design changes on the drill's timeline: a DELETE of the PRIMARY record set at 60 s. At 120 s the map's
     * answers everywhere give the SECONDARY (the failover group has no primary left, R50), the canvas lights the
     * secondary's path and dims the primary's row on its card; the card and the user's document keep the record set. Back on another tab, the map
     * and the canvas show the open design again.
     */
    @Test
    void aDeletedRecordSetIsDimmedAndLeavesTheMapOnlyWhileTheDrillsTabIsShown_R50(FxRobot robot) throws Exception {
        var design = fixture.session.designer().document().design();
        var zone = design.zones().get(0);
        RecordSet primary = zone.recordSets().stream().filter(rs -> "primary".equals(rs.setIdentifier()))
                .findFirst().orElseThrow();
        RecordSet secondary = zone.recordSets().stream().filter(rs -> "secondary".equals(rs.setIdentifier()))
                .findFirst().orElseThrow();
        NodeKey card = NodeKey.group(zone.id(), new GroupKey(primary.name(), primary.type()));
        WorldMapViewModel map = fixture.window.live().worldMap();
        robot.interact(() -> {
            fixture.canvas().fitToView();
            map.load();
            fixture.window.live().resolver().nameProperty().set("api.example.com.");
            map.answersEverywhereProperty().set(true);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "192.0.2.20".equals(answerIn(map, "DE")));

        Drill base = drillFile.drill();
        Drill delete = new Drill("delete the primary", null, base.query(), 300, base.stepSeconds(),
                base.population(), base.queriesPerSecond(), base.resolvers(),
                List.of(new DrillEvent.DeleteRecordSet(60, primary.key())), Map.of(), Map.of(), List.of());
        DrillViewModel drills = fixture.window.drills().viewModel();
        robot.interact(() -> {
            drills.load(delete);
            assertThat(drills.run()).isTrue();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> drills.resultProperty().get() != null);
        Tab drillTab = fixture.window.bottom().getTabs().stream().filter(t -> "drill-tab".equals(t.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            fixture.window.bottom().show(drillTab);
            drills.playback().timeProperty().set(120);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "198.51.100.20".equals(answerIn(map, "DE")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(primaryRowDimmed(card)).as("the deleted primary's row at 120 s").isTrue();
        assertThat(fixture.canvas().highlightsProperty().get().path()).as("lit: the secondary answers")
                .containsExactly(secondary.key());

        robot.interact(() -> drills.playback().timeProperty().set(30));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "192.0.2.20".equals(answerIn(map, "DE")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(primaryRowDimmed(card)).as("before the delete").isFalse();
        assertThat(fixture.canvas().highlightsProperty().get().path()).as("lit: the primary answers")
                .containsExactly(primary.key());

        robot.interact(() -> {
            drills.playback().timeProperty().set(120);
            fixture.window.bottom().showProblems();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "192.0.2.20".equals(answerIn(map, "DE")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(primaryRowDimmed(card)).as("other tabs show the open design").isFalse();
        assertThat(map.momentOverrideProperty().get()).isNull();
        assertThat(fixture.session.designer().document().design().zones().get(0).recordSets())
                .as("the user's design keeps the record set").contains(primary);
    }

    private boolean primaryRowDimmed(NodeKey card) {
        Node skin = fixture.canvas().skin(card).orElseThrow().node();
        List<Node> rows = List.copyOf(skin.lookupAll(".member-row"));
        assertThat(rows).hasSize(2);
        boolean dimmed = rows.get(0).getPseudoClassStates().contains(ABSENT);
        assertThat(rows.get(1).getPseudoClassStates()).as("the secondary stays").doesNotContain(ABSENT);
        return dimmed;
    }

    private static String answerIn(WorldMapViewModel map, String country) {
        int colour = map.colouringProperty().get().colourOf(MapPlace.country(country));
        return map.legend().stream().filter(e -> e.colour() == colour).map(WorldMapViewModel.LegendEntry::label)
                .findFirst().orElse(null);
    }
}
