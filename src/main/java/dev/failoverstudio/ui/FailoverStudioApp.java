package dev.failoverstudio.ui;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.app.SettingsFile;
import dev.failoverstudio.app.SystemColorScheme;
import dev.failoverstudio.app.ThemeFile;
import dev.failoverstudio.ui.fx.ThemeSwitcher;
import dev.failoverstudio.ui.fx.AppIcons;
import dev.failoverstudio.ui.fx.FxExecutors;
import dev.failoverstudio.ui.vm.SettingsStore;
import dev.failoverstudio.ui.vm.WindowSettings;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The desktop application: the designer window, with the design named on the command line if any. Remembers the
 * window's size, dividers and recent files; keeps an autosave copy of unsaved work and offers it back after a
 * crash; asks before closing with unsaved changes.
 */
public final class FailoverStudioApp extends Application {

    /** How often unsaved work is copied to the autosave file. */
    static final Duration AUTOSAVE_INTERVAL = Duration.seconds(30);

    private Services services;
    private ExecutorService background;
    private MainWindow window;
    private boolean desktopPrefersDark;

    public static void launchDesktop(String[] args) {
        Application.launch(FailoverStudioApp.class, args);
    }

    /** Runs on the launcher thread, so loading the geo tables never blocks the FX thread. */
    @Override
    public void init() {
        services = Services.create();
        desktopPrefersDark = new SystemColorScheme().getAsBoolean();
    }

    @Override
    public void start(Stage stage) {
        background = FxExecutors.background();
        Path configDir = SettingsFile.defaultDirectory();
        SettingsStore settings = new SettingsFile(configDir);
        DesignerSession session = DesignerSession.create(services, settings, configDir.resolve("autosave"),
                background, FxExecutors.fxThread());
        window = new MainWindow(session, new FxFileDialogs(() -> stage));
        window.themes().restore(new ThemeFile(configDir), desktopPrefersDark);
        session.files().setNameQuestion(new ImportNameDialog(() -> stage));
        WindowSettings remembered = settings.load();
        Scene scene = scene(window, remembered.width(), remembered.height());
        window.actions().installExtraAccelerators(scene);
        stage.titleProperty().bind(session.files().titleProperty());
        AppIcons.install(stage);
        stage.setScene(scene);
        if (!Double.isNaN(remembered.x())) {
            stage.setX(remembered.x());
            stage.setY(remembered.y());
        }
        stage.setMaximized(remembered.maximized());
        window.actions().setQuit(() -> closeAsked(stage, session, window));
        stage.setOnCloseRequest(e -> {
            e.consume();
            closeAsked(stage, session, window);
        });
        stage.show();
        window.applyDividers(remembered);
        window.canvas().requestFocus(); // arrow keys walk the cards from the start; F6 reaches the other panels

        Optional<String> recovery = session.files().recoveryQuestion();
        List<String> args = getParameters().getUnnamed();
        boolean restore = recovery.isPresent() && offerRestore(stage, recovery.get());
        session.files().answerRecovery(restore);
        if (!restore) {
            if (!args.isEmpty()) {
                session.files().open(Path.of(args.get(0)));
            } else {
                Platform.runLater(window.canvas()::fitToView);
            }
        }
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_INTERVAL, e -> session.files().autosaveNow()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    /** The scene of a designer window with the application's stylesheet. */
    public static Scene scene(MainWindow window, double width, double height) {
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                FailoverStudioApp.class.getResource("failover-studio.css")).toExternalForm());
        return scene;
    }

    private static boolean offerRestore(Stage stage, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        alert.initOwner(stage);
        ThemeSwitcher.styleLike(alert.getDialogPane(), stage);
        alert.setTitle("Restore unsaved work");
        alert.setHeaderText("Failover Studio did not close properly last time.");
        return alert.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    private void closeAsked(Stage stage, DesignerSession session, MainWindow window) {
        window.actions().whenChangesSettled(() -> {
            WindowSettings before = session.settings().load();
            session.settings().save(new WindowSettings(stage.getX(), stage.getY(),
                    stage.isMaximized() ? before.width() : stage.getWidth(),
                    stage.isMaximized() ? before.height() : stage.getHeight(), stage.isMaximized(),
                    window.dividers(), session.files().recentFiles()));
            session.files().discardAutosave();
            stage.close();
            Platform.exit();
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (background != null) {
            background.shutdown();
        }
    }
}
