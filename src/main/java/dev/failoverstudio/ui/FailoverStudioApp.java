package dev.failoverstudio.ui;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.app.LastDesignFile;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.app.SettingsFile;
import dev.failoverstudio.app.SystemColorScheme;
import dev.failoverstudio.app.ThemeFile;
import dev.failoverstudio.app.WelcomeViewModels;
import dev.failoverstudio.ui.fx.AppIcons;
import dev.failoverstudio.ui.fx.ThemeSwitcher;
import dev.failoverstudio.ui.fx.FxExecutors;
import dev.failoverstudio.ui.vm.SettingsStore;
import dev.failoverstudio.ui.vm.WelcomeViewModel;
import dev.failoverstudio.ui.vm.WindowSettings;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The desktop application: the designer window, with the design named on the command line, else the last design,
 * else (first start) the welcome view with the samples. Remembers the
 * window's size, dividers and recent files; keeps an autosave copy of unsaved work and offers it back after a
 * crash; asks before closing with unsaved changes.
 */
public final class FailoverStudioApp extends Application {

    /** How often unsaved work is copied to the autosave file. */
    static final Duration AUTOSAVE_INTERVAL = Duration.seconds(30);

    private CompletableFuture<Services> services;
    private List<String> arguments;
    private ExecutorService background;
    private MainWindow window;
    /** Asked of the desktop (which may run {@code gsettings}) beside the toolkit's start, not before it. */
    private CompletableFuture<Boolean> desktopPrefersDark;
    private boolean stopped;

    /** For {@link Application#launch} (e.g. {@code mvn javafx:run}): the services load in {@link #init()}. */
    public FailoverStudioApp() {
    }

    private FailoverStudioApp(CompletableFuture<Services> services, CompletableFuture<Boolean> desktopPrefersDark,
            List<String> arguments) {
        this.services = services;
        this.desktopPrefersDark = desktopPrefersDark;
        this.arguments = List.copyOf(arguments);
    }

    /**
     * Starts the desktop application. The services (geo tables, formats, engine, validator) load on a thread of
     * their own while the JavaFX toolkit starts, instead of one after the other.
     */
    public static void launchDesktop(String[] args) {
        CompletableFuture<Services> services = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                services.complete(Services.create());
            } catch (RuntimeException | Error e) {
                services.completeExceptionally(e);
            }
        }, "failover-studio-services");
        loader.setDaemon(true);
        loader.start();
        CompletableFuture<Boolean> prefersDark = CompletableFuture.supplyAsync(new SystemColorScheme()::getAsBoolean);
        FailoverStudioApp app = new FailoverStudioApp(services, prefersDark, List.of(args));
        Platform.startup(() -> {
            try {
                app.start(new Stage());
            } catch (RuntimeException e) {
                Platform.exit(); // no window: end instead of leaving a toolkit without one
                throw e;
            }
        });
    }

    /** Runs on the launcher thread, so loading the geo tables never blocks the FX thread. */
    @Override
    public void init() {
        if (services == null) {
            services = CompletableFuture.completedFuture(Services.create());
            arguments = getParameters().getUnnamed();
            desktopPrefersDark = CompletableFuture.completedFuture(new SystemColorScheme().getAsBoolean());
        }
    }

    @Override
    public void start(Stage stage) {
        Services services = this.services.join();
        background = FxExecutors.background();
        Path configDir = SettingsFile.defaultDirectory();
        SettingsStore settings = new SettingsFile(configDir);
        DesignerSession session = DesignerSession.create(services, settings, configDir.resolve("autosave"),
                background, FxExecutors.fxThread());
        WelcomeViewModel welcome = WelcomeViewModels.create(session, new LastDesignFile(configDir),
                FxExecutors.fxThread());
        Optional<String> recovery = session.files().recoveryQuestion();
        List<String> args = arguments;
        Optional<Path> named = args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0)));
        if (recovery.isEmpty()) {
            // Start reading the design now: it is parsed and validated in the background while the window is built.
            welcome.start(named);
        }
        window = new MainWindow(session, new FxFileDialogs(() -> stage));
        window.themes().restore(new ThemeFile(configDir), desktopPrefersDark.join());
        session.files().setNameQuestion(new ImportNameDialog(() -> stage));
        WindowSettings remembered = fittedToItsScreen(settings.load());
        Scene scene = scene(WelcomeView.layeredOver(window, welcome), remembered.width(), remembered.height());
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

        if (recovery.isPresent()) {
            boolean restore = offerRestore(stage, recovery.get());
            session.files().answerRecovery(restore);
            if (!restore) {
                // a design named on the command line wins; else the last design; else (first start) the welcome view
                welcome.start(named);
            }
        }
        Platform.runLater(window.canvas()::fitToView);
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_INTERVAL, e -> session.files().autosaveNow()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    /** The scene of a designer window with the application's stylesheet. */
    public static Scene scene(MainWindow window, double width, double height) {
        return scene((Parent) window, width, height);
    }

    /** The scene of {@code root} (a designer window, or one with the welcome view over it) with the stylesheet. */
    public static Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
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
            stop();
            Platform.exit();
        });
    }

    /** Stops the DNS server and the workers; called on Quit (and by the toolkit when it launched the app). */
    @Override
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (window != null) {
            window.close();
        }
        if (background != null) {
            background.shutdown();
        }
    }

    /** The remembered bounds made to fit the screen they are on (the primary one when they are on none). */
    private static WindowSettings fittedToItsScreen(WindowSettings remembered) {
        Screen screen = Screen.getPrimary();
        if (!Double.isNaN(remembered.x())) {
            var on = Screen.getScreensForRectangle(remembered.x(), remembered.y(), remembered.width(),
                    remembered.height());
            if (!on.isEmpty()) {
                screen = on.get(0);
            }
        }
        Rectangle2D area = screen.getVisualBounds();
        return remembered.fittedTo(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
    }
}
