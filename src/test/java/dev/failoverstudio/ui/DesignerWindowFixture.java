package dev.failoverstudio.ui;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.ui.canvas.DesignCanvas;
import dev.failoverstudio.ui.vm.CardGeometry;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.SettingsStore;
import dev.failoverstudio.ui.vm.WindowSettings;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A designer window for TestFX tests: background work on the FX thread (deterministic), scripted file dialogs,
 * settings in memory, and helpers that turn canvas coordinates into screen points for the robot.
 */
final class DesignerWindowFixture {

    final DesignerSession session;
    final MainWindow window;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    DesignerWindowFixture(Stage stage, Path temp) {
        session = DesignerSession.create(Services.create(), new MemorySettings(), temp.resolve("autosave"),
                Runnable::run, Runnable::run);
        window = new MainWindow(session, dialogs);
        Scene scene = FailoverStudioApp.scene(window, 1200, 760);
        window.actions().installExtraAccelerators(scene);
        stage.setScene(scene);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        window.canvas().requestFocus();
    }

    DesignCanvas canvas() {
        return window.canvas();
    }

    CardModel card(NodeKey key) {
        return session.designer().scene().card(key).orElseThrow();
    }

    /** Screen point of canvas point (x, y). */
    Point2D screen(double x, double y) {
        Point2D local = canvas().canvasToLocal(x, y);
        return canvas().localToScreen(local.getX(), local.getY());
    }

    Point2D header(NodeKey key) {
        CardModel c = card(key);
        return screen(c.x() + 60, c.y() + 12);
    }

    Point2D rowText(NodeKey key, int row) {
        CardModel c = card(key);
        return screen(c.x() + 40, c.rowCentreY(row));
    }

    Point2D port(NodeKey key, int row) {
        CardModel c = card(key);
        return screen(c.x() + c.width() - CardGeometry.PORT_INSET, c.rowCentreY(row));
    }

    Point2D centre(NodeKey key) {
        CardModel c = card(key);
        return screen(c.x() + c.width() / 2, c.y() + c.height() / 2);
    }

    /** File dialogs that answer from a script. */
    static final class ScriptedDialogs implements FileDialogs {
        final Deque<Path> files = new ArrayDeque<>();
        final Deque<UnsavedChoice> unsaved = new ArrayDeque<>();
        final Deque<String> errors = new ArrayDeque<>();
        final Deque<String> information = new ArrayDeque<>();

        @Override
        public Optional<Path> chooseOpen(String title) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public Optional<Path> chooseSave(String title, String suggestedName) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public UnsavedChoice askUnsaved(String documentName) {
            return unsaved.isEmpty() ? UnsavedChoice.CANCEL : unsaved.poll();
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInformation(String title, String message) {
            information.add(title + "\n" + message);
        }
    }

    static final class MemorySettings implements SettingsStore {
        private WindowSettings settings = WindowSettings.DEFAULTS;

        @Override
        public WindowSettings load() {
            return settings;
        }

        @Override
        public void save(WindowSettings s) {
            settings = s;
        }
    }
}
