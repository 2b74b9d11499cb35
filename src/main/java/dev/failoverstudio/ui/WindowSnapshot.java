package dev.failoverstudio.ui;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.ui.vm.SettingsStore;
import dev.failoverstudio.ui.vm.Theme;
import dev.failoverstudio.ui.vm.ThemeStore;
import dev.failoverstudio.ui.vm.WindowSettings;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders the designer window with a design to an image without a display: the FX toolkit runs on Monocle's
 * headless platform with the software renderer, so it works on servers and in CI.
 */
public final class WindowSnapshot {

    private static final long TIMEOUT_SECONDS = 60;

    private WindowSnapshot() {
    }

    /**
     * Selects the headless platform; must run before the FX toolkit starts (a toolkit already running, as in
     * tests, is used as it is).
     */
    public static void useHeadlessPlatform(int width, int height) {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        setIfAbsent("headless.geometry", Math.max(1280, width) + "x" + Math.max(800, height) + "-32");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Starts the FX toolkit unless it is running already. */
    public static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        if (!started.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start");
        }
    }

    /**
     * The main window, {@code width} x {@code height}, showing {@code design} fitted into the canvas.
     *
     * @throws IllegalArgumentException when the design cannot be read (the message says where it is broken)
     */
    public static BufferedImage render(Services services, Path design, int width, int height)
            throws InterruptedException, ExecutionException, TimeoutException {
        return render(services, design, width, height, Theme.LIGHT);
    }

    /** As {@link #render(Services, Path, int, int)}, in the given theme ({@link Theme#SYSTEM} is light here). */
    public static BufferedImage render(Services services, Path design, int width, int height, Theme theme)
            throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<BufferedImage> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Path scratch = Files.createTempDirectory("failover-studio-shot");
                DesignerSession session = DesignerSession.create(services, new FixedSettings(), scratch,
                        Runnable::run, Runnable::run);
                StringBuilder failure = new StringBuilder();
                session.files().errorProperty().addListener((o, a, b) -> {
                    if (b != null) {
                        failure.append(b);
                    }
                });
                MainWindow window = new MainWindow(session, new NoDialogs());
                window.themes().restore(ThemeStore.inMemory(theme), false);
                window.live(); // a picture shows the answer path and health at once, not a frame later
                window.attachPanels(); // and the palette and the tabs
                Stage stage = new Stage();
                Scene scene = FailoverStudioApp.scene(window, width, height);
                stage.setScene(scene);
                stage.titleProperty().bind(session.files().titleProperty());
                stage.show();
                window.canvas().requestFocus(); // as the application starts: no focus ring on a palette item
                session.files().open(design, ok -> {
                    if (!ok) {
                        stage.close();
                        result.completeExceptionally(new IllegalArgumentException(failure.toString()));
                        return;
                    }
                    // Lay out, fit, and let two pulses pass so culling and CSS have settled before the snapshot.
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    window.canvas().fitToView();
                    Platform.runLater(() -> Platform.runLater(() -> {
                        try {
                            scene.getRoot().applyCss();
                            scene.getRoot().layout();
                            result.complete(toImage(scene.snapshot(null)));
                        } catch (RuntimeException e) {
                            result.completeExceptionally(e);
                        } finally {
                            stage.close();
                        }
                    }));
                });
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static BufferedImage toImage(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    /** A screenshot neither reads nor writes the user's window settings. */
    static final class FixedSettings implements SettingsStore {
        @Override
        public WindowSettings load() {
            return WindowSettings.DEFAULTS;
        }

        @Override
        public void save(WindowSettings settings) {
        }
    }

    /** A screenshot never asks anything. */
    static final class NoDialogs implements FileDialogs {
        @Override
        public Optional<Path> chooseOpen(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(String title, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public UnsavedChoice askUnsaved(String documentName) {
            return UnsavedChoice.CANCEL;
        }

        @Override
        public void showError(String title, String message) {
        }

        @Override
        public void showInformation(String title, String message) {
        }
    }
}
