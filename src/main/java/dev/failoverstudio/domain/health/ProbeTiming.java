package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;

/**
 * Timing of endpoint checks (HC8, HC18), for the time-based drill simulator.
 *
 * <p>RequestInterval is the pause between a checker receiving a response and sending its next probe (HC8);
 * a checker changes opinion after FailureThreshold consecutive disagreeing probes (HC7), so a change at the
 * endpoint shows up after about {@code FailureThreshold × RequestInterval} seconds (HC18).
 */
public final class ProbeTiming {

    /**
     * Checkers probing one endpoint at a time, as implied by HC8 (one probe about every 2 s at a 30 s interval).
     * The real number is not published (A37); it only scales the load an endpoint sees.
     */
    public static final int APPROXIMATE_CONCURRENT_CHECKERS = 15;

    private ProbeTiming() {
    }

    /** Seconds of consistent probes a checker needs before it changes its opinion (HC18). */
    public static long detectionSeconds(EndpointCheck check) {
        return Math.max(1, check.effectiveFailureThreshold()) * check.effectiveRequestInterval();
    }

    /** When a checker sends its next probe, given when it received the last response (HC8). */
    public static long nextProbeAtMillis(EndpointCheck check, long responseReceivedAtMillis) {
        return responseReceivedAtMillis + check.effectiveRequestInterval() * 1_000;
    }

    /** About how many probes per second the endpoint receives from all checkers together (HC8). */
    public static double probesPerSecondAtEndpoint(EndpointCheck check) {
        return (double) APPROXIMATE_CONCURRENT_CHECKERS / check.effectiveRequestInterval();
    }
}
