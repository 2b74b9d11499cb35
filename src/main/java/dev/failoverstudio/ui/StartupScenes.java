package dev.failoverstudio.ui;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.ui.fx.FxExecutors;
import dev.failoverstudio.ui.fx.LaidOutFrames;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two windows the startup measurement compares (issue "Samples, packaging and the first ten minutes"): a
 * blank JavaFX window, and the designer window with a design open and its cards drawn. Each calls back on the
 * first frame that shows it complete; the designer once more on the first frame with every panel in (the palette,
 * the side and bottom tabs arrive just after the design is drawn). Run on the FX thread.
 */
public final class StartupScenes {

    private StartupScenes() {
    }

    /** A blank window; {@code shown} runs after the first frame was laid out. */
    public static void showBlank(Runnable shown) {
        Stage stage = new Stage();
        Scene scene = new Scene(new StackPane(new Label("blank window")), 1400, 880);
        LaidOutFrames.onFirstWhere(scene, () -> true, shown);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * The designer window with {@code design} open; {@code populated} runs once its cards are on screen, then
     * {@code complete} once the deferred panels are in as well.
     */
    public static void showDesigner(Services services, Path design, Runnable populated, Runnable complete)
            throws IOException {
        Path scratch = Files.createTempDirectory("failover-studio-startup");
        DesignerSession session = DesignerSession.create(services, new WindowSnapshot.FixedSettings(), scratch,
                FxExecutors.background(), FxExecutors.fxThread());
        // as the application does: the design is read in the background while the window is built
        session.files().open(design);
        MainWindow window = new MainWindow(session, new WindowSnapshot.NoDialogs());
        Stage stage = new Stage();
        Scene scene = FailoverStudioApp.scene(window, 1400, 880);
        LaidOutFrames.onFirstWhere(scene, () -> window.canvas().visibleCardCount() > 0, () -> {
            populated.run();
            if (window.panelsAttached()) { // they were laid out in this frame too
                complete.run();
            } else {
                LaidOutFrames.onFirstWhere(scene, window::panelsAttached, complete);
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(session.files().titleProperty());
        stage.show();
    }
}
