package dev.failoverstudio.io.assets;

import dev.failoverstudio.domain.geo.IpCountryTable;
import dev.failoverstudio.domain.net.IpPrefix;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled DB-IP Lite tables load and place well-known addresses (spot checks from assets/geo research). */
class IpCountryTableLoaderTest {

    private static final IpCountryTable TABLE = GeoTablesLoader.loadBundled().ipCountries();

    private static String country(String address) {
        return TABLE.country(IpPrefix.parse(address).orElseThrow()).orElse("none");
    }

    @Test
    void r170_bothFamiliesLoadCompletely() {
        assertThat(TABLE.ipv4Ranges()).isGreaterThan(300_000);
        assertThat(TABLE.ipv6Ranges()).isGreaterThan(300_000);
    }

    @Test
    void r170_wellKnownPublicAddressesAreLocated() {
        assertThat(country("8.8.8.8")).isEqualTo("US");
        assertThat(country("1.1.1.1")).isEqualTo("AU");
        assertThat(country("200.160.2.3")).isEqualTo("BR");
        assertThat(country("41.0.0.1")).isEqualTo("ZA");
        assertThat(country("2a00:1450:4001::1")).isEqualTo("DE");
    }

    @Test
    void r170_rootServersRegistriesAndResolversAreLocated() {
        assertThat(country("9.9.9.9")).as("Quad9").isEqualTo("US");
        assertThat(country("193.0.6.139")).as("RIPE NCC, Amsterdam").isEqualTo("NL");
        assertThat(country("202.12.27.33")).as("M root server, Tokyo").isEqualTo("JP");
        assertThat(country("81.2.69.160")).as("London").isEqualTo("GB");
    }

    @Test
    void r104_sharedLinkLocalLoopbackAndUniqueLocalSpaceIsNowhere() {
        assertThat(country("100.64.0.1")).as("carrier-grade NAT").isEqualTo("none");
        assertThat(country("169.254.1.1")).as("link-local").isEqualTo("none");
        assertThat(country("127.0.0.1")).as("loopback").isEqualTo("none");
        assertThat(country("fe80::1")).as("IPv6 link-local").isEqualTo("none");
        assertThat(country("fc00::1")).as("IPv6 unique local").isEqualTo("none");
    }

    @Test
    void r104_privateDocumentationAndReservedSpaceIsNowhere() {
        assertThat(country("192.168.1.1")).isEqualTo("none");
        assertThat(country("10.0.0.1")).isEqualTo("none");
        assertThat(country("2001:db8::1")).isEqualTo("none");
        assertThat(country("255.255.255.255")).isEqualTo("none");
    }

    @Test
    void r133_aSubnetIsLocatedByItsNetworkAddress() {
        assertThat(TABLE.country(IpPrefix.parse("8.8.8.77/24").orElseThrow().masked())).contains("US");
    }
}
