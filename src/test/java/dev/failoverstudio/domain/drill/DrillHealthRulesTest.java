package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.InsufficientDataHealthStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.failoverstudio.domain.drill.DrillFixture.PRIMARY;
import static dev.failoverstudio.domain.drill.DrillFixture.SECONDARY;
import static dev.failoverstudio.domain.drill.DrillFixture.SIMULATOR;
import static dev.failoverstudio.domain.drill.DrillFixture.activePassive;
import static dev.failoverstudio.domain.drill.DrillFixture.calculated;
import static dev.failoverstudio.domain.drill.DrillFixture.check;
import static dev.failoverstudio.domain.drill.DrillFixture.design;
import static dev.failoverstudio.domain.drill.DrillFixture.drill;
import static dev.failoverstudio.domain.drill.DrillFixture.endpoint;
import static dev.failoverstudio.domain.drill.DrillFixture.endpointDown;
import static dev.failoverstudio.domain.drill.DrillFixture.record;
import static dev.failoverstudio.domain.drill.DrillFixture.single;
import static dev.failoverstudio.domain.drill.DrillFixture.www;
import static org.assertj.core.api.Assertions.assertThat;

/** The health rules of spec §5 as the drill's checkers apply them over time. */
class DrillHealthRulesTest {

    private static final double QPS = 1_000_000;

    private static Drill drillWith(List<DrillEvent> events) {
        return drill("rules", www(), 600, 1, single("US", "us-east-1"), QPS, ResolverBehaviour.honouringTtl(500),
                events, List.of());
    }

    private static List<HealthTimeline.StatusChange> changesOf(DrillResult result, String checkId) {
        return result.health().changes().stream().filter(c -> c.healthCheckId().equals(checkId)).toList();
    }

    @Test
    void aCalculatedCheckFollowsItsChildAtTheSameInstant_HC13_HC18() {
        // The primary record is protected by "all of two children"; only child-a's endpoint fails.
        Design design = design(List.of(
                record("www.example.com.", "primary", new FailoverRouting(FailoverRole.PRIMARY), 60L, PRIMARY, "calc"),
                record("www.example.com.", "secondary", new FailoverRouting(FailoverRole.SECONDARY), 60L, SECONDARY,
                        null)),
                List.of(check("child-a", endpoint(30, 3, List.of())), check("child-b", endpoint(30, 3, List.of())),
                        check("calc", calculated(2, "child-a", "child-b"))));
        Drill drill = new Drill("calc", null, www(), 600, 1, single("US", "us-east-1"), QPS,
                ResolverBehaviour.honouringTtl(500),
                List.of(new DrillEvent.HealthCheckObserved(100, "child-a", DrillEvent.Observed.DOWN, Set.of())),
                java.util.Map.of(), java.util.Map.of(), List.of());
        for (long seed = 1; seed <= 5; seed++) {
            DrillResult result = SIMULATOR.run(design, drill, seed);
            List<HealthTimeline.StatusChange> child = changesOf(result, "child-a");
            List<HealthTimeline.StatusChange> calc = changesOf(result, "calc");
            assertThat(child).hasSize(1);
            assertThat(calc).hasSize(1);
            assertThat(calc.get(0).at()).isEqualTo(child.get(0).at());
            assertThat(calc.get(0).healthy()).isFalse();
            assertThat(changesOf(result, "child-b")).isEmpty();
            assertThat(result.figures().detectedAt()).isEqualTo(child.get(0).at());
            // A calculated check with threshold 1 ("any") would have stayed healthy; with "all" traffic moves.
            assertThat(result.figures().fullFailoverAt()).isNull(); // no endpoint is down: only a check observation
            int secondary = result.answers().stream().map(AnswerInfo::label).toList().indexOf(SECONDARY);
            assertThat(result.shareByAnswer()[secondary][599]).isEqualTo(1.0);
        }
    }

    @Test
    void anyOfTwoChildrenStaysHealthyWhenOneFails_HC13() {
        Design design = design(List.of(
                record("www.example.com.", "primary", new FailoverRouting(FailoverRole.PRIMARY), 60L, PRIMARY, "calc"),
                record("www.example.com.", "secondary", new FailoverRouting(FailoverRole.SECONDARY), 60L, SECONDARY,
                        null)),
                List.of(check("child-a", endpoint(30, 3, List.of())), check("child-b", endpoint(30, 3, List.of())),
                        check("calc", calculated(1, "child-a", "child-b"))));
        DrillResult result = SIMULATOR.run(design, drillWith(
                List.of(new DrillEvent.HealthCheckObserved(100, "child-a", DrillEvent.Observed.DOWN, Set.of()))), 3);
        assertThat(changesOf(result, "child-a")).hasSize(1);
        assertThat(changesOf(result, "calc")).isEmpty();
        assertThat(result.answers()).extracting(AnswerInfo::label).containsExactly(PRIMARY);
    }

    @Test
    void disabledAndInvertedTakesTrafficAwayAtOnce_HC17() {
        Drill drill = drillWith(List.of(new DrillEvent.HealthCheckSwitch(120, "primary", true, true)));
        DrillResult result = SIMULATOR.run(activePassive(30, 3, 60), drill, 5);
        // No probe is needed: the switch changes the final status at its instant.
        assertThat(changesOf(result, "primary")).singleElement().satisfies(c -> {
            assertThat(c.at()).isEqualTo(120);
            assertThat(c.healthy()).isFalse();
            assertThat(c.rule()).isEqualTo("HC17");
        });
        int secondary = result.answers().stream().map(AnswerInfo::label).toList().indexOf(SECONDARY);
        assertThat(result.shareByAnswer()[secondary][119]).isZero();
        // Every copy of the primary is gone one TTL after the switch.
        assertThat(result.shareByAnswer()[secondary][181]).isEqualTo(1.0);
    }

    @Test
    void disablingAFailingCheckMakesItHealthy_HC17() {
        Drill drill = drillWith(List.of(endpointDown(50, PRIMARY),
                new DrillEvent.HealthCheckSwitch(300, "primary", true, null)));
        DrillResult result = SIMULATOR.run(activePassive(30, 3, 60), drill, 5);
        List<HealthTimeline.StatusChange> changes = changesOf(result, "primary");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).healthy()).isFalse();
        assertThat(changes.get(1).at()).isEqualTo(300);
        assertThat(changes.get(1).healthy()).isTrue();
    }

    @Test
    void anInvertedCheckTurnsHealthyWhenItsEndpointFails_HC17() {
        Design design = activePassive(30, 3, 60);
        List<HealthCheck> checks = design.healthChecks().stream()
                .map(c -> c.id().equals("primary") ? c.withInverted(true) : c).toList();
        DrillResult result = SIMULATOR.run(design.withHealthChecks(checks), drillWith(List.of(endpointDown(100,
                PRIMARY))), 9);
        // Inverted: healthy endpoint → unhealthy record from the start, so answers are the secondary...
        assertThat(result.answers()).extracting(AnswerInfo::label).startsWith(SECONDARY);
        // ...and after the failure is detected the inverted check is healthy and the primary is answered.
        assertThat(changesOf(result, "primary")).singleElement()
                .satisfies(c -> assertThat(c.healthy()).isTrue());
    }

    @Test
    void oneFailingCheckerRegionOfEightChangesNothing_HC9() {
        // Two Regions failing = 75 % healthy: still healthy. Seven failing = 12.5 % ≤ 18 %: unhealthy.
        Drill partial = drillWith(List.of(new DrillEvent.EndpointState(100, PRIMARY, false,
                Set.of("eu-west-1", "us-east-1"))));
        DrillResult healthy = SIMULATOR.run(activePassive(30, 3, 60), partial, 1);
        assertThat(changesOf(healthy, "primary")).isEmpty();
        assertThat(healthy.figures().affectedShare()).isZero(); // two Regions failing is not an outage for clients

        Drill seven = drillWith(List.of(new DrillEvent.HealthCheckObserved(100, "primary", DrillEvent.Observed.DOWN,
                Set.of("us-east-1", "us-west-1", "us-west-2", "eu-west-1", "ap-southeast-1", "ap-southeast-2",
                        "ap-northeast-1"))));
        DrillResult unhealthy = SIMULATOR.run(activePassive(30, 3, 60), seven, 1);
        assertThat(changesOf(unhealthy, "primary")).singleElement()
                .satisfies(c -> assertThat(c.rule()).isEqualTo("HC9"));
    }

    @Test
    void threeCustomRegionsNeedAllThreeToFail_HC9_HC10() {
        Design design = activePassive(30, 3, 60);
        List<HealthCheck> checks = design.healthChecks().stream().map(c -> c.id().equals("primary")
                ? c.withConfig(endpoint(30, 3, List.of("us-east-1", "eu-west-1", "ap-southeast-1"))) : c).toList();
        Drill twoOfThree = drillWith(List.of(new DrillEvent.HealthCheckObserved(100, "primary",
                DrillEvent.Observed.DOWN, Set.of("us-east-1", "eu-west-1"))));
        // One of three (33 %) healthy is more than 18 %: still healthy (A37).
        assertThat(changesOf(SIMULATOR.run(design.withHealthChecks(checks), twoOfThree, 2), "primary")).isEmpty();
        Drill all = drillWith(List.of(new DrillEvent.HealthCheckObserved(100, "primary", DrillEvent.Observed.DOWN,
                Set.of())));
        assertThat(changesOf(SIMULATOR.run(design.withHealthChecks(checks), all, 2), "primary")).hasSize(1);
    }

    @Test
    void aCloudWatchAlarmChangesStatusAtItsInstant_HC14() {
        Design base = activePassive(30, 3, 60);
        List<HealthCheck> checks = List.of(check("primary",
                new CloudWatchCheck("us-east-1", "errors", InsufficientDataHealthStatus.LAST_KNOWN_STATUS)),
                base.healthChecks().get(1));
        Design design = base.withHealthChecks(checks);
        Drill drill = drillWith(List.of(
                new DrillEvent.HealthCheckObserved(100, "primary", DrillEvent.Observed.UP, Set.of()),
                new DrillEvent.HealthCheckObserved(200, "primary", DrillEvent.Observed.DOWN, Set.of()),
                new DrillEvent.HealthCheckObserved(300, "primary", DrillEvent.Observed.INSUFFICIENT_DATA, Set.of())));
        DrillResult result = SIMULATOR.run(design, drill, 4);
        // Healthy from the start (no data yet, HC16), unhealthy at the ALARM, and LastKnownStatus keeps it so.
        assertThat(changesOf(result, "primary")).singleElement().satisfies(c -> {
            assertThat(c.at()).isEqualTo(200);
            assertThat(c.healthy()).isFalse();
        });
    }

    @Test
    void whenEveryRecordIsUnhealthyTheLastResortKeepsSendingClientsToTheDeadPrimary_R81_R43() {
        Drill drill = drillWith(List.of(endpointDown(100, PRIMARY), endpointDown(100, SECONDARY)));
        DrillResult result = SIMULATOR.run(activePassive(30, 3, 60), drill, 8);
        assertThat(result.figures().detectedAt()).isNotNull();
        assertThat(result.figures().fullFailoverAt()).isNull();
        assertThat(result.unhealthyShare()[599]).isEqualTo(1.0);
        assertThat(result.answers()).extracting(AnswerInfo::label).containsExactly(PRIMARY);
    }
}
