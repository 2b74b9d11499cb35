package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.failoverstudio.domain.resolve.EngineHarness.set;
import static org.assertj.core.api.Assertions.assertThat;

/** §9 CNAME versus alias: R160–R166 with A3. */
class CnameTest {

    @Test
    void r160_a3_theAnswerHoldsOnlyTheChosenCnameRecord() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.CNAME).ttl(300).values("web.example.com.");
        z.add("web", RecordType.A).values("192.0.2.1");
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A");
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).containsExactly("web.example.com.");
        assertThat(r.answerType()).isEqualTo("CNAME");
        assertThat(r.ttl()).isEqualTo(300L);
        assertThat(r.answers()).doesNotContain("192.0.2.1");
    }

    @Test
    void r160_cnameGroupsUseRoutingPolicies() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.CNAME).weighted("a", 1).values("a.example.net.");
        z.add("www", RecordType.CNAME).weighted("b", 3).values("b.example.net.");
        z.add("api", RecordType.CNAME).primary("p").healthCheck("hc-p").values("primary.example.net.");
        z.add("api", RecordType.CNAME).secondary("s").values("secondary.example.net.");
        z.add("geo", RecordType.CNAME).geo("de", GeoLocation.country("DE")).values("de.example.net.");
        z.add("geo", RecordType.CNAME).geo("def", GeoLocation.defaultLocation()).values("global.example.net.");
        EngineHarness h = new EngineHarness(z);
        Stats.assertDistribution(h.sample("www.example.com", "A", FixedHealth.allHealthy(), 160), Stats.N,
                Map.of(set("a.example.net."), 0.25, set("b.example.net."), 0.75));
        assertThat(h.resolve("api.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-p")).answers())
                .containsExactly("secondary.example.net.");
        assertThat(h.resolve("geo.example.com", "AAAA", ClientContext.country("DE")).answers())
                .containsExactly("de.example.net.");
    }

    @Test
    void r161_aCnameRedirectsQueriesOfEveryType() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.CNAME).values("web.example.net.");
        EngineHarness h = new EngineHarness(z);
        for (String type : List.of("A", "AAAA", "MX", "TXT", "SRV", "CAA", "CNAME", "LOC")) {
            Resolution r = h.resolve("www.example.com", type);
            assertThat(r.answers()).as(type).containsExactly("web.example.net.");
            assertThat(r.answerType()).as(type).isEqualTo("CNAME");
        }
    }

    @Test
    void r162_aNameWithACnameHasNoOtherTypeOtherwiseTheQueriedGroupWins() {
        // V40 rejects this zone; the engine still answers it deterministically: the queried type first (R23)
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.CNAME).values("web.example.net.");
        z.add("www", RecordType.A).values("192.0.2.1");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A").answers()).containsExactly("192.0.2.1");
        assertThat(h.resolve("www.example.com", "AAAA").answers()).containsExactly("web.example.net.");
    }

    @Test
    void r163_aCnameAtTheApexDoesNotHideTheSoaAndNs() {
        // V41 rejects a CNAME at the apex; if one is there, SOA and NS are still the zone's own
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("@", RecordType.CNAME).values("elsewhere.example.net.");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("example.com", "SOA").answerType()).isEqualTo("SOA");
        assertThat(h.resolve("example.com", "NS").answers()).hasSize(4);
        assertThat(h.resolve("example.com", "A").answers()).containsExactly("elsewhere.example.net.");
    }

    @Test
    void r163_anAliasAtTheApexIsTheWayToPointItElsewhere() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("@", RecordType.A).alias("www", false);
        z.add("www", RecordType.A).values("192.0.2.1");
        Resolution r = new EngineHarness(z).resolve("example.com", "A");
        assertThat(r.answers()).containsExactly("192.0.2.1");
        assertThat(r.answerType()).isEqualTo("A");
    }

    @Test
    void r164_aCnameMayPointAnywhereAndIsReturnedAsWritten() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("shop", RecordType.CNAME).values("shops.myshopify.com");
        Resolution r = new EngineHarness(z).resolve("shop.example.com", "A");
        assertThat(r.answers()).containsExactly("shops.myshopify.com");
    }

    @Test
    void r165_aCnameShowsAsCnameAnAliasAsItsRecordType() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("c", RecordType.CNAME).values("web.example.com.");
        z.add("alias", RecordType.A).alias("web", false);
        z.add("web", RecordType.A).values("192.0.2.1");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("c.example.com", "A").answerType()).isEqualTo("CNAME");
        assertThat(h.resolve("alias.example.com", "A").answerType()).isEqualTo("A");
    }

    @Test
    void r166_anAliasOfTypeCnameAnswersWithTheCnameChosenInItsTargetGroup() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("app", RecordType.CNAME).alias("blue-green", true);
        z.add("blue-green", RecordType.CNAME).primary("blue").healthCheck("hc-blue").values("blue.example.net.");
        z.add("blue-green", RecordType.CNAME).secondary("green").values("green.example.net.");
        EngineHarness h = new EngineHarness(z);
        Resolution r = h.resolve("app.example.com", "A");
        assertThat(r.answers()).containsExactly("blue.example.net.");
        assertThat(r.answerType()).isEqualTo("CNAME");
        assertThat(h.resolve("app.example.com", "CNAME", FixedHealth.allHealthy().unhealthy("hc-blue")).answers())
                .containsExactly("green.example.net.");
    }
}
