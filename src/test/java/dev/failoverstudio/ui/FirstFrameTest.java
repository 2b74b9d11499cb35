package dev.failoverstudio.ui;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.app.Services;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The designer's first frame (issue "Samples, packaging and the first ten minutes", startup): the design's cards
 * are drawn before the palette, the side tabs and the bottom tabs are put in; those wait for the design being read
 * (for a moment at most), arrive together a frame later, and move nothing on the canvas when they do.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    @TempDir
    static Path temp;

    /** Background work the test lets run when it chooses: the design's read, held to see what waits for it. */
    private final HeldExecutor background = new HeldExecutor();
    private final List<Frame> frames = new CopyOnWriteArrayList<>();
    private MainWindow window;
    private Scene scene;

    /** What one laid-out frame showed. */
    private record Frame(int cards, boolean panelsAttached, Bounds canvasInScene) {
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Shows the window, the sample being read; {@code readAtTheLatest} bounds how long that keeps the panels away. */
    private void show(FxRobot robot, Duration readAtTheLatest) {
        robot.interact(() -> open(readAtTheLatest));
    }

    private void open(Duration readAtTheLatest) {
        DesignerSession session = DesignerSession.create(Services.create(), new DesignerWindowFixture.MemorySettings(),
                temp.resolve("autosave"), background, Runnable::run);
        session.files().open(Path.of("samples/latency-weighted-tree.json"));
        window = new MainWindow(session, new DesignerWindowFixture.ScriptedDialogs());
        window.setPanelsAtTheLatest(readAtTheLatest);
        scene = FailoverStudioApp.scene(window, 1200, 760);
        scene.addPostLayoutPulseListener(() -> frames.add(new Frame((int) window.canvas().visibleCardCount(),
                window.panelsAttached(), window.canvas().localToScene(window.canvas().getLayoutBounds()))));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theDesignIsDrawnFirstAndThePanelsArriveAFrameLaterMovingNothing(FxRobot robot) throws Exception {
        show(robot, Duration.hours(1));
        framesPass(robot, 3);
        assertThat(frames).as("frames were drawn").isNotEmpty();
        assertThat(window.panelsAttached()).as("the panels wait while the design is read").isFalse();
        assertThat(window.side().getScene()).isNull();

        robot.interact(background::release);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.stream().anyMatch(Frame::panelsAttached));

        Frame drawn = frames.stream().filter(f -> f.cards() > 0).findFirst().orElseThrow();
        assertThat(drawn.panelsAttached()).as("the first frame with cards goes without the panels").isFalse();
        Frame complete = frames.stream().filter(Frame::panelsAttached).findFirst().orElseThrow();
        assertThat(frames.indexOf(complete)).isGreaterThan(frames.indexOf(drawn));
        assertThat(complete.canvasInScene()).as("the canvas keeps its place and size").isEqualTo(
                drawn.canvasInScene());
        assertThat(window.side().getScene()).isSameAs(scene);
        assertThat(window.bottom().getScene()).isSameAs(scene);
        assertThat(scene.getRoot().lookup(".palette")).isNotNull();
        assertThat(window.side().getWidth()).as("the side tabs fill their column").isGreaterThan(200);
    }

    @Test
    void aLongReadDoesNotKeepThePanelsAwayAndTheyStillMoveNothing(FxRobot robot) throws Exception {
        show(robot, Duration.millis(100));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.stream().anyMatch(Frame::panelsAttached));
        assertThat(frames.stream().filter(Frame::panelsAttached).findFirst().orElseThrow().cards())
                .as("the design was still being read").isZero();
        Bounds before = frames.get(frames.size() - 1).canvasInScene();

        robot.interact(background::release);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.stream().anyMatch(f -> f.cards() > 0));
        assertThat(frames.stream().filter(f -> f.cards() > 0).findFirst().orElseThrow().canvasInScene())
                .isEqualTo(before);
    }

    @Test
    void aPictureOfTheWindowHasThePanelsAtOnce(FxRobot robot) {
        show(robot, Duration.hours(1));
        robot.interact(() -> {
            window.attachPanels();
            assertThat(window.panelsAttached()).isTrue();
            assertThat(window.side().getScene()).isSameAs(scene);
        });
    }

    private static void framesPass(FxRobot robot, int count) {
        for (int i = 0; i < count; i++) {
            robot.interact(Platform::requestNextPulse);
            robot.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Queues work until released, then runs it (and later work) at once. FX thread. */
    private static final class HeldExecutor implements Executor {
        private final Queue<Runnable> held = new ArrayDeque<>();
        private boolean holding = true;

        @Override
        public void execute(Runnable task) {
            if (holding) {
                held.add(task);
            } else {
                task.run();
            }
        }

        void release() {
            holding = false;
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
    }
}
