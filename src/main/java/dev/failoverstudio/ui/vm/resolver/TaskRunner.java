package dev.failoverstudio.ui.vm.resolver;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the FX thread and hands its result back to it. The application passes a background executor
 * and {@code Platform::runLater}; tests pass {@code Runnable::run} for both, so everything happens in order on
 * the test thread.
 */
public final class TaskRunner {

    private final Executor background;
    private final Executor ui;

    public TaskRunner(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Runs everything at once on the calling thread. */
    public static TaskRunner sameThread() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    /** A channel where only the newest submitted work's result is delivered; older results are dropped. */
    public <T> Latest<T> latest() {
        return new Latest<>();
    }

    /** See {@link #latest()}. */
    public final class Latest<T> {
        private final AtomicLong generation = new AtomicLong();

        private Latest() {
        }

        /**
         * Runs {@code work} in the background and passes its result to {@code done} on the UI executor, unless
         * newer work was submitted meanwhile. A failure of the work is passed to {@code failed} the same way.
         */
        public void submit(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
            long mine = generation.incrementAndGet();
            background.execute(() -> {
                if (generation.get() != mine) {
                    return; // superseded before it started
                }
                try {
                    T result = work.get();
                    ui.execute(() -> {
                        if (generation.get() == mine) {
                            done.accept(result);
                        }
                    });
                } catch (RuntimeException e) {
                    ui.execute(() -> {
                        if (generation.get() == mine) {
                            failed.accept(e);
                        }
                    });
                }
            });
        }

        /** Drops the result of any work still running. */
        public void cancel() {
            generation.incrementAndGet();
        }
    }
}
