package dev.failoverstudio.domain.resolve;

import java.util.function.Supplier;

/**
 * Runs work that recurses once per level of an alias chain (answering R140–R142, exporting a record tree) with a
 * stack that fits every level: A22 has the simulator follow chains of any depth, and a thread's default stack
 * holds a few hundred levels at most. Up to {@link #INLINE_LEVELS} the work runs on the calling thread, as nearly
 * every design's does; deeper, on a thread of its own whose stack is sized to the levels, while the caller waits.
 * Either way the call is synchronous, and what the work throws reaches the caller.
 */
public final class DeepStack {

    /** Levels any thread's stack takes: the engine uses up to 1 KB a level, a thread's stack is 512 KB or more. */
    public static final int INLINE_LEVELS = 64;

    /**
     * Stack reserved a level on a thread of its own: four times the most measured (a 2,000-level weighted chain
     * with Evaluate Target Health overflows 1 MB compiled, and fits 2 MB). The memory is reserved, and only the
     * part a chain reaches is ever used.
     */
    static final long BYTES_PER_LEVEL = 4 * 1024;

    private static final long BASE_BYTES = 1024 * 1024;

    private DeepStack() {
    }

    /** {@code work}'s result, computed with room for {@code levels} levels of recursion. */
    public static <T> T call(int levels, Supplier<T> work) {
        if (levels <= INLINE_LEVELS) {
            return work.get();
        }
        Outcome<T> outcome = new Outcome<>();
        Thread thread = new Thread(null, () -> {
            try {
                outcome.value = work.get();
            } catch (RuntimeException | Error e) {
                outcome.failure = e;
            }
        }, "failover-studio-deep-chain", BASE_BYTES + levels * BYTES_PER_LEVEL);
        thread.setDaemon(true);
        thread.start();
        joinUninterruptibly(thread);
        if (outcome.failure instanceof RuntimeException e) {
            throw e;
        }
        if (outcome.failure instanceof Error e) {
            throw e;
        }
        return outcome.value;
    }

    /** The work is short and its caller needs its result: an interrupt is kept for later, not acted on. */
    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Written by the worker before it ends; read by the caller after {@code join}, which orders the two. */
    private static final class Outcome<T> {
        private T value;
        private Throwable failure;
    }
}
