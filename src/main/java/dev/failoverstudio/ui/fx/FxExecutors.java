package dev.failoverstudio.ui.fx;

import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;

/**
 * The two executors view models are given: the FX thread, and one background worker for reading, writing and
 * validating, so the FX thread never waits for a file or a full validation.
 */
public final class FxExecutors {

    private FxExecutors() {
    }

    /** Runs on the FX thread: at once when already on it (keeps event order), else later. */
    public static Executor fxThread() {
        return task -> {
            if (Platform.isFxApplicationThread()) {
                task.run();
            } else {
                Platform.runLater(task);
            }
        };
    }

    /** One daemon worker; tasks run in submission order, so a save never overtakes an earlier save. */
    public static ExecutorService background() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "failover-studio-worker");
            t.setDaemon(true);
            return t;
        });
    }
}
