package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static dev.failoverstudio.domain.resolve.EngineHarness.set;
import static org.assertj.core.api.Assertions.assertThat;

/** §7.1 simple routing: R60–R62 with A33. */
class SimpleRoutingTest {

    @Test
    void r60_a33_allValuesAreReturnedAndNeverFilteredByHealth() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).healthCheck("hc-www").values("192.0.2.1", "192.0.2.2", "192.0.2.3");
        EngineHarness h = new EngineHarness(z);
        for (FixedHealth health : new FixedHealth[] {FixedHealth.allHealthy(),
                FixedHealth.allHealthy().unhealthy("hc-www")}) {
            Map<Set<String>, Integer> counts = h.sample("www.example.com", "A", ClientContext.UNMAPPED, health, 500,
                    60);
            assertThat(counts).containsOnlyKeys(set("192.0.2.1", "192.0.2.2", "192.0.2.3"));
        }
        assertThat(h.resolve("www.example.com", "A").trace()).anyMatch(s -> s.rule().equals("R60"));
    }

    @Test
    void r61_aSimpleAliasIsUsedWhetherOrNotItsTargetIsHealthy() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).alias("pool", true);
        z.add("pool", RecordType.A).weighted("a", 1).healthCheck("hc-a").values("192.0.2.1");
        z.add("pool", RecordType.A).weighted("b", 3).healthCheck("hc-b").values("192.0.2.2");
        EngineHarness h = new EngineHarness(z);
        FixedHealth down = FixedHealth.allHealthy().unhealthy("hc-a", "hc-b");
        Resolution r = h.resolve("www.example.com", "A", down);
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R61"));
        // the target group applies its own selection including R43 (R72 step 3: by weight)
        Map<Set<String>, Integer> counts = h.sample("www.example.com", "A", down, 61);
        Stats.assertDistribution(counts, Stats.N, Map.of(set("192.0.2.1"), 0.25, set("192.0.2.2"), 0.75));
    }

    @Test
    void r61_ethOnASimpleAliasMattersWhenTheSimpleGroupIsItselfAnEthTarget() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("front", true);
        z.add("www", RecordType.A).secondary("s").values("192.0.2.99");
        z.add("front", RecordType.A).alias("pool", true);
        z.add("pool", RecordType.A).weighted("a", 1).healthCheck("hc-a").values("192.0.2.1");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A").answers()).containsExactly("192.0.2.1");
        assertThat(h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-a")).answers())
                .containsExactly("192.0.2.99");

        ZoneFixture noEth = new ZoneFixture("example.com.");
        noEth.add("www", RecordType.A).primary("p").alias("front", true);
        noEth.add("www", RecordType.A).secondary("s").values("192.0.2.99");
        noEth.add("front", RecordType.A).alias("pool", false);
        noEth.add("pool", RecordType.A).weighted("a", 1).healthCheck("hc-a").values("192.0.2.1");
        assertThat(new EngineHarness(noEth).resolve("www.example.com", "A",
                FixedHealth.allHealthy().unhealthy("hc-a")).answers()).containsExactly("192.0.2.1");
    }

    @Test
    void r62_aHealthCheckOnASimpleRecordSetCountsOnlyForParentsWithEth() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("origin", true);
        z.add("www", RecordType.A).secondary("s").values("192.0.2.99");
        z.add("origin", RecordType.A).healthCheck("hc-origin").values("192.0.2.1", "192.0.2.2");
        EngineHarness h = new EngineHarness(z);
        FixedHealth down = FixedHealth.allHealthy().unhealthy("hc-origin");
        assertThat(h.resolve("origin.example.com", "A", down).answers())
                .containsExactlyInAnyOrder("192.0.2.1", "192.0.2.2");
        assertThat(h.resolve("www.example.com", "A", down).answers()).containsExactly("192.0.2.99");
        assertThat(h.resolve("www.example.com", "A").answers()).containsExactlyInAnyOrder("192.0.2.1", "192.0.2.2");
    }
}
