package dev.failoverstudio.cli;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.ui.StartupScenes;
import dev.failoverstudio.ui.WindowSnapshot;
import javafx.application.Platform;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * One timed start, run in a fresh JVM by {@code bench --startup}: prints the milliseconds from the JVM's start to
 * the first complete frame of either a blank JavaFX window ({@code blank}) or the designer window with a design
 * open and drawn ({@code designer FILE}; then a second line, to the first frame with every panel in), then exits. {@code --headless} renders on Monocle's headless platform.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        boolean headless = java.util.List.of(args).contains("--headless");
        boolean blank = args.length > 0 && args[0].equals("blank");
        if (headless) {
            WindowSnapshot.useHeadlessPlatform(1400, 880);
        }
        // as the application does: the designer's services load on their own thread while the toolkit starts
        CompletableFuture<Services> services = blank ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(Services::create, task -> {
                    Thread loader = new Thread(task, "failover-studio-services");
                    loader.setDaemon(true);
                    loader.start();
                });
        WindowSnapshot.startToolkit();
        Runnable mark = () -> {
            System.out.println(System.currentTimeMillis() - jvmStart);
            System.out.flush();
        };
        Runnable done = () -> {
            mark.run();
            Runtime.getRuntime().halt(0);
        };
        Platform.runLater(() -> {
            try {
                if (blank) {
                    StartupScenes.showBlank(done);
                } else {
                    StartupScenes.showDesigner(services.join(), Path.of(args[1]), mark, done);
                }
            } catch (Exception e) {
                System.err.println("startup probe: " + e.getMessage());
                Runtime.getRuntime().halt(2);
            }
        });
        Thread.sleep(120_000);
        System.err.println("startup probe: no complete frame within 120 s");
        Runtime.getRuntime().halt(3);
    }
}
