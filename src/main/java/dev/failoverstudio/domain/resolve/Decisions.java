package dev.failoverstudio.domain.resolve;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Every random choice an evaluation makes (R33), in the order it makes them. The live source draws from
 * the query's random generator; the recording source first replays choices already drawn by an
 * {@link AnswerCache} walk and records the rest, so a cached answer consumes exactly the same random numbers
 * as a direct evaluation and the same seed always gives the same answer.
 */
abstract class Decisions {

    /** An index chosen with probability proportional to {@code weights[i]}; {@code total} is their sum. */
    abstract int proportional(long[] weights, long total);

    /** An index chosen with equal probability among {@code n}. */
    abstract int uniform(int n);

    /**
     * The generator itself, for a choice too rich to cache (a random eight of many multivalue record sets):
     * a cached walk stops before it and evaluates directly.
     */
    abstract RandomGenerator opaque();

    static Decisions live(RandomGenerator random) {
        return new Live(random);
    }

    /** The index a ticket in {@code [0, total)} falls on, walking the weights in order (R70). */
    static int ticketIndex(long[] weights, long ticket) {
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static final class Live extends Decisions {
        private final RandomGenerator random;

        Live(RandomGenerator random) {
            this.random = random;
        }

        @Override
        int proportional(long[] weights, long total) {
            return ticketIndex(weights, random.nextLong(total));
        }

        @Override
        int uniform(int n) {
            return random.nextInt(n);
        }

        @Override
        RandomGenerator opaque() {
            return random;
        }
    }

    /** Replays {@code prefix}, then draws live and records each choice as a {@link Step}. */
    static final class Recording extends Decisions {
        private final RandomGenerator random;
        private final List<Integer> prefix;
        private final List<Step> steps;
        private int replayed;
        private boolean opaqueReached;

        Recording(RandomGenerator random, List<Integer> prefix, List<Step> steps) {
            this.random = random;
            this.prefix = prefix;
            this.steps = steps;
        }

        boolean opaqueReached() {
            return opaqueReached;
        }

        @Override
        int proportional(long[] weights, long total) {
            int index = replayed < prefix.size() ? prefix.get(replayed++)
                    : ticketIndex(weights, random.nextLong(total));
            record(new Step(Step.Kind.PROPORTIONAL, weights.clone(), total, index));
            return index;
        }

        @Override
        int uniform(int n) {
            int index = replayed < prefix.size() ? prefix.get(replayed++) : random.nextInt(n);
            record(new Step(Step.Kind.UNIFORM, null, n, index));
            return index;
        }

        @Override
        RandomGenerator opaque() {
            record(new Step(Step.Kind.OPAQUE, null, 0, -1));
            opaqueReached = true;
            return random;
        }

        private void record(Step step) {
            if (!opaqueReached) {
                steps.add(step);
            }
        }
    }

    /** One recorded choice: its kind, its parameters and the index taken. */
    record Step(Kind kind, long[] weights, long bound, int index) {
        enum Kind { PROPORTIONAL, UNIFORM, OPAQUE }
    }
}
