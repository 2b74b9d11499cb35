package dev.failoverstudio.domain.resolve;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A22: work recursing once per alias level gets a stack that fits its levels. */
class DeepStackTest {

    @Test
    void shallowWorkRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        assertThat(DeepStack.call(DeepStack.INLINE_LEVELS, Thread::currentThread)).isSameAs(caller);
    }

    @Test
    void deepWorkRunsOnAThreadOfItsOwnAndItsResultComesBack() {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        int depth = DeepStack.call(20_000, () -> {
            ranOn.set(Thread.currentThread());
            return recurse(20_000);
        });
        assertThat(depth).isEqualTo(20_000);
        assertThat(ranOn.get()).isNotSameAs(caller);
    }

    @Test
    void whatTheWorkThrowsReachesTheCaller() {
        assertThatThrownBy(() -> DeepStack.call(1_000, () -> {
            throw new IllegalStateException("broken design");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken design");
    }

    @Test
    void anInterruptWhileWaitingIsKeptForTheCaller() {
        Thread.currentThread().interrupt();
        try {
            assertThat(DeepStack.call(1_000, () -> "answered")).isEqualTo("answered");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    /** Five longs a frame, about as heavy as a level of the engine's recursion. */
    private static int recurse(int levels) {
        long a = levels;
        long b = a * 3;
        long c = b ^ a;
        long d = c + b;
        long e = d - a;
        return levels == 0 ? (int) (e - d + a - a) : 1 + recurse(levels - 1);
    }
}
