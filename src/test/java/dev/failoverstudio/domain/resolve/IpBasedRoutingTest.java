package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** §7.8 IP-based routing: R130–R137 with A18–A21 and A41. */
class IpBasedRoutingTest {

    private static final String COLLECTION = "3f2c6a1e-0000-4000-8000-000000000001";

    private static ZoneFixture zone() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.cidr(COLLECTION, "office", "192.0.2.0/24", "2001:db8:1234::/48");
        z.cidr(COLLECTION, "isp", "2001:db8::/32");
        z.cidr(COLLECTION, "wide", "10.0.0.0/8");
        z.cidr(COLLECTION, "narrow", "10.1.0.0/16");
        z.cidr(COLLECTION, "unused", "10.2.0.0/16", "172.16.0.0/12");
        return z;
    }

    private static ZoneFixture standard() {
        ZoneFixture z = zone();
        z.add("www", RecordType.A).cidr("office", COLLECTION, "office").healthCheck("hc-office").values("office");
        z.add("www", RecordType.A).cidr("isp", COLLECTION, "isp").healthCheck("hc-isp").values("isp");
        z.add("www", RecordType.A).cidr("wide", COLLECTION, "wide").healthCheck("hc-wide").values("wide");
        z.add("www", RecordType.A).cidr("narrow", COLLECTION, "narrow").healthCheck("hc-narrow").values("narrow");
        z.add("www", RecordType.A).cidr("default", COLLECTION, "*").healthCheck("hc-default").values("default");
        return z;
    }

    private static String answer(ZoneFixture z, ClientContext client, String... unhealthy) {
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A", client,
                FixedHealth.allHealthy().unhealthy(unhealthy));
        assertThat(r.answers()).hasSizeLessThanOrEqualTo(1);
        return r.answers().isEmpty() ? null : r.answers().get(0);
    }

    private static ClientContext ecs(String subnet) {
        return ClientContext.UNMAPPED.withEcsSubnet(subnet);
    }

    private static ClientContext resolver(String ip) {
        return ClientContext.UNMAPPED.withIp(ip);
    }

    @Test
    void r130_aLocationMayListIpv4AndIpv6Blocks() {
        ZoneFixture z = standard();
        assertThat(answer(z, ecs("192.0.2.0/24"))).isEqualTo("office");
        assertThat(answer(z, ecs("2001:db8:1234:5600::/56"))).isEqualTo("office");
        assertThat(answer(z, resolver("192.0.2.53"))).isEqualTo("office");
    }

    @Test
    void r131_theDefaultLocationStarCatchesEveryOtherClient() {
        ZoneFixture z = standard();
        assertThat(answer(z, ecs("203.0.113.0/24"))).isEqualTo("default");
        assertThat(answer(z, ClientContext.UNMAPPED)).isEqualTo("default");
    }

    @Test
    void r132_theEcsSubnetWinsOverTheResolverAddress() {
        ZoneFixture z = standard();
        ClientContext both = resolver("10.1.0.53").withEcsSubnet("192.0.2.0/24");
        assertThat(answer(z, both)).isEqualTo("office");
        assertThat(answer(z, resolver("10.1.0.53"))).isEqualTo("narrow");
        // an unparsable subnet falls back to the resolver address
        assertThat(answer(z, resolver("10.1.0.53").withEcsSubnet("not-a-subnet"))).isEqualTo("narrow");
    }

    @Test
    void r133_a41_aBlockMatchesOnlyPrefixesAtLeastAsLongAsItself() {
        ZoneFixture z = standard();
        // the DG's example: a /48 query inside the /32 block matches it...
        assertThat(answer(z, ecs("2001:db8:abcd::/48"))).isEqualTo("isp");
        // ...and a /32 query is matched by the /32 block (equal lengths match)
        assertThat(answer(z, ecs("2001:db8::/32"))).isEqualTo("isp");
        ZoneFixture onlyOffice = zone();
        onlyOffice.add("www", RecordType.A).cidr("office", COLLECTION, "office").values("office");
        onlyOffice.add("www", RecordType.A).cidr("default", COLLECTION, "*").values("default");
        // a /32 query does not match the /48 block even though its address lies inside: default
        assertThat(answer(onlyOffice, ecs("2001:db8:1234::/32"))).isEqualTo("default");
        assertThat(answer(onlyOffice, ecs("2001:db8:1234::/48"))).isEqualTo("office");
        // a /16 query is shorter than the /24 block: no match
        assertThat(answer(onlyOffice, ecs("192.0.0.0/16"))).isEqualTo("default");
        // host bits of the client prefix beyond its length are ignored
        assertThat(answer(onlyOffice, ecs("192.0.2.77/24"))).isEqualTo("office");
        assertThat(answer(onlyOffice, ecs("192.0.3.77/23"))).isEqualTo("default");
    }

    @Test
    void a18_theLongestMatchingBlockWins() {
        ZoneFixture z = standard();
        assertThat(answer(z, resolver("10.1.2.3"))).isEqualTo("narrow");
        assertThat(answer(z, resolver("10.3.2.3"))).isEqualTo("wide");
        assertThat(answer(z, ecs("10.1.0.0/16"))).isEqualTo("narrow");
        assertThat(answer(z, ecs("10.0.0.0/12"))).isEqualTo("wide");
    }

    @Test
    void a19_onlyLocationsReferencedByTheGroupCount() {
        ZoneFixture z = zone();
        z.add("www", RecordType.A).cidr("wide", COLLECTION, "wide").values("wide");
        z.add("www", RecordType.A).cidr("default", COLLECTION, "*").values("default");
        // narrow (10.1/16) is longer but not referenced here: wide answers
        assertThat(answer(z, resolver("10.1.2.3"))).isEqualTo("wide");
        // a client matching only a location without record set falls to the default
        assertThat(answer(z, resolver("172.16.5.5"))).isEqualTo("default");
    }

    @Test
    void r134_a20_theMatchedLocationThenTheDefaultAndLastResortTheMatchedOne() {
        ZoneFixture z = standard();
        ClientContext office = ecs("192.0.2.0/24");
        assertThat(answer(z, office, "hc-office")).isEqualTo("default");
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A", office,
                FixedHealth.allHealthy().unhealthy("hc-office", "hc-default"));
        assertThat(r.answers()).containsExactly("office");
        assertThat(r.trace()).anyMatch(s -> s.step().equals("last resort") && s.rule().equals("R134"));
        // other matching locations (here wide for a narrow client) are not fallbacks
        assertThat(answer(z, resolver("10.1.2.3"), "hc-narrow")).isEqualTo("default");
    }

    @Test
    void r135_a21_noMatchAndNoDefaultAnswersNodata() {
        ZoneFixture z = zone();
        z.add("www", RecordType.A).cidr("office", COLLECTION, "office").values("office");
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A", ecs("203.0.113.0/24"));
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).isEmpty();
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R135"));
    }

    @Test
    void r136_ipBasedRecordsOverrideGeolocationThroughADefaultAlias() {
        ZoneFixture z = zone();
        z.add("www", RecordType.A).cidr("office", COLLECTION, "office").values("office");
        z.add("www", RecordType.A).cidr("default", COLLECTION, "*").alias("geo", true);
        z.add("geo", RecordType.A).geo("de", GeoLocation.country("DE")).values("geo-de");
        z.add("geo", RecordType.A).geo("default", GeoLocation.defaultLocation()).values("geo-default");
        assertThat(answer(z, ecs("192.0.2.0/24").withCountry("DE"))).isEqualTo("office");
        assertThat(answer(z, ecs("203.0.113.0/24").withCountry("DE"))).isEqualTo("geo-de");
        assertThat(answer(z, ecs("203.0.113.0/24").withCountry("JP"))).isEqualTo("geo-default");
    }

    @Test
    void r137_anIpBasedTargetIsHealthyWhenItsChainForTheClientHasAHealthyRecordSet() {
        ZoneFixture z = zone();
        z.add("www", RecordType.A).primary("p").alias("cidr", true);
        z.add("www", RecordType.A).secondary("s").values("backup");
        z.add("cidr", RecordType.A).cidr("office", COLLECTION, "office").healthCheck("hc-office").values("office");
        z.add("cidr", RecordType.A).cidr("wide", COLLECTION, "wide").healthCheck("hc-wide").values("wide");
        ClientContext office = ecs("192.0.2.0/24");
        assertThat(answer(z, office, "hc-wide")).isEqualTo("office");
        assertThat(answer(z, office, "hc-office")).isEqualTo("backup");
        // no match and no default: an empty chain is unhealthy
        assertThat(answer(z, ecs("203.0.113.0/24"))).isEqualTo("backup");
    }
}
