package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static dev.failoverstudio.domain.resolve.EngineHarness.set;
import static org.assertj.core.api.Assertions.assertThat;

/** §11 TTLs and response composition: R180–R185. */
class TtlTest {

    @Test
    void r180_theAnswerCarriesTheTtlOfTheRecordSetThatSuppliedIt() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("zero", RecordType.A).ttl(0).values("192.0.2.1");
        z.add("max", RecordType.A).ttl(2_147_483_647L).values("192.0.2.2");
        z.add("www", RecordType.A).primary("p").healthCheck("hc-p").ttl(60).values("192.0.2.3");
        z.add("www", RecordType.A).secondary("s").ttl(3600).values("192.0.2.4");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("zero.example.com", "A").ttl()).isZero();
        assertThat(h.resolve("max.example.com", "A").ttl()).isEqualTo(2_147_483_647L);
        assertThat(h.resolve("www.example.com", "A").ttl()).isEqualTo(60L);
        assertThat(h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-p")).ttl())
                .isEqualTo(3600L);
    }

    @Test
    void r181_negativeAnswersUseTheLesserOfSoaTtlAndSoaMinimum() {
        ZoneFixture defaults = new ZoneFixture("example.com.");
        defaults.add("www", RecordType.A).values("192.0.2.1");
        EngineHarness h = new EngineHarness(defaults);
        assertThat(h.resolve("nope.example.com", "A").ttl()).isEqualTo(900L);
        assertThat(h.resolve("www.example.com", "AAAA").ttl()).isEqualTo(900L);

        ZoneFixture custom = new ZoneFixture("example.com.");
        custom.add("@", RecordType.SOA).ttl(900)
                .values("ns-1.awsdns-01.org. hostmaster.example.com. 7 7200 900 1209600 60");
        custom.add("www", RecordType.A).values("192.0.2.1");
        EngineHarness c = new EngineHarness(custom);
        Resolution nx = c.resolve("nope.example.com", "A");
        assertThat(nx.ttl()).isEqualTo(60L);
        assertThat(nx.authority()).singleElement().satisfies(soa -> {
            assertThat(soa.type()).isEqualTo("SOA");
            assertThat(soa.ttl()).isEqualTo(60L);
            assertThat(soa.data()).startsWith("ns-1.awsdns-01.org.");
        });
        ZoneFixture shortTtl = new ZoneFixture("example.com.");
        shortTtl.add("@", RecordType.SOA).ttl(30)
                .values("ns-1.awsdns-01.org. hostmaster.example.com. 7 7200 900 1209600 86400");
        assertThat(new EngineHarness(shortTtl).resolve("nope.example.com", "A").ttl()).isEqualTo(30L);
    }

    @Test
    void r182_eachAnswerKeepsItsOwnRecordSetsTtlAndMixedMultivalueTtlsReportTheSmallest() {
        // V23 and the console normalise TTLs within a group; a design that does not is still answered
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("a", 1).ttl(60).values("192.0.2.1");
        z.add("www", RecordType.A).weighted("b", 1).ttl(300).values("192.0.2.2");
        z.add("mv", RecordType.A).multivalue("a").ttl(60).values("192.0.2.1");
        z.add("mv", RecordType.A).multivalue("b").ttl(300).values("192.0.2.2");
        EngineHarness h = new EngineHarness(z);
        for (long seed = 0; seed < 20; seed++) {
            Resolution r = h.resolve("www.example.com", "A", ClientContext.UNMAPPED, FixedHealth.allHealthy(), seed);
            assertThat(r.ttl()).isEqualTo(r.answers().get(0).equals("192.0.2.1") ? 60L : 300L);
        }
        assertThat(h.resolve("mv.example.com", "A").ttl()).isEqualTo(60L);
    }

    @Test
    void r183_noCachingHappensInsideTheSimulator() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").healthCheck("hc-p").ttl(3600).values("192.0.2.1");
        z.add("www", RecordType.A).secondary("s").ttl(3600).values("192.0.2.2");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A").answers()).containsExactly("192.0.2.1");
        // a new health state is seen by the very next query despite the hour-long TTL
        assertThat(h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-p")).answers())
                .containsExactly("192.0.2.2");
        assertThat(h.resolve("www.example.com", "A").answers()).containsExactly("192.0.2.1");
    }

    @Test
    void r184_aChangedDesignAnswersImmediately() {
        ZoneFixture before = new ZoneFixture("example.com.");
        before.add("www", RecordType.A).values("192.0.2.1");
        ZoneFixture after = new ZoneFixture("example.com.");
        after.add("www", RecordType.A).values("192.0.2.2");
        ResolutionEngine engine = new ResolutionEngine(EngineHarness.GEO);
        Query q = Query.of("www.example.com", "A");
        assertThat(engine.resolve(before.design(), FixedHealth.allHealthy(), q, ClientContext.UNMAPPED,
                new SplittableRandom(1)).answers()).containsExactly("192.0.2.1");
        assertThat(engine.resolve(after.design(), FixedHealth.allHealthy(), q, ClientContext.UNMAPPED,
                new SplittableRandom(1)).answers()).containsExactly("192.0.2.2");
    }

    @Test
    void r185_theResolutionMirrorsTheTestDnsAnswerResponse() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("a", 1).values("192.0.2.44");
        z.add("www", RecordType.A).weighted("b", 0).values("192.0.2.45");
        EngineHarness h = new EngineHarness(z);
        Resolution r = h.resolve("www.example.com", "A");
        assertThat(r.nameserver()).isEqualTo("ns-2048.awsdns-64.com");
        assertThat(r.query().name()).isEqualTo(DomainName.of("www.example.com."));
        assertThat(r.query().type()).isEqualTo("A");
        assertThat(r.answers()).containsExactly("192.0.2.44");
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.protocol()).isEqualTo(Protocol.UDP);
        assertThat(r.ttl()).isEqualTo(60L);
        assertThat(r.trace()).isNotEmpty();
        Map<Set<String>, Integer> counts = h.sample("www.example.com", "A", ClientContext.UNMAPPED,
                FixedHealth.allHealthy(), 200, 185);
        assertThat(counts).containsOnlyKeys(set("192.0.2.44"));
        // a zone with its own apex NS names its first name server
        ZoneFixture own = new ZoneFixture("example.com.");
        own.add("@", RecordType.NS).ttl(172800).values("ns-7.awsdns-07.net.", "ns-8.awsdns-08.org.");
        assertThat(new EngineHarness(own).resolve("example.com", "SOA").nameserver()).isEqualTo("ns-7.awsdns-07.net");
    }
}
