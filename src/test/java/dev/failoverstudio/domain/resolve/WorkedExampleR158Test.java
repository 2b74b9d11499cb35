package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static dev.failoverstudio.domain.resolve.EngineHarness.set;
import static org.assertj.core.api.Assertions.assertThat;

/** R158: the Developer Guide's latency alias → weighted tree, step by step. */
class WorkedExampleR158Test {

    private static HostedZone zone(boolean ethUsEast) {
        return zone(ethUsEast, true, false);
    }

    /**
     * @param use1bChecked whether the second us-east-1 weighted record has a health check (step 3 omits it)
     * @param use1AliasChecked whether the us-east-1 latency alias itself has a health check (step 5)
     */
    private static HostedZone zone(boolean ethUsEast, boolean use1bChecked, boolean use1AliasChecked) {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("us-east-1-www", RecordType.A).weighted("use1-a", 1).healthCheck("hc-use1-a").values("192.0.2.1");
        ZoneFixture.Rec use1b = z.add("us-east-1-www", RecordType.A).weighted("use1-b", 1);
        if (use1bChecked) {
            use1b.healthCheck("hc-use1-b");
        }
        use1b.values("192.0.2.2");
        z.add("ap-southeast-2-www", RecordType.A).weighted("apse2-a", 1).healthCheck("hc-apse2-a")
                .values("198.51.100.1");
        z.add("ap-southeast-2-www", RecordType.A).weighted("apse2-b", 1).healthCheck("hc-apse2-b")
                .values("198.51.100.2");
        ZoneFixture.Rec use1 = z.add("@", RecordType.A).latency("use1", "us-east-1");
        if (use1AliasChecked) {
            use1.healthCheck("hc-use1-alias");
        }
        use1.alias("us-east-1-www", ethUsEast);
        z.add("@", RecordType.A).latency("apse2", "ap-southeast-2").alias("ap-southeast-2-www", true);
        return z.build();
    }

    private static final ClientContext US_EAST_CLIENT = ClientContext.region("us-east-1");

    @Test
    void r158_step1_allHealthyGivesUsEast1ValuesByWeight() {
        EngineHarness h = new EngineHarness(zone(true));
        Map<Set<String>, Integer> counts = h.sample("example.com", "A", US_EAST_CLIENT, FixedHealth.allHealthy(),
                4000, 1);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(set("192.0.2.1"), set("192.0.2.2"));
        assertThat(counts.get(set("192.0.2.1")) / 4000.0).isBetween(0.45, 0.55);
    }

    @Test
    void r158_step2_r45_bothUsEast1ChecksFailingBacksOutToApSoutheast2() {
        EngineHarness h = new EngineHarness(zone(true));
        FixedHealth health = FixedHealth.allHealthy().unhealthy("hc-use1-a", "hc-use1-b");
        Map<Set<String>, Integer> counts = h.sample("example.com", "A", US_EAST_CLIENT, health, 2000, 2);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(set("198.51.100.1"), set("198.51.100.2"));
    }

    @Test
    void r158_step3_r47_oneUsEast1RecordFailingAndTheOtherUncheckedGivesTheUncheckedOne() {
        EngineHarness h = new EngineHarness(zone(true, false, false));
        FixedHealth health = FixedHealth.allHealthy().unhealthy("hc-use1-a");
        Map<Set<String>, Integer> counts = h.sample("example.com", "A", US_EAST_CLIENT, health, 2000, 4);
        assertThat(counts.keySet()).containsExactly(set("192.0.2.2"));
    }

    @Test
    void r158_step5_r48_aFailingCheckOnTheLatencyAliasItselfBacksOutDespiteHealthyTargets() {
        EngineHarness h = new EngineHarness(zone(true, true, true));
        FixedHealth health = FixedHealth.allHealthy().unhealthy("hc-use1-alias");
        Map<Set<String>, Integer> counts = h.sample("example.com", "A", US_EAST_CLIENT, health, 2000, 5);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(set("198.51.100.1"), set("198.51.100.2"));
    }

    @Test
    void r158_step4_r46_ethOffStaysInUsEast1AndUsesWeightedLastResort() {
        EngineHarness h = new EngineHarness(zone(false));
        FixedHealth health = FixedHealth.allHealthy().unhealthy("hc-use1-a", "hc-use1-b");
        Map<Set<String>, Integer> counts = h.sample("example.com", "A", US_EAST_CLIENT, health, 2000, 3);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(set("192.0.2.1"), set("192.0.2.2"));
        Resolution r = h.resolve("example.com", "A", US_EAST_CLIENT, health);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R72") && s.step().equals("last resort"));
    }

    @Test
    void r158_step6_everythingFailingUsesBestLatencyThenWeightedLastResort() {
        EngineHarness h = new EngineHarness(zone(true));
        FixedHealth health = FixedHealth.allHealthy().unhealthy("hc-use1-a", "hc-use1-b", "hc-apse2-a", "hc-apse2-b");
        Resolution r = h.resolve("example.com", "A", US_EAST_CLIENT, health);
        assertThat(r.answers()).hasSize(1).first().isIn("192.0.2.1", "192.0.2.2");
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R93") && s.step().equals("last resort"));
    }

    @Test
    void r158_sydneyClientGetsApSoutheast2() {
        EngineHarness h = new EngineHarness(zone(true));
        Resolution r = h.resolve("example.com", "A", ClientContext.region("ap-southeast-2"), FixedHealth.allHealthy());
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).hasSize(1).first().isIn("198.51.100.1", "198.51.100.2");
        assertThat(r.ttl()).isEqualTo(60L);
        assertThat(r.answerType()).isEqualTo("A");
    }
}
