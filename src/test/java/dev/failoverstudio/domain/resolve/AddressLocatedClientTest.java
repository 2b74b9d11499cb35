package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R170/R173 with scenario-format.md "client": a client given only by resolver address or client subnet is
 * located with the bundled address table; the subnet wins over the resolver (R174); addresses nobody can
 * place are unmapped (R104).
 */
class AddressLocatedClientTest {

    private final EngineHarness h = new EngineHarness(zone());

    private static HostedZone zone() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).geo("us", GeoLocation.country("US")).values("192.0.2.1");
        z.add("www", RecordType.A).geo("oceania", GeoLocation.continent("OC")).values("192.0.2.2");
        z.add("www", RecordType.A).geo("de", GeoLocation.country("DE")).values("192.0.2.3");
        z.add("www", RecordType.A).geo("default", GeoLocation.defaultLocation()).values("192.0.2.9");
        return z.build();
    }

    private static ClientContext client(String ip, String ecs) {
        return ClientContext.UNMAPPED.withIp(ip).withEcsSubnet(ecs);
    }

    @Test
    void r170_resolverAddressIsLocatedWhenNoSubnetIsSent() {
        Resolution r = h.resolve("www.example.com", "A", client("8.8.8.8", null), FixedHealth.allHealthy());
        assertThat(r.answers()).containsExactly("192.0.2.1");
        assertThat(r.trace()).anyMatch(s -> s.decision().contains("resolver address 8.8.8.8/32 is in US"));
    }

    @Test
    void r174_clientSubnetWinsOverTheResolverAddress() {
        Resolution r = h.resolve("www.example.com", "A", client("8.8.8.8", "2a00:1450:4001::/56"),
                FixedHealth.allHealthy());
        assertThat(r.answers()).containsExactly("192.0.2.3");
    }

    @Test
    void r101_locatedCountryBringsItsContinent() {
        Resolution r = h.resolve("www.example.com", "A", client("1.1.1.1", null), FixedHealth.allHealthy());
        assertThat(r.answers()).as("AU is in Oceania (M1)").containsExactly("192.0.2.2");
    }

    @Test
    void r104_unlocatableAddressesGetTheDefault() {
        Resolution r = h.resolve("www.example.com", "A", client("192.168.10.10", null), FixedHealth.allHealthy());
        assertThat(r.answers()).containsExactly("192.0.2.9");
    }

    @Test
    void r104_r174_anUnlocatableClientSubnetWinsOverALocatedResolver() {
        Resolution r = h.resolve("www.example.com", "A", client("8.8.8.8", "10.1.2.0/24"), FixedHealth.allHealthy());
        assertThat(r.answers()).as("the subnet is private: unmapped, not the resolver's US").containsExactly("192.0.2.9");
    }

    @Test
    void r104_unlocatableIpv6ResolverGetsTheDefault() {
        Resolution r = h.resolve("www.example.com", "A", client("fc00::53", null), FixedHealth.allHealthy());
        assertThat(r.answers()).containsExactly("192.0.2.9");
    }

    @Test
    void r173_givenGeographyIsNeverOverriddenByTheAddress() {
        Resolution r = h.resolve("www.example.com", "A", client("8.8.8.8", null).withCountry("DE"),
                FixedHealth.allHealthy());
        assertThat(r.answers()).containsExactly("192.0.2.3");
    }
}
