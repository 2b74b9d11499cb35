package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.failoverstudio.domain.resolve.EngineHarness.set;
import static org.assertj.core.api.Assertions.assertThat;

/** §7.2 weighted routing: R70–R76 with A7 and A32; shares are checked over {@link Stats#N} seeded draws. */
class WeightedRoutingTest {

    private static EngineHarness weights(long... weights) {
        ZoneFixture z = new ZoneFixture("example.com.");
        for (int i = 0; i < weights.length; i++) {
            z.add("www", RecordType.A).weighted("w" + i, weights[i]).healthCheck("hc-" + i).values("192.0.2." + i);
        }
        return new EngineHarness(z);
    }

    private static Map<Set<String>, Integer> sample(EngineHarness h, FixedHealth health, long seed) {
        return h.sample("www.example.com", "A", health, seed);
    }

    @Test
    void r70_recordSetsAreChosenWithProbabilityProportionalToWeight() {
        Map<Set<String>, Integer> counts = sample(weights(1, 2, 3, 4), FixedHealth.allHealthy(), 70);
        Stats.assertDistribution(counts, Stats.N, Map.of(set("192.0.2.0"), 0.1, set("192.0.2.1"), 0.2,
                set("192.0.2.2"), 0.3, set("192.0.2.3"), 0.4));
    }

    @Test
    void r71_theDeveloperGuideExamples() {
        EngineHarness h = weights(10, 20, 20);
        Stats.assertDistribution(sample(h, FixedHealth.allHealthy(), 711), Stats.N,
                Map.of(set("192.0.2.0"), 0.2, set("192.0.2.1"), 0.4, set("192.0.2.2"), 0.4));
        Stats.assertDistribution(sample(h, FixedHealth.allHealthy().unhealthy("hc-2"), 712), Stats.N,
                Map.of(set("192.0.2.0"), 1.0 / 3, set("192.0.2.1"), 2.0 / 3));
        Stats.assertDistribution(sample(weights(1, 255), FixedHealth.allHealthy(), 713), Stats.N,
                Map.of(set("192.0.2.0"), 1.0 / 256, set("192.0.2.1"), 255.0 / 256));
    }

    @Test
    void r72_step1_zeroWeightsGetNothingWhileAHealthyNonZeroWeightExists() {
        EngineHarness h = weights(0, 1, 3, 0);
        Stats.assertDistribution(sample(h, FixedHealth.allHealthy(), 721), Stats.N,
                Map.of(set("192.0.2.1"), 0.25, set("192.0.2.2"), 0.75));
        Stats.assertDistribution(sample(h, FixedHealth.allHealthy().unhealthy("hc-2"), 722), Stats.N,
                Map.of(set("192.0.2.1"), 1.0));
    }

    @Test
    void r72_step2_a7_healthyZeroWeightsShareEquallyWhenEveryNonZeroWeightIsUnhealthy() {
        EngineHarness h = weights(0, 5, 10, 0, 0);
        FixedHealth health = FixedHealth.allHealthy().unhealthy("hc-1", "hc-2", "hc-4");
        Resolution r = h.resolve("www.example.com", "A", health);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("A7"));
        Stats.assertDistribution(sample(h, health, 723), Stats.N,
                Map.of(set("192.0.2.0"), 0.5, set("192.0.2.3"), 0.5));
    }

    @Test
    void r72_step3_withNothingHealthyTheLastResortUsesTheNonZeroWeightsProportionally() {
        EngineHarness h = weights(1, 3, 0);
        FixedHealth down = FixedHealth.allHealthy().unhealthy("hc-0", "hc-1", "hc-2");
        assertThat(h.resolve("www.example.com", "A", down).trace())
                .anyMatch(s -> s.step().equals("last resort") && s.rule().equals("R72"));
        Stats.assertDistribution(sample(h, down, 724), Stats.N,
                Map.of(set("192.0.2.0"), 0.25, set("192.0.2.1"), 0.75));
    }

    @Test
    void r72_step3_withNothingHealthyAndEveryWeightZeroAllShareEqually() {
        EngineHarness h = weights(0, 0, 0, 0);
        FixedHealth down = FixedHealth.allHealthy().unhealthy("hc-0", "hc-1", "hc-2", "hc-3");
        Stats.assertDistribution(sample(h, down, 725), Stats.N, Map.of(set("192.0.2.0"), 0.25,
                set("192.0.2.1"), 0.25, set("192.0.2.2"), 0.25, set("192.0.2.3"), 0.25));
    }

    @Test
    void r73_aGroupWithEveryWeightZeroSpreadsTrafficEvenly() {
        Stats.assertDistribution(sample(weights(0, 0, 0), FixedHealth.allHealthy(), 73), Stats.N,
                Map.of(set("192.0.2.0"), 1.0 / 3, set("192.0.2.1"), 1.0 / 3, set("192.0.2.2"), 1.0 / 3));
    }

    @Test
    void r74_recordSetsWithoutHealthCheckStayInTheActiveSet() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("checked", 1).healthCheck("hc-a").values("192.0.2.1");
        z.add("www", RecordType.A).weighted("plain-1", 1).values("192.0.2.2");
        z.add("www", RecordType.A).weighted("plain-2", 3).values("192.0.2.3");
        EngineHarness h = new EngineHarness(z);
        Stats.assertDistribution(sample(h, FixedHealth.allHealthy().unhealthy("hc-a"), 74), Stats.N,
                Map.of(set("192.0.2.2"), 0.25, set("192.0.2.3"), 0.75));
    }

    @Test
    void r75_aWeightedAliasWithEthDropsOutWhileItsTargetIsUnhealthy() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("a", 1).alias("pool-a", true);
        z.add("www", RecordType.A).weighted("b", 1).alias("pool-b", true);
        z.add("pool-a", RecordType.A).healthCheck("hc-a").values("192.0.2.1");
        z.add("pool-b", RecordType.A).healthCheck("hc-b").values("192.0.2.2");
        EngineHarness h = new EngineHarness(z);
        Stats.assertDistribution(sample(h, FixedHealth.allHealthy().unhealthy("hc-a"), 751), Stats.N,
                Map.of(set("192.0.2.2"), 1.0));
        Stats.assertDistribution(sample(h, FixedHealth.allHealthy(), 752), Stats.N,
                Map.of(set("192.0.2.1"), 0.5, set("192.0.2.2"), 0.5));
    }

    @Test
    void r75_aWeightedTreeYieldsTheProductOfTheProbabilitiesAtEachLevel() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("a", 1).alias("www-a", true);
        z.add("www", RecordType.A).weighted("b", 3).alias("www-b", true);
        z.add("www-a", RecordType.A).weighted("a1", 1).values("192.0.2.1");
        z.add("www-a", RecordType.A).weighted("a2", 1).values("192.0.2.2");
        z.add("www-b", RecordType.A).weighted("b1", 1).values("192.0.2.3");
        z.add("www-b", RecordType.A).weighted("b2", 2).values("192.0.2.4");
        Stats.assertDistribution(sample(new EngineHarness(z), FixedHealth.allHealthy(), 753), Stats.N,
                Map.of(set("192.0.2.1"), 0.125, set("192.0.2.2"), 0.125, set("192.0.2.3"), 0.25,
                        set("192.0.2.4"), 0.5));
    }

    @Test
    void a32_aZeroWeightAliasBehavesLikeAZeroWeightRecordSet() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("active", 1).healthCheck("hc-active").values("192.0.2.1");
        z.add("www", RecordType.A).weighted("standby", 0).alias("standby", true);
        z.add("standby", RecordType.A).values("192.0.2.9");
        EngineHarness h = new EngineHarness(z);
        Stats.assertDistribution(sample(h, FixedHealth.allHealthy(), 321), Stats.N, Map.of(set("192.0.2.1"), 1.0));
        Stats.assertDistribution(sample(h, FixedHealth.allHealthy().unhealthy("hc-active"), 322), Stats.N,
                Map.of(set("192.0.2.9"), 1.0));
    }

    @Test
    void r76_theTtlIsThatOfTheChosenRecordSetAndElbAliasesCarry60Seconds() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("plain", 1).healthCheck("hc-plain").ttl(60).values("192.0.2.1");
        z.add("www", RecordType.A).weighted("elb", 1).healthCheck("hc-elb")
                .resourceAlias("ZELB", "my-lb-1.us-east-1.elb.amazonaws.com", true);
        z.resource("my-lb-1.us-east-1.elb.amazonaws.com", AwsResourceKind.APPLICATION_LOAD_BALANCER,
                List.of("203.0.113.1"), List.of(), null, null);
        EngineHarness h = new EngineHarness(z);
        Resolution plain = h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-elb"));
        assertThat(plain.answers()).containsExactly("192.0.2.1");
        assertThat(plain.ttl()).isEqualTo(60L);
        Resolution elb = h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-plain"));
        assertThat(elb.answers()).containsExactly("203.0.113.1");
        assertThat(elb.ttl()).isEqualTo(60L);
    }
}
