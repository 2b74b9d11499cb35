package dev.failoverstudio.domain.resolve;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Statistical assertions for the random policies (R29, R70–R73, R121): an observed share must lie within
 * {@link #SIGMAS} binomial standard deviations of the expected probability. With a fixed seed the outcome is
 * reproducible; with five sigma a correct engine would fail for fewer than one seed in a million, while an
 * error of a few percent is caught.
 */
final class Stats {

    static final int N = 20_000;
    static final double SIGMAS = 5.0;

    private Stats() {
    }

    /** The bound for a share with probability {@code p} over {@code n} trials. */
    static double bound(double p, int n) {
        return SIGMAS * Math.sqrt(p * (1 - p) / n);
    }

    static void assertShare(String what, int count, int n, double p) {
        double observed = count / (double) n;
        if (p == 0.0 || p == 1.0) {
            assertThat(observed).as(what + " (must be exactly %s)", p).isEqualTo(p);
            return;
        }
        assertThat(observed).as("%s: observed %s, expected %s ± %s (%s sigma)", what, observed, p, bound(p, n),
                SIGMAS).isCloseTo(p, within(bound(p, n)));
    }

    static void assertShare(Map<Set<String>, Integer> counts, Set<String> outcome, int n, double p) {
        assertShare("share of " + outcome, counts.getOrDefault(outcome, 0), n, p);
    }

    /** Asserts every outcome's share and that no other outcome occurred. */
    static void assertDistribution(Map<Set<String>, Integer> counts, int n, Map<Set<String>, Double> expected) {
        for (Map.Entry<Set<String>, Double> e : expected.entrySet()) {
            assertShare(counts, e.getKey(), n, e.getValue());
        }
        Set<Set<String>> unexpected = new java.util.HashSet<>(counts.keySet());
        unexpected.removeAll(expected.keySet());
        assertThat(unexpected).as("outcomes that must never occur").isEmpty();
    }
}
