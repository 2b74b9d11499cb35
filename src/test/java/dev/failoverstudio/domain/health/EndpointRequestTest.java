package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a checker sends: Host header and path (HC12), SNI name (HC3), Regions (HC10) and timing (HC8, HC18). */
class EndpointRequestTest {

    private static EndpointCheck check(HealthCheckType type, Long port, String fqdn, String ip, String path) {
        return new EndpointCheck(type, ip, port, fqdn, path, null, null, null, List.of(), true, false);
    }

    private static EndpointCheck timed(Long interval, Long threshold) {
        return new EndpointCheck(HealthCheckType.HTTP, "192.0.2.1", 80L, null, "/", null, interval, threshold,
                List.of(), false, false);
    }

    // ---- HC12 ----

    @ParameterizedTest(name = "HC12 {0} on port {1} sends Host {2}")
    @CsvSource({
            "HTTP,            80,   www.example.com",
            "HTTP_STR_MATCH,  80,   www.example.com",
            "HTTPS,           443,  www.example.com",
            "HTTPS_STR_MATCH, 443,  www.example.com",
            "HTTP,            8080, www.example.com:8080",
            "HTTP,            443,  www.example.com:443",
            "HTTPS,           80,   www.example.com:80",
            "HTTPS,           8443, www.example.com:8443",
    })
    void hc12_hostHeaderIsTheNameWithThePortUnlessItIsTheDefault(HealthCheckType type, long port, String host) {
        assertThat(HostHeader.forCheck(check(type, port, "www.example.com", "192.0.2.1", "/"))).contains(host);
    }

    @Test
    void hc12_withoutDomainNameTheIpAddressIsUsed() {
        assertThat(HostHeader.forCheck(check(HealthCheckType.HTTP, 80L, null, "192.0.2.1", "/"))).contains("192.0.2.1");
        assertThat(HostHeader.forCheck(check(HealthCheckType.HTTPS, 8443L, null, "192.0.2.1", "/")))
                .contains("192.0.2.1:8443");
        assertThat(HostHeader.forCheck(check(HealthCheckType.HTTP, 8080L, null, "2001:db8::1", "/")))
                .contains("[2001:db8::1]:8080");
    }

    @Test
    void hc12_tcpSendsNoHostHeaderAndNoPath() {
        EndpointCheck tcp = check(HealthCheckType.TCP, 22L, "ssh.example.com", null, null);

        assertThat(HostHeader.forCheck(tcp)).isEmpty();
        assertThat(RequestPath.forCheck(tcp)).isEmpty();
    }

    @Test
    void hc12_aMissingPortMeansTheDefaultPortOfTheType() {
        assertThat(HostHeader.forCheck(check(HealthCheckType.HTTPS, null, "www.example.com", null, "/")))
                .contains("www.example.com");
        assertThat(HostHeader.effectivePort(check(HealthCheckType.HTTP, null, null, "192.0.2.1", "/"))).isEqualTo(80);
    }

    @Test
    void hc12_aResourcePathWithoutLeadingSlashGetsOne() {
        assertThat(RequestPath.forCheck(check(HealthCheckType.HTTP, 80L, null, "192.0.2.1", "health?deep=1")))
                .contains("/health?deep=1");
        assertThat(RequestPath.normalize("/status")).isEqualTo("/status");
        assertThat(RequestPath.normalize(null)).isEqualTo("/");
        assertThat(RequestPath.normalize("")).isEqualTo("/");
    }

    @Test
    void hc3_sniCarriesTheDomainNameOnlyForHttpsWithEnableSni() {
        assertThat(TlsServerName.forCheck(check(HealthCheckType.HTTPS, 443L, "www.example.com", null, "/")))
                .contains("www.example.com");
        assertThat(TlsServerName.forCheck(check(HealthCheckType.HTTP, 80L, "www.example.com", null, "/"))).isEmpty();
        assertThat(TlsServerName.forCheck(check(HealthCheckType.HTTPS, 443L, null, "192.0.2.1", "/"))).isEmpty();
    }

    // ---- HC10 ----

    @Test
    void hc10_theDefaultRegionsAreTheEightCheckerRegions() {
        assertThat(CheckerRegions.forCheck(EndpointCheck.http("192.0.2.1"))).containsExactly("us-east-1", "us-west-1",
                "us-west-2", "eu-west-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1");
    }

    @Test
    void hc10_aCustomListIsUsedWithoutDuplicates() {
        EndpointCheck custom = EndpointCheck.http("192.0.2.1")
                .withRegions(List.of("eu-west-1", "us-east-1", "eu-west-1", "sa-east-1"));

        assertThat(CheckerRegions.forCheck(custom)).containsExactly("eu-west-1", "us-east-1", "sa-east-1");
        assertThat(CheckerRegions.isDefaultRegion("eu-west-1")).isTrue();
        assertThat(CheckerRegions.isDefaultRegion("eu-central-1")).isFalse();
        assertThat(CheckerRegions.MINIMUM_CUSTOM_REGIONS).isEqualTo(3);
    }

    // ---- HC8, HC18 ----

    @Test
    void hc8_theNextProbeFollowsTheResponseAfterTheRequestInterval() {
        assertThat(ProbeTiming.nextProbeAtMillis(timed(null, null), 1_000)).isEqualTo(31_000);
        assertThat(ProbeTiming.nextProbeAtMillis(timed(10L, null), 1_000)).isEqualTo(11_000);
    }

    @Test
    void hc8_anEndpointSeesAboutOneProbeEveryTwoSecondsAtThirtySeconds() {
        assertThat(ProbeTiming.probesPerSecondAtEndpoint(timed(30L, null))).isEqualTo(0.5);
        assertThat(ProbeTiming.probesPerSecondAtEndpoint(timed(10L, null))).isGreaterThan(1.0);
    }

    @Test
    void hc18_aCheckerNeedsAboutThresholdTimesIntervalToChangeItsOpinion() {
        assertThat(ProbeTiming.detectionSeconds(timed(null, null))).isEqualTo(90);
        assertThat(ProbeTiming.detectionSeconds(timed(10L, 1L))).isEqualTo(10);
        assertThat(ProbeTiming.detectionSeconds(timed(30L, 10L))).isEqualTo(300);
    }
}
