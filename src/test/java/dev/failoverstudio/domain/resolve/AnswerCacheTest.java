package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R33 through the answer cache: quiet resolutions, served from remembered decision trees after the first
 * draws, give exactly the answers (values and their order, R29) of a direct traced evaluation with the
 * same seed, and never outlive the health status they were computed for.
 */
class AnswerCacheTest {

    private static final GeoTables GEO = EngineHarness.GEO;

    /** Weighted alias → weighted groups (two random levels), several values per record set, a multivalue group. */
    private static HostedZone zone() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("a", 3).alias("pool-a", true);
        z.add("www", RecordType.A).weighted("b", 1).alias("pool-b", true);
        z.add("www", RecordType.A).weighted("standby", 0).values("203.0.113.9");
        z.add("pool-a", RecordType.A).weighted("a1", 1).healthCheck("hc-a1").values("192.0.2.1", "192.0.2.2");
        z.add("pool-a", RecordType.A).weighted("a2", 2).healthCheck("hc-a2").values("192.0.2.3");
        z.add("pool-b", RecordType.A).weighted("b1", 1).healthCheck("hc-b1").values("198.51.100.1", "198.51.100.2",
                "198.51.100.3");
        for (int i = 1; i <= 10; i++) {
            z.add("mv", RecordType.A).multivalue("n" + i).values("192.0.2." + (100 + i));
        }
        return z.build();
    }

    @Test
    void r33_quietAnswersEqualTracedAnswersSeedBySeedWhileTheCacheFills() {
        CompiledDesign compiled = new ResolutionEngine(GEO).compile(Design.of(zone()));
        FixedHealth health = FixedHealth.allHealthy();
        for (String name : new String[] {"www.example.com", "mv.example.com", "pool-b.example.com"}) {
            Query query = Query.of(name, "A");
            for (long seed = 0; seed < 3000; seed++) {
                Resolution direct = compiled.resolve(health, query, ClientContext.UNMAPPED, new SplittableRandom(seed));
                Resolution quiet = compiled.resolveQuietly(health, query, ClientContext.UNMAPPED,
                        new SplittableRandom(seed));
                assertThat(quiet.answers()).as("%s seed %d", name, seed).containsExactlyElementsOf(direct.answers());
                assertThat(quiet.path()).isEqualTo(direct.path());
                assertThat(quiet.ttl()).isEqualTo(direct.ttl());
                assertThat(quiet.rcode()).isEqualTo(direct.rcode());
                assertThat(quiet.trace()).isEmpty();
            }
        }
    }

    @Test
    void r33_aNewHealthStatusIsNeverAnsweredFromTheOldOnesCache() {
        CompiledDesign compiled = new ResolutionEngine(GEO).compile(Design.of(zone()));
        Query query = Query.of("www.example.com", "A");
        FixedHealth allUp = FixedHealth.allHealthy();
        for (long seed = 0; seed < 200; seed++) {
            compiled.resolveQuietly(allUp, query, ClientContext.UNMAPPED, new SplittableRandom(seed));
        }
        FixedHealth poolsDown = FixedHealth.allHealthy().unhealthy("hc-a1", "hc-a2", "hc-b1");
        for (long seed = 0; seed < 200; seed++) {
            Resolution r = compiled.resolveQuietly(poolsDown, query, ClientContext.UNMAPPED, new SplittableRandom(seed));
            assertThat(r.answers()).as("R72 step 2: only the zero-weight standby is healthy").containsExactly(
                    "203.0.113.9");
        }
        for (long seed = 0; seed < 200; seed++) {
            Resolution r = compiled.resolveQuietly(allUp, query, ClientContext.UNMAPPED, new SplittableRandom(seed));
            assertThat(r.answers()).doesNotContain("203.0.113.9");
        }
    }

    @Test
    void r70_cachedSharesStillFollowTheWeights() {
        EngineHarness h = new EngineHarness(zone());
        int n = 20_000;
        var counts = h.sample("pool-a.example.com", "A", ClientContext.UNMAPPED, FixedHealth.allHealthy(), n, 11);
        int a2 = counts.getOrDefault(EngineHarness.set("192.0.2.3"), 0);
        // expected 2/3; 5 sigma of a binomial(20000, 2/3) is about 333
        assertThat(Math.abs(a2 - n * 2.0 / 3)).isLessThan(5 * Math.sqrt(n * (2.0 / 3) * (1.0 / 3)));
    }
}
