package dev.failoverstudio.domain.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects trace steps during one evaluation (R34). A disabled trace records nothing, so callers guard
 * message building with {@link #on()} and the fast path allocates no strings.
 */
final class Trace {

    static final Trace OFF = new Trace(false);

    private final boolean on;
    private final List<TraceStep> steps;

    private Trace(boolean on) {
        this.on = on;
        this.steps = on ? new ArrayList<>() : List.of();
    }

    static Trace recording() {
        return new Trace(true);
    }

    boolean on() {
        return on;
    }

    void add(int depth, String step, String recordSet, String decision, String rule) {
        if (on) {
            steps.add(new TraceStep(depth, step, recordSet, decision, rule));
        }
    }

    List<TraceStep> steps() {
        return steps;
    }
}
