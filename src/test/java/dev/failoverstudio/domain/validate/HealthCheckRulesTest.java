package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckConfig;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.InsufficientDataHealthStatus;
import dev.failoverstudio.domain.model.RecoveryControlCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static dev.failoverstudio.domain.validate.Fixtures.PUBLIC_IP;
import static dev.failoverstudio.domain.validate.Fixtures.check;
import static dev.failoverstudio.domain.validate.Fixtures.design;
import static dev.failoverstudio.domain.validate.Fixtures.httpCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Health-check validation HV1–HV18 (HV2, HV19–HV21 concern updates: {@link HealthCheckChangeValidatorTest}). */
class HealthCheckRulesTest {

    private static EndpointCheck endpoint(HealthCheckType type, String ip, Long port, String fqdn, String path,
                                          String search, Long interval, Long threshold, List<String> regions,
                                          boolean sni) {
        return new EndpointCheck(type, ip, port, fqdn, path, search, interval, threshold, regions, sni, false);
    }

    private static EndpointCheck http(String ip) {
        return endpoint(HealthCheckType.HTTP, ip, 80L, null, "/health", null, null, null, List.of(), false);
    }

    private static List<Problem> validate(HealthCheckConfig... configs) {
        Fixtures.DesignBuilder d = design();
        for (int i = 0; i < configs.length; i++) {
            d.healthCheck(check("hc-" + (i + 1), configs[i]));
        }
        return d.validate();
    }

    @Test
    void hv1_everyTypeOfHealthCheckIsAccepted() {
        List<Problem> problems = validate(
                http(PUBLIC_IP),
                endpoint(HealthCheckType.HTTPS, null, 443L, "web-1.example.net", "/", null, 30L, 3L, List.of(), true),
                endpoint(HealthCheckType.HTTP_STR_MATCH, PUBLIC_IP, 80L, null, "/", "OK", 10L, 1L, List.of(), false),
                endpoint(HealthCheckType.HTTPS_STR_MATCH, PUBLIC_IP, 8443L, "x.example.net", null, "up", null, 10L,
                        List.of("us-east-1", "eu-west-1", "ap-southeast-1"), true),
                endpoint(HealthCheckType.TCP, "2600:1f18::1", 5432L, null, null, null, null, null, List.of(), false),
                new CalculatedCheck(List.of("hc-1", "hc-2"), 1),
                new CloudWatchCheck("us-east-1", "high-latency", InsufficientDataHealthStatus.LAST_KNOWN_STATUS),
                new RecoveryControlCheck("arn:aws:route53-recovery-control::111122223333:controlpanel/abc/routingcontrol/def"));
        assertThat(problems).isEmpty();
        assertThat(List.of(HealthCheckType.values())).hasSize(8);
    }

    @Test
    void hv3_endpointNeedsAnAddressOrAName() {
        List<Problem> problems = validate(endpoint(HealthCheckType.HTTP, null, 80L, null, "/", null, null, null,
                List.of(), false));
        assertThat(problems).extracting(Problem::code, Problem::apiError, Problem::healthCheckId)
                .containsExactly(tuple("HV3", "InvalidInput", "hc-1"));
        assertThat(problems.get(0).message()).contains("needs an IPAddress or a FullyQualifiedDomainName");
    }

    @ParameterizedTest(name = "hv3 refuses {0}")
    @ValueSource(strings = {"10.1.2.3", "172.31.0.1", "192.168.1.1", "127.0.0.1", "169.254.169.254", "100.64.0.1",
            "192.0.2.44", "198.51.100.1", "203.0.113.9", "224.0.0.1", "255.255.255.255", "0.1.2.3", "198.18.0.1",
            "::1", "fe80::1", "fd00::1", "ff02::1", "2001:db8::1", "::ffff:8.8.8.8"})
    void hv3_privateLocalMulticastAndDocumentationAddressesAreRejected(String ip) {
        List<Problem> problems = validate(http(ip));
        assertThat(problems).extracting(Problem::code).containsExactly("HV3");
        assertThat(problems.get(0).message()).contains("IPAddress " + ip + " is in the").contains("range");
    }

    @ParameterizedTest(name = "hv3 accepts {0}")
    @ValueSource(strings = {"54.239.28.85", "8.8.8.8", "2600:1f18:4b3:6a00::1", "2a05:d018::1"})
    void hv3_publicAddressesAreAccepted(String ip) {
        assertThat(validate(http(ip))).isEmpty();
    }

    @Test
    void hv3_malformedAddressesAndNamesAreRejected() {
        List<Problem> problems = validate(http("300.1.1.1"),
                endpoint(HealthCheckType.HTTP, null, 80L, "bad name", "/", null, null, null, List.of(), false));
        assertThat(problems).extracting(Problem::code, Problem::healthCheckId)
                .containsExactly(tuple("HV3", "hc-1"), tuple("HV3", "hc-2"));
        assertThat(problems.get(0).message()).contains("not a valid IPv4 or IPv6 address");
    }

    @Test
    void hv4_portFrom1To65535() {
        assertThat(validate(endpoint(HealthCheckType.TCP, PUBLIC_IP, 65535L, null, null, null, null, null, List.of(),
                false))).isEmpty();
        List<Problem> problems = validate(endpoint(HealthCheckType.TCP, PUBLIC_IP, 0L, null, null, null, null, null,
                List.of(), false), endpoint(HealthCheckType.TCP, PUBLIC_IP, 65536L, null, null, null, null, null,
                List.of(), false));
        assertThat(problems).extracting(Problem::code).containsExactly("HV4", "HV4");
        assertThat(problems.get(1).message()).isEqualTo("Port 65536 is outside 1 to 65535");
    }

    @Test
    void hv5_resourcePathIsForHttpOnlyAndAtMost255Characters() {
        List<Problem> problems = validate(
                endpoint(HealthCheckType.TCP, PUBLIC_IP, 22L, null, "/x", null, null, null, List.of(), false),
                endpoint(HealthCheckType.HTTP, PUBLIC_IP, 80L, null, "/" + "p".repeat(255), null, null, null, List.of(),
                        false),
                endpoint(HealthCheckType.HTTP, PUBLIC_IP, 80L, null, "health", null, null, null, List.of(), false));
        assertThat(problems).extracting(Problem::code, Problem::healthCheckId)
                .containsExactly(tuple("HV5", "hc-1"), tuple("HV5", "hc-2"));
        assertThat(problems.get(0).message()).contains("not TCP");
        assertThat(problems.get(1).message()).contains("256 characters");
    }

    @Test
    void hv6_searchStringRequiredForStringMatchingAndForbiddenOtherwise() {
        List<Problem> problems = validate(
                endpoint(HealthCheckType.HTTP_STR_MATCH, PUBLIC_IP, 80L, null, "/", null, null, null, List.of(), false),
                endpoint(HealthCheckType.HTTPS_STR_MATCH, PUBLIC_IP, 443L, null, "/", "s".repeat(256), null, null,
                        List.of(), false),
                endpoint(HealthCheckType.HTTP, PUBLIC_IP, 80L, null, "/", "OK", null, null, List.of(), false));
        assertThat(problems).extracting(Problem::code).containsExactly("HV6", "HV6", "HV6");
        assertThat(problems.get(0).message()).isEqualTo("HTTP_STR_MATCH needs a SearchString");
        assertThat(problems.get(1).message()).contains("at most 255");
        assertThat(problems.get(2).message()).contains("not HTTP");
    }

    @Test
    void hv7_requestIntervalIsTenOrThirty() {
        List<Problem> problems = validate(
                endpoint(HealthCheckType.HTTP, PUBLIC_IP, 80L, null, "/", null, 20L, null, List.of(), false));
        assertThat(problems).extracting(Problem::code).containsExactly("HV7");
        assertThat(problems.get(0).message()).contains("RequestInterval 20").contains("A26");
    }

    @Test
    void hv8_failureThresholdFrom1To10() {
        List<Problem> problems = validate(
                endpoint(HealthCheckType.HTTP, PUBLIC_IP, 80L, null, "/", null, null, 0L, List.of(), false),
                endpoint(HealthCheckType.HTTP, PUBLIC_IP, 80L, null, "/", null, null, 11L, List.of(), false));
        assertThat(problems).extracting(Problem::code).containsExactly("HV8", "HV8");
        assertThat(problems.get(1).message()).isEqualTo("FailureThreshold 11 is outside 1 to 10");
    }

    @Test
    void hv9_customRegionsNeedAtLeastThreeCheckerRegions() {
        List<Problem> problems = validate(
                endpoint(HealthCheckType.HTTP, PUBLIC_IP, 80L, null, "/", null, null, null,
                        List.of("us-east-1", "eu-west-1"), false),
                endpoint(HealthCheckType.HTTP, PUBLIC_IP, 80L, null, "/", null, null, null,
                        List.of("us-east-1", "eu-west-1", "eu-central-1"), false));
        assertThat(problems).extracting(Problem::code, Problem::healthCheckId)
                .containsExactly(tuple("HV9", "hc-1"), tuple("HV9", "hc-2"));
        assertThat(problems.get(0).message()).contains("give at least 3");
        assertThat(problems.get(1).message()).contains("'eu-central-1' is not a health-checker Region");

        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            tooMany.add(EndpointCheck.DEFAULT_REGIONS.get(i % 8));
        }
        List<Problem> many = validate(endpoint(HealthCheckType.HTTP, PUBLIC_IP, 80L, null, "/", null, null, null,
                tooMany, false));
        assertThat(many).extracting(Problem::message).containsExactly("Regions lists 65 entries; at most 64 are allowed");
    }

    @Test
    void hv10_sniOnANonHttpsCheckIsAWarning() {
        List<Problem> problems = validate(endpoint(HealthCheckType.HTTP, PUBLIC_IP, 80L, null, "/", null, null, null,
                List.of(), true));
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("HV10", Severity.WARNING));
    }

    @Test
    void hv11_measureLatencyIsAcceptedOnEndpointChecks() {
        EndpointCheck measured = new EndpointCheck(HealthCheckType.HTTPS, PUBLIC_IP, 443L, null, "/", null, 30L, 3L,
                List.of(), true, true);
        assertThat(validate(measured)).isEmpty();
    }

    @Test
    void hv12_invertedAndDisabledAreAcceptedOnEveryType() {
        List<HealthCheck> checks = List.of(
                new HealthCheck("e", "e", http(PUBLIC_IP), true, true, 1),
                new HealthCheck("c", "c", new CalculatedCheck(List.of("e"), 1), true, true, 1),
                new HealthCheck("w", "w", new CloudWatchCheck("eu-west-1", "alarm",
                        InsufficientDataHealthStatus.HEALTHY), true, true, 1),
                new HealthCheck("r", "r", new RecoveryControlCheck("arn:aws:x"), true, true, 1));
        assertThat(design().healthCheck(checks.toArray(HealthCheck[]::new)).validate()).isEmpty();
    }

    @Test
    void hv13_calculatedThresholdAndChildCount() {
        List<String> children256 = new ArrayList<>();
        List<HealthCheck> endpoints = new ArrayList<>();
        for (int i = 0; i < 257; i++) {
            endpoints.add(httpCheck("e" + i));
            children256.add("e" + i);
        }
        Fixtures.DesignBuilder d = design().healthCheck(endpoints.toArray(HealthCheck[]::new));
        d.healthCheck(check("calc-256", new CalculatedCheck(children256.subList(0, 256), 1)),
                check("calc-257", new CalculatedCheck(children256, 1)),
                check("calc-threshold", new CalculatedCheck(List.of("e1"), 257)),
                check("calc-above", new CalculatedCheck(List.of("e1", "e2"), 3)));
        List<Problem> problems = d.validate().stream().filter(p -> p.code().equals("HV13")).toList();
        assertThat(problems).extracting(Problem::healthCheckId, Problem::severity).containsExactly(
                tuple("calc-256", Severity.WARNING),
                tuple("calc-257", Severity.ERROR),
                tuple("calc-threshold", Severity.ERROR),
                tuple("calc-above", Severity.WARNING));
        assertThat(problems.get(0).message()).contains("A27");
        assertThat(problems.get(2).message()).contains("HealthThreshold 257 is outside 0 to 256");
        assertThat(problems.get(3).message()).contains("always unhealthy");
    }

    @Test
    void hv14_calculatedChildrenMustExist() {
        List<Problem> problems = design().healthCheck(httpCheck("e1"),
                check("calc", new CalculatedCheck(List.of("e1", "ghost"), 1))).validate();
        assertThat(problems).extracting(Problem::code, Problem::apiError, Problem::healthCheckId)
                .containsExactly(tuple("HV14", "NoSuchHealthCheck", "calc"));
        assertThat(problems.get(0).message()).contains("ghost");
    }

    @Test
    void hv15_calculatedCheckCannotMonitorACalculatedCheck() {
        List<Problem> problems = design().healthCheck(httpCheck("e1"),
                check("inner", new CalculatedCheck(List.of("e1"), 1)),
                check("outer", new CalculatedCheck(List.of("inner", "outer"), 1))).validate();
        assertThat(problems).extracting(Problem::code, Problem::healthCheckId)
                .containsExactly(tuple("HV15", "outer"), tuple("HV15", "outer"));
        assertThat(problems.get(0).message()).isEqualTo("Calculated check outer cannot monitor calculated check inner;"
                + " children must be endpoint, CloudWatch or recovery-control checks");
    }

    @Test
    void hv16_cloudWatchNeedsAlarmRegionAndName() {
        List<Problem> problems = validate(
                new CloudWatchCheck(null, "alarm", InsufficientDataHealthStatus.UNHEALTHY),
                new CloudWatchCheck("atlantis-1", "alarm", InsufficientDataHealthStatus.UNHEALTHY),
                new CloudWatchCheck("us-east-1", "", InsufficientDataHealthStatus.UNHEALTHY),
                new CloudWatchCheck("us-east-1", "alarm", null));
        assertThat(problems).extracting(Problem::code, Problem::severity, Problem::healthCheckId).containsExactly(
                tuple("HV16", Severity.ERROR, "hc-1"),
                tuple("HV16", Severity.ERROR, "hc-2"),
                tuple("HV16", Severity.ERROR, "hc-3"),
                tuple("HV16", Severity.WARNING, "hc-4"));
        assertThat(problems.get(3).message()).contains("InsufficientDataHealthStatus is not set");
    }

    @Test
    void hv17_recoveryControlNeedsAnArnOfAtMost255Characters() {
        List<Problem> problems = validate(new RecoveryControlCheck(null), new RecoveryControlCheck("a".repeat(256)));
        assertThat(problems).extracting(Problem::code).containsExactly("HV17", "HV17");
        assertThat(problems.get(0).message()).contains("RoutingControlArn of 1 to 255");
    }

    @Test
    void hv18_moreThan200HealthChecksExceedTheDefaultQuota() {
        Fixtures.DesignBuilder d = design();
        for (int i = 0; i < 200; i++) {
            d.healthCheck(httpCheck("hc-" + i));
        }
        assertThat(d.validate()).isEmpty();
        d.healthCheck(httpCheck("hc-200"));
        List<Problem> problems = d.validate();
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("HV18", Severity.WARNING));
        assertThat(problems.get(0).message()).contains("201 health checks");
    }
}
