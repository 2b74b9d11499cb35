package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.failoverstudio.domain.health.Checks.*;
import static dev.failoverstudio.domain.model.HealthObservation.FAILING;
import static dev.failoverstudio.domain.model.HealthObservation.PASSING;
import static org.assertj.core.api.Assertions.assertThat;

/** Calculated health checks (HC13) and how they see their children's final statuses (HC17, HC18). */
class CalculatedCheckTest {

    private final HealthEvaluator evaluator = new HealthEvaluator();

    private static final HealthSnapshot ONE_OF_THREE_UP = snapshot("a", PASSING, "b", FAILING, "c", FAILING);

    private HealthVerdict calc(HealthCheck calculated, HealthSnapshot snapshot, HealthCheck... children) {
        List<HealthCheck> checks = new ArrayList<>(List.of(children));
        checks.add(calculated);
        return evaluator.evaluate(checks, snapshot).verdict(calculated.id());
    }

    @Test
    void hc13_anyIsThresholdOne() {
        assertThat(calc(calculated("any", 1, "a", "b", "c"), ONE_OF_THREE_UP, http("a"), http("b"), http("c")))
                .isEqualTo(HealthVerdict.healthy("1 of 3 child checks is healthy, HealthThreshold 1; unhealthy: b, c",
                        "HC13"));
    }

    @Test
    void hc13_allIsThresholdEqualToTheNumberOfChildren() {
        assertThat(calc(calculated("all", 3, "a", "b", "c"), snapshot("a", PASSING, "b", PASSING, "c", FAILING),
                http("a"), http("b"), http("c")))
                .isEqualTo(HealthVerdict.unhealthy(
                        "2 of 3 child checks are healthy, HealthThreshold 3; unhealthy: c", "HC13"));
    }

    @Test
    void hc13_allChildrenHealthyMeetsAll() {
        assertThat(calc(calculated("all", 3, "a", "b", "c"), HealthSnapshot.EMPTY, http("a"), http("b"), http("c")))
                .isEqualTo(HealthVerdict.healthy("3 of 3 child checks are healthy, HealthThreshold 3", "HC13"));
    }

    @Test
    void hc13_thresholdZeroIsAlwaysHealthy() {
        assertThat(calc(calculated("zero", 0, "a", "b"), snapshot("a", FAILING, "b", FAILING), http("a"), http("b")))
                .isEqualTo(HealthVerdict.healthy("HealthThreshold 0: no healthy child needed, always healthy",
                        "HC13"));
    }

    @Test
    void hc13_thresholdAboveTheNumberOfChildrenIsAlwaysUnhealthy() {
        assertThat(calc(calculated("four", 4, "a", "b", "c"), HealthSnapshot.EMPTY, http("a"), http("b"), http("c")))
                .isEqualTo(HealthVerdict.unhealthy("HealthThreshold 4 is above its 3 child checks: always unhealthy",
                        "HC13"));
    }

    @Test
    void hc13_noChildrenAndThresholdOneIsAlwaysUnhealthy() {
        assertThat(calc(calculated("empty", 1), HealthSnapshot.EMPTY).healthy()).isFalse();
    }

    @Test
    void hc13_aChildListedTwiceCountsOnce() {
        assertThat(calc(calculated("dup", 2, "a", "a"), HealthSnapshot.EMPTY, http("a")))
                .isEqualTo(HealthVerdict.unhealthy("HealthThreshold 2 is above its 1 child check: always unhealthy",
                        "HC13"));
    }

    @Test
    void hc13_snapshotEntriesForCalculatedChecksAreIgnored() {
        // C5: the status of a calculated check is always computed, never observed.
        HealthSnapshot snapshot = snapshot("a", PASSING, "calc", FAILING);

        assertThat(calc(calculated("calc", 1, "a"), snapshot, http("a")).healthy()).isTrue();
    }

    @Test
    @DisplayName("HC13/HC17: a disabled child counts healthy, a disabled inverted child unhealthy")
    void hc13_hc17_disabledChildCountsHealthyUnlessInverted() {
        HealthSnapshot bothDown = snapshot("a", FAILING, "b", FAILING);
        HealthCheck all = calculated("all", 2, "a", "b");

        assertThat(calc(all, bothDown, http("a").withDisabled(true), http("b").withDisabled(true)).healthy()).isTrue();
        assertThat(calc(all, bothDown, http("a").withDisabled(true), http("b").withDisabled(true).withInverted(true)))
                .isEqualTo(HealthVerdict.unhealthy(
                        "1 of 2 child checks is healthy, HealthThreshold 2; unhealthy: b", "HC13"));
    }

    @Test
    void hc13_hc17_anInvertedFailingChildCountsHealthy() {
        assertThat(calc(calculated("any", 1, "a"), snapshot("a", FAILING), http("a").withInverted(true)).healthy())
                .isTrue();
    }

    @Test
    void hc13_hc16_aChildWithoutDataCountsHealthy() {
        assertThat(calc(calculated("all", 1, "a"), HealthSnapshot.EMPTY, http("a")).healthy()).isTrue();
    }

    @Test
    void hc17_aDisabledCalculatedCheckIsHealthyWithoutLookingAtItsChildren() {
        assertThat(calc(calculated("calc", 1, "missing").withDisabled(true), HealthSnapshot.EMPTY))
                .isEqualTo(HealthVerdict.healthy("disabled: always healthy", "HC17"));
    }

    @Test
    void hc17_anInvertedCalculatedCheckFlipsItsCount() {
        assertThat(calc(calculated("calc", 1, "a").withInverted(true), snapshot("a", PASSING), http("a")))
                .isEqualTo(HealthVerdict.unhealthy(
                        "inverted: 1 of 1 child check is healthy, HealthThreshold 1, so unhealthy", "HC17"));
    }

    @Test
    void hc18_aCalculatedCheckFollowsItsChildrenInTheSameInstant() {
        List<HealthCheck> checks = List.of(http("a"), calculated("calc", 1, "a"));

        assertThat(evaluator.evaluate(checks, snapshot("a", PASSING)).isHealthy("calc")).isTrue();
        assertThat(evaluator.evaluate(checks, snapshot("a", FAILING)).isHealthy("calc")).isFalse();
    }

    // ---- invalid designs Route 53 would reject: evaluated, never a crash ----

    @Test
    @DisplayName("HC13/HV14: a missing child counts as unhealthy")
    void hc13_aMissingChildCountsAsUnhealthy() {
        assertThat(calc(calculated("calc", 1, "ghost", "a"), snapshot("a", FAILING), http("a")))
                .isEqualTo(HealthVerdict.unhealthy("0 of 2 child checks are healthy, HealthThreshold 1; "
                        + "unhealthy: ghost, a; ghost does not exist (HV14) and counts as unhealthy", "HC13"));
    }

    @Test
    @DisplayName("HC13/HV15: a nested calculated child counts with its own final status")
    void hc13_nestedCalculatedChildCountsWithItsFinalStatus() {
        HealthSnapshot snapshot = snapshot("a", FAILING, "b", PASSING, "x", PASSING);
        HealthCheck inner = calculated("inner", 2, "a", "b");
        HealthCheck outer = calculated("outer", 2, "inner", "x");

        // inner: 1 of 2, unhealthy, so outer has 1 of 2 healthy.
        assertThat(calc(outer, snapshot, http("a"), http("b"), http("x"), inner)).isEqualTo(HealthVerdict.unhealthy(
                "1 of 2 child checks is healthy, HealthThreshold 2; unhealthy: inner; "
                        + "inner is itself calculated (not allowed, HV15); its own status is used", "HC13"));
        // inverted, inner's final status is healthy, and that is what outer counts.
        assertThat(calc(outer, snapshot, http("a"), http("b"), http("x"), inner.withInverted(true)).healthy())
                .isTrue();
    }

    @Test
    void hc13_nestingOrderInTheListDoesNotMatter() {
        HealthSnapshot snapshot = snapshot("a", FAILING);
        List<HealthCheck> checks = new ArrayList<>(List.of(calculated("top", 1, "mid"), calculated("mid", 1, "low"),
                calculated("low", 1, "a"), http("a")));

        HealthStatus forward = evaluator.evaluate(checks, snapshot);
        Collections.reverse(checks);
        HealthStatus backward = evaluator.evaluate(checks, snapshot);

        for (String id : List.of("top", "mid", "low")) {
            assertThat(forward.isHealthy(id)).as(id).isFalse();
            assertThat(backward.verdict(id)).as(id).isEqualTo(forward.verdict(id));
        }
    }

    @Test
    @DisplayName("HC13/HV15: checks in a cycle are unhealthy, whatever the order they are listed in")
    void hc13_aCycleOfCalculatedChecksIsUnhealthy() {
        HealthCheck a = calculated("ca", 1, "cb", "up");
        HealthCheck b = calculated("cb", 1, "ca");
        HealthSnapshot snapshot = snapshot("up", PASSING);

        HealthStatus ab = evaluator.evaluate(List.of(a, b, http("up")), snapshot);
        HealthStatus ba = evaluator.evaluate(List.of(b, http("up"), a), snapshot);

        HealthVerdict expected = HealthVerdict.unhealthy("depends on itself through calculated children ca, cb "
                + "(not allowed, HV15): a cycle has no status and counts as unhealthy", "HC13");
        assertThat(ab.verdict("ca")).isEqualTo(expected);
        assertThat(ab.verdict("cb")).isEqualTo(expected);
        assertThat(ba.verdict("ca")).isEqualTo(expected);
        assertThat(ba.verdict("cb")).isEqualTo(expected);
    }

    @Test
    void hc13_aCheckListingItselfIsACycle() {
        assertThat(calc(calculated("self", 1, "self"), HealthSnapshot.EMPTY)).isEqualTo(HealthVerdict.unhealthy(
                "depends on itself through calculated children self (not allowed, HV15): "
                        + "a cycle has no status and counts as unhealthy", "HC13"));
    }

    @Test
    void hc13_aCheckReadingACycleCountsTheCycleUnhealthy() {
        List<HealthCheck> checks = List.of(calculated("ca", 1, "cb"), calculated("cb", 1, "ca"),
                calculated("reader", 1, "ca", "up"), http("up"));

        HealthStatus status = evaluator.evaluate(checks, HealthSnapshot.EMPTY);

        assertThat(status.verdict("reader")).isEqualTo(HealthVerdict.healthy(
                "1 of 2 child checks is healthy, HealthThreshold 1; unhealthy: ca; "
                        + "ca is itself calculated (not allowed, HV15); its own status is used", "HC13"));
    }

    @Test
    void hc13_hc17_aDisabledMemberBreaksTheCycle() {
        // Disabling stops aggregation, so ca no longer reads cb and is simply healthy.
        List<HealthCheck> checks = List.of(calculated("ca", 1, "cb").withDisabled(true), calculated("cb", 1, "ca"));

        HealthStatus status = evaluator.evaluate(checks, HealthSnapshot.EMPTY);

        assertThat(status.isHealthy("ca")).isTrue();
        assertThat(status.isHealthy("cb")).isTrue();
    }

    @Test
    void hc13_aThresholdThatIgnoresChildrenBreaksTheCycle() {
        List<HealthCheck> checks = List.of(calculated("ca", 0, "cb"), calculated("cb", 1, "ca"));

        HealthStatus status = evaluator.evaluate(checks, HealthSnapshot.EMPTY);

        assertThat(status.isHealthy("ca")).isTrue();
        assertThat(status.isHealthy("cb")).isTrue();
    }

    @Test
    void hc13_aVeryDeepChainOfNestedCalculatedChecksIsEvaluatedWithoutRecursion() {
        int depth = 20_000;
        List<HealthCheck> checks = new ArrayList<>();
        checks.add(http("leaf"));
        for (int i = 0; i < depth; i++) {
            checks.add(calculated("c" + i, 1, i == 0 ? "leaf" : "c" + (i - 1)));
        }
        Collections.reverse(checks);

        HealthStatus status = evaluator.evaluate(checks, snapshot("leaf", FAILING));

        assertThat(status.isHealthy("c" + (depth - 1))).isFalse();
        assertThat(evaluator.evaluate(checks, snapshot("leaf", PASSING)).isHealthy("c" + (depth - 1))).isTrue();
    }
}
