package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One checker's verdict on one probe: HC3, HC4, HC5, HC6, HC11. */
class ProbeJudgeTest {

    private static EndpointCheck check(HealthCheckType type, String searchString, boolean sni, String fqdn) {
        return new EndpointCheck(type, "192.0.2.44", null, fqdn, "/health", searchString, null, null, List.of(), sni,
                false);
    }

    private static final EndpointCheck HTTP = check(HealthCheckType.HTTP, null, false, null);
    private static final EndpointCheck HTTPS = check(HealthCheckType.HTTPS, null, false, "www.example.com");
    private static final EndpointCheck HTTPS_SNI = check(HealthCheckType.HTTPS, null, true, "www.example.com");
    private static final EndpointCheck MATCH = check(HealthCheckType.HTTP_STR_MATCH, "ready", false, null);
    private static final EndpointCheck TCP = check(HealthCheckType.TCP, null, false, null);

    private static ProbeResponse withBody(String body) {
        return ProbeResponse.ok().withBody(body, null, 100L);
    }

    // ---- HC3 ----

    @Test
    void hc3_aQuick200Passes() {
        assertThat(ProbeJudge.judge(HTTP, ProbeResponse.ok()))
                .isEqualTo(new ProbeResult(true, "HTTP 200 after 50 ms", "HC3"));
    }

    @ParameterizedTest(name = "HC3 connect after {0} ms passes: {1}")
    @CsvSource({"4000, true", "4001, false"})
    void hc3_theConnectionMustBeMadeWithinFourSeconds(long millis, boolean passes) {
        assertThat(ProbeJudge.passes(HTTP, ProbeResponse.ok().withConnectMillis(millis))).isEqualTo(passes);
        assertThat(ProbeJudge.passes(HTTPS, ProbeResponse.ok().withConnectMillis(millis))).isEqualTo(passes);
    }

    @Test
    void hc3_noConnectionFails() {
        assertThat(ProbeJudge.judge(HTTP, ProbeResponse.connectionFailed()))
                .isEqualTo(new ProbeResult(false, "no TCP connection", "HC3"));
    }

    @ParameterizedTest(name = "HC3 status {0} passes: {1}")
    @CsvSource({"199, false", "200, true", "301, true", "399, true", "400, false", "404, false", "503, false"})
    void hc3_statusMustBeFrom200To399(int status, boolean passes) {
        ProbeResult result = ProbeJudge.judge(HTTP, ProbeResponse.ok().withStatus(status, 100L));

        assertThat(result.passed()).isEqualTo(passes);
        assertThat(result.rule()).isEqualTo("HC3");
    }

    @Test
    void hc3_theStatusMustArriveWithinTwoSeconds() {
        assertThat(ProbeJudge.passes(HTTP, ProbeResponse.ok().withStatus(200, 2_000L))).isTrue();
        assertThat(ProbeJudge.judge(HTTP, ProbeResponse.ok().withStatus(200, 2_001L)))
                .isEqualTo(new ProbeResult(false, "HTTP status came after 2001 ms, limit 2 s", "HC3"));
        assertThat(ProbeJudge.passes(HTTP, ProbeResponse.ok().withStatus(null, null))).isFalse();
    }

    @Test
    void hc3_anInvalidCertificateDoesNotFailHttps() {
        assertThat(ProbeJudge.passes(HTTPS, ProbeResponse.ok().withTls(true, false, false))).isTrue();
    }

    @Test
    void hc3_aFailedTlsHandshakeFailsHttpsButNotHttp() {
        ProbeResponse response = ProbeResponse.ok().withTls(false, true, false);

        assertThat(ProbeJudge.judge(HTTPS, response))
                .isEqualTo(new ProbeResult(false, "TLS handshake (TLS 1.0 or later) failed", "HC3"));
        assertThat(ProbeJudge.passes(HTTP, response)).isTrue();
    }

    @Test
    void hc3_aServerNeedingSniFailsWithoutEnableSni() {
        ProbeResponse needsSni = ProbeResponse.ok().withTls(true, true, true);

        assertThat(ProbeJudge.judge(HTTPS, needsSni)).isEqualTo(new ProbeResult(false,
                "TLS handshake failed: the server needs the host name (SNI), and the check does not send one", "HC3"));
        assertThat(ProbeJudge.passes(HTTPS_SNI, needsSni)).isTrue();
    }

    @Test
    void hc3_enableSniWithoutDomainNameSendsNothing() {
        EndpointCheck sniByIp = check(HealthCheckType.HTTPS, null, true, null);

        assertThat(ProbeJudge.passes(sniByIp, ProbeResponse.ok().withTls(true, true, true))).isFalse();
    }

    // ---- HC4 ----

    @Test
    void hc4_theSearchStringFoundInTheBodyPasses() {
        assertThat(ProbeJudge.judge(MATCH, withBody("status: ready")))
                .isEqualTo(new ProbeResult(true, "HTTP 200 and \"ready\" found in the body", "HC4"));
    }

    @Test
    void hc4_theSearchIsCaseSensitive() {
        assertThat(ProbeJudge.judge(MATCH, withBody("status: READY")))
                .isEqualTo(new ProbeResult(false, "\"ready\" is not in the first 5,120 bytes of the body", "HC4"));
    }

    @Test
    void hc4_theStringMustLieEntirelyWithinTheFirst5120Bytes() {
        String padding = "x".repeat(5_120 - "ready".length());

        assertThat(ProbeJudge.passes(MATCH, withBody(padding + "ready"))).isTrue();
        assertThat(ProbeJudge.passes(MATCH, withBody(padding + "xready"))).isFalse();
        assertThat(ProbeJudge.passes(MATCH, withBody("x".repeat(6_000) + "ready"))).isFalse();
    }

    @Test
    void hc4_theLimitCountsBytesNotCharacters() {
        // "é" is two bytes in UTF-8: 2,558 of them fill 5,116 bytes, leaving 4 bytes, too few for "ready".
        String padding = "é".repeat(2_558);

        assertThat(ProbeJudge.passes(MATCH, withBody(padding + "ready"))).isFalse();
        assertThat(ProbeJudge.passes(MATCH, withBody("é".repeat(2_557) + "ready"))).isTrue();
    }

    @ParameterizedTest(name = "HC4 Content-Encoding {0} is readable")
    @ValueSource(strings = {"gzip", "deflate", "GZIP", "identity", "gzip, deflate"})
    void hc4_gzipAndDeflateBodiesAreDecompressedFirst(String encoding) {
        assertThat(ProbeJudge.passes(MATCH, ProbeResponse.ok().withBody("ready", encoding, 10L))).isTrue();
    }

    @ParameterizedTest(name = "HC4 Content-Encoding {0} fails")
    @ValueSource(strings = {"br", "compress", "zstd", "gzip, br"})
    void hc4_otherContentEncodingsFail(String encoding) {
        ProbeResult result = ProbeJudge.judge(MATCH, ProbeResponse.ok().withBody("ready", encoding, 10L));

        assertThat(result.passed()).isFalse();
        assertThat(result.rule()).isEqualTo("HC4");
    }

    @Test
    void hc4_theBodyMustArriveWithinTwoMoreSeconds() {
        assertThat(ProbeJudge.passes(MATCH, ProbeResponse.ok().withBody("ready", null, 2_000L))).isTrue();
        assertThat(ProbeJudge.judge(MATCH, ProbeResponse.ok().withBody("ready", null, 2_001L))).isEqualTo(
                new ProbeResult(false, "body did not arrive within 2 s after the status line", "HC4"));
    }

    @Test
    void hc4_theStatusRuleStillApplies() {
        ProbeResponse error = withBody("ready").withStatus(500, 10L);

        assertThat(ProbeJudge.judge(MATCH, error).rule()).isEqualTo("HC3");
        assertThat(ProbeJudge.passes(MATCH, error)).isFalse();
    }

    @Test
    void hc4_aStringMatchCheckWithoutSearchStringFails() {
        EndpointCheck noString = check(HealthCheckType.HTTPS_STR_MATCH, null, false, "www.example.com");

        assertThat(ProbeJudge.judge(noString, withBody("anything")))
                .isEqualTo(new ProbeResult(false, "no SearchString configured (HV6)", "HC4"));
    }

    @Test
    void hc4_plainHttpChecksDoNotLookAtTheBody() {
        assertThat(ProbeJudge.passes(HTTP, ProbeResponse.ok().withBody(null, "br", null))).isTrue();
    }

    // ---- HC5 ----

    @ParameterizedTest(name = "HC5 TCP connect after {0} ms passes: {1}")
    @CsvSource({"10000, true", "10001, false", "4500, true"})
    void hc5_tcpNeedsAConnectionWithinTenSeconds(long millis, boolean passes) {
        ProbeResult result = ProbeJudge.judge(TCP, ProbeResponse.connectionFailed().withConnectMillis(millis));

        assertThat(result.passed()).isEqualTo(passes);
        assertThat(result.rule()).isEqualTo("HC5");
    }

    @Test
    void hc5_tcpIgnoresEverythingAfterTheConnection() {
        ProbeResponse response = ProbeResponse.ok().withStatus(500, 9_000L).withHeaders(100_000, false);

        assertThat(ProbeJudge.judge(TCP, response)).isEqualTo(new ProbeResult(true, "TCP connection in 20 ms", "HC5"));
        assertThat(ProbeJudge.judge(TCP, ProbeResponse.connectionFailed()))
                .isEqualTo(new ProbeResult(false, "no TCP connection", "HC5"));
    }

    // ---- HC6 ----

    @Test
    void hc6_invalidHeaderFieldsFail() {
        assertThat(ProbeJudge.judge(HTTP, ProbeResponse.ok().withHeaders(300, false))).isEqualTo(
                new ProbeResult(false, "response headers are not valid HTTP/1.1 header fields", "HC6"));
    }

    @Test
    void hc6_headersMayTotalAtMost16384Bytes() {
        assertThat(ProbeJudge.passes(HTTPS, ProbeResponse.ok().withHeaders(16_384, true))).isTrue();
        assertThat(ProbeJudge.judge(HTTPS, ProbeResponse.ok().withHeaders(16_385, true))).isEqualTo(
                new ProbeResult(false, "response headers are 16385 bytes, limit 16,384", "HC6"));
    }

    // ---- HC11 ----

    @Test
    void hc11_aDomainWithoutARecordFailsTheProbe() {
        EndpointCheck byName = new EndpointCheck(HealthCheckType.HTTP, null, 80L, "api.example.com", "/", null, null,
                null, List.of(), false, false);

        assertThat(ProbeJudge.judge(byName, ProbeResponse.dnsResolutionFailed()))
                .isEqualTo(new ProbeResult(false, "DNS resolution failed: api.example.com has no A record", "HC11"));
        assertThat(ProbeJudge.passes(TCP, ProbeResponse.dnsResolutionFailed())).isFalse();
    }

    @Test
    void hc11_theAddressComesFromTheIpOrFromAnALookupOfTheName() {
        EndpointCheck byName = new EndpointCheck(HealthCheckType.HTTP, null, 80L, "api.example.com", "/", null, null,
                null, List.of(), false, false);
        Map<String, List<String>> zone = Map.of("api.example.com", List.of("198.51.100.7", "198.51.100.8"));

        assertThat(ProbeAddress.resolve(byName, name -> zone.getOrDefault(name, List.of())))
                .contains("198.51.100.7");
        assertThat(ProbeAddress.resolve(byName, name -> List.of())).isEmpty();
        assertThat(ProbeAddress.resolve(HTTP, name -> List.of("198.51.100.7"))).contains("192.0.2.44");
    }
}
