package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** §7.7 multivalue answer routing: R120–R124 with A16 and A40. */
class MultiValueRoutingTest {

    /** {@code count} multivalue record sets m0…, each with a health check hc-i and the value 192.0.2.i. */
    private static EngineHarness records(int count) {
        ZoneFixture z = new ZoneFixture("example.com.");
        for (int i = 0; i < count; i++) {
            z.add("www", RecordType.A).multivalue("m" + i).healthCheck("hc-" + i).values("192.0.2." + i);
        }
        return new EngineHarness(z);
    }

    private static Set<String> values(int... indexes) {
        Set<String> out = new HashSet<>();
        for (int i : indexes) {
            out.add("192.0.2." + i);
        }
        return out;
    }

    @Test
    void r120_multivalueRecordSetsCarryValuesATtlAndOptionallyAHealthCheck() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).multivalue("a").healthCheck("hc-a").ttl(30).values("192.0.2.1");
        z.add("www", RecordType.A).multivalue("b").ttl(30).values("192.0.2.2");
        EngineHarness h = new EngineHarness(z);
        Resolution r = h.resolve("www.example.com", "A");
        assertThat(r.answers()).containsExactlyInAnyOrder("192.0.2.1", "192.0.2.2");
        assertThat(r.ttl()).isEqualTo(30L);
        assertThat(h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-a")).answers())
                .containsExactly("192.0.2.2");
    }

    @Test
    void r121_upToEightHealthyRecordSetsAreAllReturnedEveryTime() {
        EngineHarness h = records(8);
        assertThat(h.sample("www.example.com", "A", ClientContext.UNMAPPED, FixedHealth.allHealthy(), 300, 121))
                .containsOnlyKeys(values(0, 1, 2, 3, 4, 5, 6, 7));
        FixedHealth someDown = FixedHealth.allHealthy().unhealthy("hc-1", "hc-4");
        assertThat(h.sample("www.example.com", "A", ClientContext.UNMAPPED, someDown, 300, 122))
                .containsOnlyKeys(values(0, 2, 3, 5, 6, 7));
        assertThat(h.resolve("www.example.com", "A").trace()).anyMatch(s -> s.rule().equals("R121"));
    }

    @Test
    void r121_a40_moreThanEightHealthyGiveAUniformRandomEightNeverAnUnhealthyOne() {
        EngineHarness h = records(12);
        FixedHealth health = FixedHealth.allHealthy().unhealthy("hc-10", "hc-11");
        Map<Set<String>, Integer> combos = h.sample("www.example.com", "A", ClientContext.UNMAPPED, health,
                Stats.N, 123);
        assertThat(combos.keySet()).allMatch(s -> s.size() == 8 && values(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).containsAll(s));
        // C(10, 8) = 45 combinations, each equally likely
        assertThat(combos).hasSize(45);
        combos.forEach((combo, count) -> Stats.assertShare("combination " + combo, count, Stats.N, 1.0 / 45));
        Map<String, Integer> perValue = h.valueCounts("www.example.com", "A", ClientContext.UNMAPPED, health,
                Stats.N, 124);
        for (int i = 0; i < 10; i++) {
            Stats.assertShare("inclusion of 192.0.2." + i, perValue.getOrDefault("192.0.2." + i, 0), Stats.N, 0.8);
        }
    }

    @Test
    void r122_withNothingHealthyUpToEightAreDrawnFromAll() {
        EngineHarness five = records(5);
        FixedHealth allDown = FixedHealth.allHealthy();
        for (int i = 0; i < 12; i++) {
            allDown.unhealthy("hc-" + i);
        }
        Resolution r = five.resolve("www.example.com", "A", allDown);
        assertThat(r.answers()).containsExactlyInAnyOrderElementsOf(values(0, 1, 2, 3, 4));
        assertThat(r.trace()).anyMatch(s -> s.step().equals("last resort") && s.rule().equals("R122"));

        EngineHarness twelve = records(12);
        Map<String, Integer> perValue = twelve.valueCounts("www.example.com", "A", ClientContext.UNMAPPED, allDown,
                Stats.N, 125);
        for (int i = 0; i < 12; i++) {
            Stats.assertShare("inclusion of 192.0.2." + i, perValue.getOrDefault("192.0.2." + i, 0), Stats.N,
                    8.0 / 12);
        }
        assertThat(twelve.resolve("www.example.com", "A", allDown).answers()).hasSize(8);
    }

    @Test
    void r123_a16_theCapCountsRecordSetsEachContributingAllItsValuesInRandomOrder() {
        ZoneFixture z = new ZoneFixture("example.com.");
        for (int i = 0; i < 9; i++) {
            z.add("www", RecordType.A).multivalue("m" + i).values("192.0.2." + i, "198.51.100." + i);
        }
        EngineHarness h = new EngineHarness(z);
        SplittableRandom seeds = new SplittableRandom(123);
        Map<String, Integer> firstValue = new HashMap<>();
        for (int n = 0; n < 2000; n++) {
            Resolution r = h.compiled().resolveQuietly(FixedHealth.allHealthy(), Query.of("www.example.com", "A"),
                    ClientContext.UNMAPPED, seeds.split());
            assertThat(r.answers()).hasSize(16);
            for (int i = 0; i < 9; i++) {
                // a record set is returned whole or not at all
                assertThat(r.answers().contains("192.0.2." + i)).isEqualTo(r.answers().contains("198.51.100." + i));
            }
            firstValue.merge(r.answers().get(0), 1, Integer::sum);
        }
        assertThat(firstValue).as("values come in random order").hasSizeGreaterThan(9);
        assertThat(h.resolve("www.example.com", "A").protocol()).isEqualTo(Protocol.UDP);
    }

    @Test
    void r124_aMultivalueGroupAsAliasTargetIsHealthyWhileOneRecordSetIs() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("pool", true);
        z.add("www", RecordType.A).secondary("s").values("192.0.2.99");
        z.add("pool", RecordType.A).multivalue("a").healthCheck("hc-a").values("192.0.2.1");
        z.add("pool", RecordType.A).multivalue("b").healthCheck("hc-b").values("192.0.2.2");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-a")).answers())
                .containsExactly("192.0.2.2");
        assertThat(h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-a", "hc-b")).answers())
                .containsExactly("192.0.2.99");
        assertThat(h.resolve("www.example.com", "A").answers()).containsExactlyInAnyOrder("192.0.2.1", "192.0.2.2");
    }
}
