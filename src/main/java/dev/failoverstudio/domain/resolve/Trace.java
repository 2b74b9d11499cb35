package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects trace steps during one evaluation (R34). A disabled trace records nothing, so callers guard
 * message building with {@link #on()} and the fast path allocates no strings. Health verdicts and fallbacks are
 * recorded through their own methods, which a trace made with {@link #recording(HealthFindings)} also hands to a
 * collector as structured findings (for {@link EffectiveRecordHealth}), so nobody has to read them back from step
 * names.
 */
final class Trace {

    static final Trace OFF = new Trace(false, null);

    private final boolean on;
    private final List<TraceStep> steps;
    private final HealthFindings findings;

    private Trace(boolean on, HealthFindings findings) {
        this.on = on;
        this.steps = on ? new ArrayList<>() : List.of();
        this.findings = findings;
    }

    static Trace recording() {
        return new Trace(true, null);
    }

    /** A recording trace that also collects every health verdict into {@code findings}. */
    static Trace recording(HealthFindings findings) {
        return new Trace(true, findings);
    }

    boolean on() {
        return on;
    }

    void add(int depth, String step, String recordSet, String decision, String rule) {
        if (on) {
            steps.add(new TraceStep(depth, step, recordSet, decision, rule));
        }
    }

    /** R40: the engine's verdict on a record set's health (own check and, with Evaluate Target Health, target). */
    void recordSetHealth(int depth, RecordSet rs, boolean healthy, String decision, String rule) {
        add(depth, "health", rs.describe(), decision, rule);
        if (findings != null) {
            findings.recordSets.putIfAbsent(rs.key(), new HealthFinding(healthy, decision, rule));
        }
    }

    /** R41 (and A5, A25, V33): the verdict on an alias target group. */
    void targetGroupHealth(int depth, GroupKey group, boolean healthy, String decision, String rule) {
        add(depth, "target health", group.describe(), decision, rule);
        if (findings != null) {
            findings.targetGroups.putIfAbsent(group, new HealthFinding(healthy, decision, rule));
        }
    }

    /** R42 (and A6, C9): the verdict on an AWS resource target. */
    void resourceHealth(int depth, DomainName resource, boolean healthy, String decision, String rule) {
        add(depth, "target health", resource.text(), decision, rule);
        if (findings != null) {
            findings.resources.putIfAbsent(resource, new HealthFinding(healthy, decision, rule));
        }
    }

    /**
     * A group answered without a healthy record set: {@code "last resort"} (R43 and each policy's own rule) or
     * {@code "no answer"} (R26, nothing applies to the client).
     */
    void fallback(int depth, String step, String subject, String decision, String rule) {
        add(depth, step, subject, decision, rule);
        if (findings != null && depth == 0 && findings.fallback == null) {
            findings.fallback = new HealthFinding(false, decision, rule);
        }
    }

    List<TraceStep> steps() {
        return steps;
    }
}
