package dev.failoverstudio.domain.drill;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.failoverstudio.domain.drill.DrillFixture.PRIMARY;
import static dev.failoverstudio.domain.drill.DrillFixture.SIMULATOR;
import static dev.failoverstudio.domain.drill.DrillFixture.activePassive;
import static dev.failoverstudio.domain.drill.DrillFixture.drill;
import static dev.failoverstudio.domain.drill.DrillFixture.endpointDown;
import static dev.failoverstudio.domain.drill.DrillFixture.endpointUp;
import static dev.failoverstudio.domain.drill.DrillFixture.single;
import static dev.failoverstudio.domain.drill.DrillFixture.www;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failover timing from first principles (HC7, HC8, HC9, HC18, R180), with RequestInterval I = 30 s,
 * FailureThreshold T = 3, the eight default checker Regions and TTL 60 s; the primary endpoint fails at
 * t0 = 100 s.
 *
 * <p>Detection. Each checker's first probe after t0 comes at t0 + u·I with u uniform in [0, 1) (unsynchronised
 * phases); its opinion flips at its T-th failing probe, t0 + (T−1)·I + u·I ∈ [t0 + 60, t0 + 90). With eight
 * Regions the check turns unhealthy when at most one of eight (12.5 % ≤ 18 %) still sees it healthy, i.e.
 * at the 7th flip: detection D − t0 = 60 + 30·U(7 of 8), where U(7 of 8) ~ Beta(7, 2) has mean 7/9, so
 * D − t0 ∈ [60, 90) with mean 83.3 s.
 *
 * <p>Failover. From D every fresh answer is the secondary. A resolver's copy fetched before D expires within
 * one TTL, so the last query reaches the primary before D + 60: full failover F − t0 ∈ [60, 150]. In the
 * stationary state the remaining lives of the copies are uniform on [0, 60), so half the clients have moved
 * 30 s after D and the last one just under 60 s after D.
 */
class DrillTimingTest {

    private static final double T0 = 100;
    /** Queries per second: high enough that the wait for the next query after expiry is milliseconds. */
    private static final double QPS = 1_000_000;

    private static Drill failPrimary(double restoreAt) {
        List<DrillEvent> events = restoreAt > 0 ? List.of(endpointDown(T0, PRIMARY), endpointUp(restoreAt, PRIMARY))
                : List.of(endpointDown(T0, PRIMARY));
        return drill("fail primary", www(), 600, 1, single("US", "us-east-1"), QPS,
                ResolverBehaviour.honouringTtl(2_000), events, List.of());
    }

    @Test
    void detectionAndFullFailoverFallInsideTheWindowTheModelImplies_HC7_HC8_HC9_HC18_R180() {
        double detectionSum = 0;
        double minDetection = Double.MAX_VALUE;
        double maxDetection = 0;
        int runs = 40;
        for (long seed = 1; seed <= runs; seed++) {
            KeyFigures f = SIMULATOR.run(activePassive(30, 3, 60), failPrimary(0), seed).figures();
            assertThat(f.incidentAt()).isEqualTo(T0);
            assertThat(f.affectedShare()).isEqualTo(1.0);
            double d = f.detectedAt() - T0;
            assertThat(d).isGreaterThanOrEqualTo(60).isLessThan(90);
            double full = f.fullFailoverAt() - T0;
            assertThat(full).isGreaterThanOrEqualTo(d).isLessThanOrEqualTo(150);
            // The last copy fetched before D has almost a whole TTL left (2,000 uniform remaining lives).
            assertThat(f.fullFailoverAt() - f.detectedAt()).isBetween(55.0, 61.0);
            // Half the clients have moved after half a TTL: ±5 s is over four standard deviations.
            assertThat(f.moved50At() - f.detectedAt()).isBetween(25.0, 35.0);
            assertThat(f.moved99At()).isBetween(f.moved50At(), f.fullFailoverAt());
            detectionSum += d;
            minDetection = Math.min(minDetection, d);
            maxDetection = Math.max(maxDetection, d);
        }
        // Mean of 60 + 30·Beta(7, 2) is 83.3 s; the mean of 40 runs has a standard deviation of about 0.6 s.
        assertThat(detectionSum / runs).isBetween(80.3, 86.3);
        // Unsynchronised phases: detection is not the same instant in every run.
        assertThat(maxDetection - minDetection).isGreaterThan(5);
    }

    @Test
    void aThresholdOfOneAtTenSecondsDetectsWithinOneInterval_HC7_HC8() {
        for (long seed = 1; seed <= 10; seed++) {
            KeyFigures f = SIMULATOR.run(activePassive(10, 1, 60), failPrimary(0), seed).figures();
            // T = 1: the first failing probe flips a checker, at t0 + u·10 with u in [0, 1).
            assertThat(f.detectedAt() - T0).isGreaterThanOrEqualTo(0).isLessThan(10);
        }
    }

    @Test
    void recoveryIsDetectedAfterThresholdPassingProbesAndClientsComeBackWithinOneTtl_HC7_HC9() {
        double restore = 400;
        for (long seed = 1; seed <= 20; seed++) {
            KeyFigures f = SIMULATOR.run(activePassive(30, 3, 60), failPrimary(restore), seed).figures();
            assertThat(f.restoredAt()).isEqualTo(restore);
            // Healthy again once two of eight Regions (25 % > 18 %) have seen three passing probes in a row:
            // restore + 60 + 30·U(2 of 8), inside [60, 90).
            double r = f.recoveryDetectedAt() - restore;
            assertThat(r).isGreaterThanOrEqualTo(60).isLessThan(90);
            // Copies of the secondary fetched before recovery expire within one TTL.
            assertThat(f.fullyBackAt() - f.recoveryDetectedAt()).isBetween(0.0, 61.0);
            assertThat(f.back99At()).isLessThanOrEqualTo(f.fullyBackAt());
        }
    }

    @Test
    void resolversThatKeepAnswersLongerStretchTheTail_R180() {
        ResolverBehaviour sticky = new ResolverBehaviour(2_000, List.of(new ResolverBehaviour.ResolverClass(0.9, 0),
                new ResolverBehaviour.ResolverClass(0.1, 300)));
        Drill drill = drill("sticky", www(), 900, 1, single("US", "us-east-1"), QPS, sticky,
                List.of(endpointDown(T0, PRIMARY)), List.of());
        KeyFigures f = SIMULATOR.run(activePassive(30, 3, 60), drill, 7).figures();
        // 90 % move within a TTL of detection, so 50 % is reached as with honest resolvers...
        assertThat(f.moved50At() - f.detectedAt()).isLessThan(60);
        // ...but the 10 % that keep answers 300 s hold the last queries to the dead endpoint for up to 300 s.
        assertThat(f.fullFailoverAt() - f.detectedAt()).isBetween(240.0, 301.0);
    }

    @Test
    void sameSeedSameResult_differentSeedDifferentPhases() {
        Drill drill = failPrimary(0);
        DrillResult a = SIMULATOR.run(activePassive(30, 3, 60), drill, 11);
        DrillResult b = SIMULATOR.run(activePassive(30, 3, 60), drill, 11);
        DrillResult c = SIMULATOR.run(activePassive(30, 3, 60), drill, 12);
        assertThat(b.figures()).isEqualTo(a.figures());
        assertThat(b.unhealthyShare()).containsExactly(a.unhealthyShare());
        assertThat(c.figures().detectedAt()).isNotEqualTo(a.figures().detectedAt());
    }

    /**
     * An endpoint that drops packets: each failing probe counts only at the connect limit L (4 s HTTP, HC3;
     * 10 s TCP, HC5), and the next probe follows L + I after the previous one (HC8: the interval runs from the
     * response). A checker's T-th failure counts at t0 + u·I + (T−1)·(I + L) + L: for I = 30, T = 3, HTTP,
     * inside [t0 + 72, t0 + 102); the 7th of 8 checkers decides as before.
     */
    @Test
    void aBlackholedEndpointIsDetectedLaterByTheConnectLimitPerProbe_HC3_HC8() {
        Drill drill = drill("blackhole", www(), 600, 1, single("US", "us-east-1"), QPS,
                ResolverBehaviour.honouringTtl(500),
                List.of(new DrillEvent.EndpointState(T0, PRIMARY, false, java.util.Set.of(), true)), List.of());
        double sum = 0;
        for (long seed = 1; seed <= 30; seed++) {
            KeyFigures f = SIMULATOR.run(activePassive(30, 3, 60), drill, seed).figures();
            double d = f.detectedAt() - T0;
            assertThat(d).isGreaterThanOrEqualTo(72).isLessThan(102);
            sum += d;
        }
        // 72 + 30·7/9 = 95.3 s on average; 30 runs: standard deviation of the mean about 0.7 s.
        assertThat(sum / 30).isBetween(92.3, 98.3);
    }
}
