package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;

/**
 * One checker's opinion of an endpoint and how many consecutive probes have disagreed with it (HC7).
 * The opinion flips after {@code failureThreshold} consecutive disagreeing probes; a probe that agrees
 * resets the count.
 *
 * <p>Invariants: immutable; {@code failureThreshold >= 1}; {@code 0 <= disagreeingProbes < failureThreshold}.
 * A new checker starts with a healthy opinion, as a new check without data is healthy (HC16).
 */
public record CheckerOpinion(boolean healthy, int disagreeingProbes, int failureThreshold) {

    public CheckerOpinion {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, got " + failureThreshold);
        }
        if (disagreeingProbes < 0 || disagreeingProbes >= failureThreshold) {
            throw new IllegalArgumentException("disagreeingProbes " + disagreeingProbes + " outside 0.."
                    + (failureThreshold - 1));
        }
    }

    /**
     * A fresh checker for {@code check}. An out-of-range FailureThreshold below 1 (HV8 reports it) is raised to
     * 1, since an opinion cannot change on fewer than one probe.
     */
    public static CheckerOpinion initial(EndpointCheck check) {
        return initial(check.effectiveFailureThreshold());
    }

    public static CheckerOpinion initial(long failureThreshold) {
        int threshold = (int) Math.max(1, Math.min(Integer.MAX_VALUE, failureThreshold));
        return new CheckerOpinion(true, 0, threshold);
    }

    /** The opinion after one more probe. */
    public CheckerOpinion afterProbe(boolean passed) {
        if (passed == healthy) {
            return disagreeingProbes == 0 ? this : new CheckerOpinion(healthy, 0, failureThreshold);
        }
        int disagreeing = disagreeingProbes + 1;
        return disagreeing >= failureThreshold
                ? new CheckerOpinion(passed, 0, failureThreshold)
                : new CheckerOpinion(healthy, disagreeing, failureThreshold);
    }
}
