package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** §10 client location, resolvers and EDNS0 client subnet: R170–R174. */
class ClientLocationTest {

    private static final String COLLECTION = "c0ffee00-0000-4000-8000-000000000001";

    private static ZoneFixture cidrZone(boolean privateZone) {
        ZoneFixture z = new ZoneFixture("example.com.");
        if (privateZone) {
            z.privateZone();
        }
        z.cidr(COLLECTION, "customers", "203.0.113.0/24", "2001:db8:1:2::/64");
        z.cidr(COLLECTION, "resolvers", "192.0.2.0/24");
        z.cidr(COLLECTION, "narrow6", "2001:db8:1:2:3::/80");
        z.add("www", RecordType.A).cidr("customers", COLLECTION, "customers").values("customers");
        z.add("www", RecordType.A).cidr("resolvers", COLLECTION, "resolvers").values("resolvers");
        z.add("www", RecordType.A).cidr("narrow6", COLLECTION, "narrow6").values("narrow6");
        z.add("www", RecordType.A).cidr("default", COLLECTION, "*").values("default");
        z.add("geo", RecordType.A).geo("de", GeoLocation.country("DE")).values("de");
        z.add("geo", RecordType.A).geo("us", GeoLocation.country("US")).values("us");
        z.add("geo", RecordType.A).geo("na", GeoLocation.continent("NA")).values("na");
        z.add("geo", RecordType.A).geo("def", GeoLocation.defaultLocation()).values("default");
        return z;
    }

    private static String answer(EngineHarness h, String name, ClientContext client) {
        Resolution r = h.resolve(name, "A", client);
        assertThat(r.answers()).hasSizeLessThanOrEqualTo(1);
        return r.answers().isEmpty() ? null : r.answers().get(0);
    }

    @Test
    void r170_theClientSubnetLocatesTheClientOtherwiseTheResolverDoes() {
        EngineHarness h = new EngineHarness(cidrZone(false));
        ClientContext viaResolver = ClientContext.UNMAPPED.withIp("192.0.2.53");
        assertThat(answer(h, "www.example.com", viaResolver)).isEqualTo("resolvers");
        assertThat(answer(h, "www.example.com", viaResolver.withEcsSubnet("203.0.113.0/24"))).isEqualTo("customers");
        Resolution r = h.resolve("www.example.com", "A", viaResolver.withEcsSubnet("203.0.113.0/24"));
        assertThat(r.trace()).anyMatch(s -> s.decision().contains("EDNS0 client subnet"));
    }

    @Test
    void r171_privateZonesIgnoreTheClientSubnetAndUseTheVpcRegion() {
        EngineHarness h = new EngineHarness(cidrZone(true));
        ClientContext client = ClientContext.country("DE").withRegion("us-west-2").withIp("192.0.2.53")
                .withEcsSubnet("203.0.113.0/24");
        assertThat(answer(h, "www.example.com", client)).isEqualTo("resolvers");
        assertThat(answer(h, "geo.example.com", client)).isEqualTo("us");
        Resolution r = h.resolve("geo.example.com", "A", client);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R171"));
        // the same client in a public zone: the subnet and the given country count
        EngineHarness pub = new EngineHarness(cidrZone(false));
        assertThat(answer(pub, "www.example.com", client)).isEqualTo("customers");
        assertThat(answer(pub, "geo.example.com", client)).isEqualTo("de");
    }

    @Test
    void r172_aBareSubnetAddressGetsTheTestToolsDefaultMask() {
        EngineHarness h = new EngineHarness(cidrZone(false));
        // /24 by default: the /24 block matches
        assertThat(answer(h, "www.example.com", ClientContext.UNMAPPED.withEcsSubnet("203.0.113.77")))
                .isEqualTo("customers");
        // /64 by default for IPv6: the /64 block matches, the /80 block inside it does not
        assertThat(answer(h, "www.example.com", ClientContext.UNMAPPED.withEcsSubnet("2001:db8:1:2:3::1")))
                .isEqualTo("customers");
        assertThat(answer(h, "www.example.com", ClientContext.UNMAPPED.withEcsSubnet("2001:db8:1:2:3::1/96")))
                .isEqualTo("narrow6");
    }

    @Test
    void r172_withoutAnyClientInformationTheUsEast1ResolverIsAssumed() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).latency("iad", "us-east-1").values("iad");
        z.add("www", RecordType.A).latency("pdx", "us-west-2").values("pdx");
        assertThat(answer(new EngineHarness(z), "www.example.com", ClientContext.UNMAPPED)).isEqualTo("iad");
    }

    @Test
    void r173_preResolvedAttributesDescribeTheClient() {
        EngineHarness h = new EngineHarness(cidrZone(false));
        // missing continent derived from the country (M1)
        assertThat(answer(h, "geo.example.com", ClientContext.country("MX"))).isEqualTo("na");
        // a subdivision alone is a US state
        assertThat(answer(h, "geo.example.com", ClientContext.UNMAPPED.withSubdivision("TX"))).isEqualTo("us");
        // ...and so lies in North America
        ZoneFixture continentOnly = new ZoneFixture("example.com.");
        continentOnly.add("geo", RecordType.A).geo("na", GeoLocation.continent("NA")).values("na");
        continentOnly.add("geo", RecordType.A).geo("def", GeoLocation.defaultLocation()).values("default");
        assertThat(answer(new EngineHarness(continentOnly), "geo.example.com",
                ClientContext.UNMAPPED.withSubdivision("TX"))).isEqualTo("na");
        // no geographic attribute at all: unmapped, default only
        assertThat(answer(h, "geo.example.com", ClientContext.UNMAPPED.withRegion("eu-central-1")))
                .isEqualTo("default");
        assertThat(answer(h, "geo.example.com", ClientContext.UNMAPPED)).isEqualTo("default");
        // codes are case-insensitive
        assertThat(answer(h, "geo.example.com", ClientContext.country(" de "))).isEqualTo("de");
    }

    @Test
    void r174_theEffectivePrefixIsTheMaskedSubnetElseTheResolverAddressElseNone() {
        EngineHarness h = new EngineHarness(cidrZone(false));
        // host bits beyond the subnet length are ignored
        assertThat(answer(h, "www.example.com", ClientContext.UNMAPPED.withEcsSubnet("203.0.113.200/24")))
                .isEqualTo("customers");
        // the resolver address counts as a /32
        assertThat(answer(h, "www.example.com", ClientContext.UNMAPPED.withIp("203.0.113.9"))).isEqualTo("customers");
        // a resolver "address" with a prefix is not an address
        assertThat(answer(h, "www.example.com", ClientContext.UNMAPPED.withIp("203.0.113.0/24"))).isEqualTo("default");
        // no prefix at all: only the default can match
        assertThat(answer(h, "www.example.com", ClientContext.country("DE"))).isEqualTo("default");
    }
}
