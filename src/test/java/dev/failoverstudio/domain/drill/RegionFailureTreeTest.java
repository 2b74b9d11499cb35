package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.resolve.Query;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.failoverstudio.domain.drill.DrillFixture.SIMULATOR;
import static dev.failoverstudio.domain.drill.DrillFixture.drill;
import static dev.failoverstudio.domain.drill.DrillFixture.latencyWeightedTree;
import static dev.failoverstudio.domain.drill.DrillFixture.usAndAustralia;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * us-east-1 fails in the Developer Guide's latency → weighted tree (DG:dns-failover-complex-configs.md). Both
 * us-east-1 instances are tagged to the Region through the latency alias; their checks fail, the weighted group
 * has no healthy record set, so the latency alias with ETH is unhealthy (R41, R45) and clients near us-east-1
 * get Sydney's weighted answers, 75/25 (R72). Australian clients never notice.
 */
class RegionFailureTreeTest {

    private static final Query APEX = Query.of("example.com", "A");

    private static DrillAssertion.Share share(String label, double from, double to, DrillAssertion.Clients clients,
                                              DrillAssertion.Target target, Double atLeast, Double atMost) {
        return new DrillAssertion.Share(label, from, to, clients, target, atLeast, atMost);
    }

    private static Drill regionDrill(List<DrillAssertion> assertions) {
        return drill("us-east-1 down", APEX, 1200, 1, usAndAustralia(), 1_000_000,
                ResolverBehaviour.honouringTtl(4_000),
                List.of(new DrillEvent.RegionState(60, "us-east-1", false),
                        new DrillEvent.RegionState(600, "us-east-1", true)), assertions);
    }

    @Test
    void clientsNearTheFailedRegionMoveToSydneyAndBack_R41_R45_R72() {
        DrillAssertion.Clients us = new DrillAssertion.Clients(null, null, "US", null);
        DrillAssertion.Clients au = new DrillAssertion.Clients(null, null, "AU", null);
        List<DrillAssertion> assertions = List.of(
                // detection ≤ 90 s after t=60 and every copy expired within a TTL: by t=60+90+60 = 210 s
                share("$.a[0]", 210, 590, us, DrillAssertion.Target.region("us-east-1"), null, 0.0),
                share("$.a[1]", 210, 590, us, DrillAssertion.Target.value("198.51.100.21"), 0.70, 0.80),
                share("$.a[2]", 0, 1200, au, DrillAssertion.Target.region("us-east-1"), null, 0.0),
                share("$.a[3]", 1000, 1200, us, DrillAssertion.Target.region("us-east-1"), 1.0, null),
                share("$.a[4]", 0, 59, DrillAssertion.Clients.ALL, DrillAssertion.Target.UNHEALTHY, null, 0.0),
                new DrillAssertion.Figure("$.a[5]", KeyFigures.Name.TIME_TO_FULL_FAILOVER, 60.0, 150.0),
                new DrillAssertion.Figure("$.a[6]", KeyFigures.Name.TIME_TO_FULLY_BACK, null, 150.0));
        DrillResult result = SIMULATOR.run(latencyWeightedTree(), regionDrill(assertions), 21);
        assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.passed()).as(o.detail()).isTrue());
        KeyFigures f = result.figures();
        // 60 % of queries come from the US and all of them used us-east-1 before the failure.
        assertThat(f.affectedShare()).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f.detectedAt() - 60).isBetween(60.0, 90.0);
        assertThat(f.restoredAt()).isEqualTo(600);
        // Per group series: the NA group holds only Sydney answers between full failover and the restore.
        int na = result.groups().indexOf("NA");
        double sydney = 0;
        for (int a = 0; a < result.answers().size(); a++) {
            if (result.answers().get(a).label().startsWith("198.51.100.")) {
                sydney += result.groupShareByAnswer()[na][a][400];
            }
        }
        assertThat(sydney).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aFailingAssertionIsReportedWithWhenItFailed() {
        DrillAssertion.Clients us = new DrillAssertion.Clients(null, null, "US", null);
        // Too early: at t=100 nobody has been moved yet (detection takes at least 60 s).
        List<DrillAssertion> assertions = List.of(
                share("$.a[0]", 100, 100, us, DrillAssertion.Target.value("198.51.100.21"), 0.5, null),
                new DrillAssertion.Figure("$.a[1]", KeyFigures.Name.TIME_TO_DETECTION, null, 30.0));
        DrillResult result = SIMULATOR.run(latencyWeightedTree(), regionDrill(assertions), 21);
        assertThat(result.outcomes()).hasSize(2).noneMatch(AssertionOutcome::passed);
        assertThat(result.outcomes().get(0).detail()).contains("first failing at t=100 s");
        assertThat(result.outcomes().get(1).detail()).startsWith("timeToDetection at most 30 s:");
        assertThat(result.allAssertionsHold()).isFalse();
    }

    @Test
    void endpointsAreTaggedToTheirRegionThroughTheLatencyAlias() {
        DrillEndpoints endpoints = DrillEndpoints.of(latencyWeightedTree(), regionDrill(List.of()));
        assertThat(endpoints.endpointsIn("us-east-1")).containsExactlyInAnyOrder("192.0.2.11", "192.0.2.12");
        assertThat(endpoints.endpointsIn("ap-southeast-2")).containsExactlyInAnyOrder("198.51.100.21",
                "198.51.100.22");
        assertThat(endpoints.checksOf("192.0.2.11")).containsExactly("use1-a");
    }

    @Test
    void aHealthCheckTaggedToARegionFailsWithIt() {
        // Only apse2-a's check is tagged to eu-west-1 (say its probe target is a proxy there).
        Drill drill = new Drill("tagged check", null, APEX, 600, 1, usAndAustralia(), 1_000_000,
                ResolverBehaviour.honouringTtl(500), List.of(new DrillEvent.RegionState(60, "eu-west-1", false)),
                java.util.Map.of("eu-west-1", java.util.Set.of("apse2-a")), java.util.Map.of(), List.of());
        DrillResult result = SIMULATOR.run(latencyWeightedTree(), drill, 6);
        assertThat(result.health().changes()).singleElement().satisfies(c -> {
            assertThat(c.healthCheckId()).isEqualTo("apse2-a");
            assertThat(c.healthy()).isFalse();
            assertThat(c.at() - 60).isBetween(60.0, 90.0);
        });
    }
}
