package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.InsufficientDataHealthStatus;
import dev.failoverstudio.domain.model.RecoveryControlCheck;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.TestInputs;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.failoverstudio.io.formats.ImportFailures.failure;
import static dev.failoverstudio.io.formats.ImportFailures.onlyProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reading {@code list-health-checks} / {@code get-health-check} output (S4) into health checks. */
class Route53HealthChecksReadTest {

    private final Route53JsonReader reader = new Route53JsonReader(ObjectMappers.create());

    private List<HealthCheck> read(String json) throws ImportException {
        return reader.readHealthChecks("checks.json", json);
    }

    /** A one-element list-health-checks document whose config is {@code configMembers}. */
    private List<HealthCheck> readConfig(String configMembers) throws ImportException {
        return read("{\"HealthChecks\": [{\"Id\": \"hc\", \"CallerReference\": \"r\", \"HealthCheckConfig\": {"
                + configMembers + "}, \"HealthCheckVersion\": 1}]}");
    }

    @Test
    void s4_readsEveryTypeFromAListResponse() throws ImportException {
        List<HealthCheck> checks = read(TestInputs.text("route53/list-health-checks.json"));

        assertThat(checks).extracting(HealthCheck::id, HealthCheck::type, HealthCheck::inverted,
                HealthCheck::disabled, HealthCheck::version).containsExactly(
                tuple("abcdef11-2222-3333-4444-555555fedcba", HealthCheckType.HTTPS_STR_MATCH, false, false, 1L),
                tuple("tcp-1", HealthCheckType.TCP, true, false, 4L),
                tuple("calc-1", HealthCheckType.CALCULATED, false, false, 1L),
                tuple("cw-1", HealthCheckType.CLOUDWATCH_METRIC, false, true, 2L),
                tuple("arc-1", HealthCheckType.RECOVERY_CONTROL, false, false, 1L));
        assertThat(checks.get(0).callerReference()).isEqualTo("web-1-2024");
        assertThat(checks.get(0).config()).isEqualTo(new EndpointCheck(HealthCheckType.HTTPS_STR_MATCH, null, 443L,
                "web-1.example.net", "/health", "OK", 30L, 3L, List.of("us-east-1", "eu-west-1", "ap-southeast-1"),
                true, false));
        assertThat(checks.get(1).config()).isEqualTo(new EndpointCheck(HealthCheckType.TCP, "198.51.100.7", 5432L,
                null, null, null, 10L, 2L, List.of(), false, false));
        assertThat(checks.get(2).config())
                .isEqualTo(new CalculatedCheck(List.of("abcdef11-2222-3333-4444-555555fedcba", "tcp-1"), 1));
        assertThat(checks.get(3).config()).isEqualTo(new CloudWatchCheck("eu-west-1", "api-5xx",
                InsufficientDataHealthStatus.LAST_KNOWN_STATUS));
        assertThat(checks.get(4).config()).isEqualTo(new RecoveryControlCheck(
                "arn:aws:route53-recovery-control::111122223333:controlpanel/abc/routingcontrol/def"));
    }

    @Test
    void s4_readsABareArray() throws ImportException {
        List<HealthCheck> checks = read("[{\"Id\": \"hc\", \"HealthCheckConfig\": {\"Type\": \"HTTP\","
                + " \"IPAddress\": \"192.0.2.1\"}}]");

        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).version()).as("HV19: absent version is the first").isEqualTo(1);
        assertThat(checks.get(0).config()).isEqualTo(new EndpointCheck(HealthCheckType.HTTP, "192.0.2.1", null,
                null, null, null, null, null, List.of(), false, false));
    }

    @Test
    void s4_readsAGetHealthCheckResponse() throws ImportException {
        List<HealthCheck> checks = read("{\"HealthCheck\": {\"Id\": \"hc\", \"CallerReference\": \"r\","
                + " \"HealthCheckConfig\": {\"Type\": \"TCP\", \"IPAddress\": \"192.0.2.1\", \"Port\": 22},"
                + " \"HealthCheckVersion\": 7}}");

        assertThat(checks).extracting(HealthCheck::id, HealthCheck::version).containsExactly(tuple("hc", 7L));
    }

    @Test
    void s4_readsASingleHealthCheckObject() throws ImportException {
        List<HealthCheck> checks = read("{\"Id\": \"hc\", \"HealthCheckConfig\": {\"Type\": \"TCP\","
                + " \"IPAddress\": \"192.0.2.1\", \"Port\": 22}}");

        assertThat(checks).extracting(HealthCheck::id).containsExactly("hc");
    }

    @Test
    void a26_requestIntervalOutsideTenAndThirtyIsKeptForTheValidator() throws ImportException {
        List<HealthCheck> checks = readConfig("\"Type\": \"HTTP\", \"IPAddress\": \"192.0.2.1\","
                + " \"RequestInterval\": 20");

        assertThat(((EndpointCheck) checks.get(0).config()).requestInterval()).isEqualTo(20L);
    }

    @Test
    void flagsLeftFalseAreToleratedOnEveryType() throws ImportException {
        List<HealthCheck> checks = readConfig("\"Type\": \"CALCULATED\", \"HealthThreshold\": 0,"
                + " \"MeasureLatency\": false, \"EnableSNI\": false, \"Regions\": []");

        assertThat(checks.get(0).config()).isEqualTo(new CalculatedCheck(List.of(), 0));
    }

    @Test
    void hv4_portOnACalculatedCheck() {
        ImportProblem problem = onlyProblem(() -> readConfig("\"Type\": \"CALCULATED\", \"Port\": 80,"
                + " \"HealthThreshold\": 1, \"ChildHealthChecks\": [\"a\"]"));

        assertThat(problem.describe()).isEqualTo("checks.json: $.HealthChecks[0].HealthCheckConfig.Port: "
                + "Port is not allowed on a CALCULATED health check (HV4)");
    }

    @Test
    void hv4_portOnACloudWatchCheck() {
        ImportProblem problem = onlyProblem(() -> readConfig("\"Type\": \"CLOUDWATCH_METRIC\", \"Port\": 80,"
                + " \"AlarmIdentifier\": {\"Region\": \"eu-west-1\", \"Name\": \"a\"}"));

        assertThat(problem.rule()).isEqualTo("HV4");
        assertThat(problem.jsonPath()).isEqualTo("$.HealthChecks[0].HealthCheckConfig.Port");
    }

    @Test
    void hv5_resourcePathOnATcpCheck() {
        ImportProblem problem = onlyProblem(() -> readConfig("\"Type\": \"TCP\", \"IPAddress\": \"192.0.2.1\","
                + " \"ResourcePath\": \"/health\""));

        assertThat(problem.describe()).isEqualTo("checks.json: $.HealthChecks[0].HealthCheckConfig.ResourcePath: "
                + "ResourcePath is not allowed on a TCP health check (HV5)");
    }

    @Test
    void hv6_searchStringOnAPlainHttpCheck() {
        ImportProblem problem = onlyProblem(() -> readConfig("\"Type\": \"HTTP\", \"IPAddress\": \"192.0.2.1\","
                + " \"SearchString\": \"OK\""));

        assertThat(problem.rule()).isEqualTo("HV6");
        assertThat(problem.jsonPath()).isEqualTo("$.HealthChecks[0].HealthCheckConfig.SearchString");
    }

    @Test
    void hv6_stringMatchWithoutSearchString() {
        ImportProblem problem = onlyProblem(() -> readConfig("\"Type\": \"HTTP_STR_MATCH\","
                + " \"IPAddress\": \"192.0.2.1\""));

        assertThat(problem.describe()).isEqualTo("checks.json: $.HealthChecks[0].HealthCheckConfig.SearchString: "
                + "SearchString is required for HTTP_STR_MATCH (HV6)");
    }

    @Test
    void hv13_endpointFieldsOnACalculatedCheck() {
        List<ImportProblem> problems = failure(() -> readConfig("\"Type\": \"CALCULATED\","
                + " \"IPAddress\": \"192.0.2.1\", \"RequestInterval\": 30, \"FailureThreshold\": 3,"
                + " \"HealthThreshold\": 1")).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(
                tuple("$.HealthChecks[0].HealthCheckConfig.IPAddress", "HV13"),
                tuple("$.HealthChecks[0].HealthCheckConfig.RequestInterval", "HV13"),
                tuple("$.HealthChecks[0].HealthCheckConfig.FailureThreshold", "HV13"));
    }

    @Test
    void hv13_calculatedCheckNeedsAThreshold() {
        ImportProblem problem = onlyProblem(() -> readConfig("\"Type\": \"CALCULATED\","
                + " \"ChildHealthChecks\": [\"a\"]"));

        assertThat(problem.describe()).isEqualTo("checks.json: $.HealthChecks[0].HealthCheckConfig.HealthThreshold: "
                + "required field is missing (HV13)");
    }

    @Test
    void hv13_childrenOnAnEndpointCheck() {
        ImportProblem problem = onlyProblem(() -> readConfig("\"Type\": \"HTTPS\", \"IPAddress\": \"192.0.2.1\","
                + " \"ChildHealthChecks\": [\"a\"]"));

        assertThat(problem.rule()).isEqualTo("HV13");
    }

    @Test
    void hv3_endpointCheckNeedsAnAddressOrName() {
        ImportProblem problem = onlyProblem(() -> readConfig("\"Type\": \"HTTPS\", \"Port\": 443"));

        assertThat(problem.describe()).isEqualTo("checks.json: $.HealthChecks[0].HealthCheckConfig: a HTTPS health "
                + "check needs IPAddress or FullyQualifiedDomainName (HV3)");
    }

    @Test
    void hv16_cloudWatchCheckNeedsItsAlarm() {
        List<ImportProblem> problems = failure(() -> readConfig("\"Type\": \"CLOUDWATCH_METRIC\","
                + " \"InsufficientDataHealthStatus\": \"Maybe\"")).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(
                tuple("$.HealthChecks[0].HealthCheckConfig.AlarmIdentifier", "HV16"),
                tuple("$.HealthChecks[0].HealthCheckConfig.InsufficientDataHealthStatus", "HV16"));
    }

    @Test
    void hv16_alarmIdentifierNeedsRegionAndName() {
        ImportProblem problem = onlyProblem(() -> readConfig("\"Type\": \"CLOUDWATCH_METRIC\","
                + " \"AlarmIdentifier\": {\"Name\": \"a\"}"));

        assertThat(problem.jsonPath()).isEqualTo("$.HealthChecks[0].HealthCheckConfig.AlarmIdentifier.Region");
        assertThat(problem.rule()).isEqualTo("HV16");
    }

    @Test
    void hv17_recoveryControlNeedsItsArnAndTakesNoInterval() {
        List<ImportProblem> problems = failure(() -> readConfig("\"Type\": \"RECOVERY_CONTROL\","
                + " \"RequestInterval\": 30, \"IPAddress\": \"192.0.2.1\"")).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(
                tuple("$.HealthChecks[0].HealthCheckConfig.IPAddress", "HV17"),
                tuple("$.HealthChecks[0].HealthCheckConfig.RequestInterval", "HV7"),
                tuple("$.HealthChecks[0].HealthCheckConfig.RoutingControlArn", "HV17"));
    }

    @Test
    void hv1_unknownType() {
        ImportProblem problem = onlyProblem(() -> readConfig("\"Type\": \"PING\", \"IPAddress\": \"192.0.2.1\""));

        assertThat(problem.describe()).isEqualTo("checks.json: $.HealthChecks[0].HealthCheckConfig.Type: unknown "
                + "health check type \"PING\"; expected one of HTTP, HTTPS, HTTP_STR_MATCH, HTTPS_STR_MATCH, TCP, "
                + "CALCULATED, CLOUDWATCH_METRIC, RECOVERY_CONTROL (HV1)");
    }

    @Test
    void hv1_missingType() {
        ImportProblem problem = onlyProblem(() -> readConfig("\"IPAddress\": \"192.0.2.1\""));

        assertThat(problem.jsonPath()).isEqualTo("$.HealthChecks[0].HealthCheckConfig.Type");
        assertThat(problem.rule()).isEqualTo("HV1");
    }

    @Test
    void s11_wrongJsonTypesAreLocated() {
        List<ImportProblem> problems = failure(() -> readConfig("\"Type\": \"HTTP\", \"IPAddress\": \"192.0.2.1\","
                + " \"Port\": \"80\", \"Inverted\": \"false\"")).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule, ImportProblem::message)
                .containsExactly(
                        tuple("$.HealthChecks[0].HealthCheckConfig.Port", "S11",
                                "expected a number, found the string \"80\""),
                        tuple("$.HealthChecks[0].HealthCheckConfig.Inverted", "S11",
                                "expected true or false, found the string \"false\""));
    }

    @Test
    void s4_idAndConfigAreRequired() {
        List<ImportProblem> problems = failure(() -> read("[{\"CallerReference\": \"r\"}]")).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(
                tuple("$[0].Id", "S4"), tuple("$[0].HealthCheckConfig", "S4"));
    }
}
