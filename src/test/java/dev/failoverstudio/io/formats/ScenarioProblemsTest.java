package dev.failoverstudio.io.formats;

import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.TestInputs;
import dev.failoverstudio.io.json.ObjectMappers;
import dev.failoverstudio.domain.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.failoverstudio.io.formats.ImportFailures.failure;
import static dev.failoverstudio.io.formats.ImportFailures.onlyProblem;
import static dev.failoverstudio.io.formats.ScenarioReaderTest.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Malformed scenario files: every problem is reported with file, JSON path and rule; nothing is half-read. */
class ScenarioProblemsTest {

    private final ScenarioReader reader = new ScenarioReader(ObjectMappers.create());

    private Scenario read(String json) throws ImportException {
        return reader.read("scenario.json", json);
    }

    @Test
    void notValidJsonNamesTheFileLineAndColumn() {
        String text = TestInputs.text("scenario/not-json.json");
        ImportProblem problem = onlyProblem(() -> reader.read("not-json.json", text));

        assertThat(problem.file()).isEqualTo("not-json.json");
        assertThat(problem.jsonPath()).isEqualTo("$.resourceRecordSets[0].ResourceRecords");
        assertThat(problem.rule()).isNull();
        assertThat(problem.message()).startsWith("not valid JSON at line 6, column 50: Unexpected character ('}'");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        ImportException e = failure(() -> reader.read("many-problems.json",
                TestInputs.text("scenario/many-problems.json")));

        assertThat(e.problems()).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(
                tuple("$.querys", null),
                tuple("$.resourceRecordSets[2]", "V10"),
                tuple("$.resourceRecordSets[3].Weight", "S11"),
                tuple("$.resourceRecordSets[4].AliasTarget.EvaluateTargetHealth", "V32"),
                tuple("$.healthChecks[0].HealthCheckConfig.Port", "HV4"),
                tuple("$.healthChecks[1].HealthCheckConfig.Type", "HV1"),
                tuple("$.healthState.ping", "C5"),
                tuple("$.resourceCatalog['lb.example.net'].kind", "C9"),
                tuple("$.queries[0].expect.answer", null));
        assertThat(e.getMessage().split("\n")).contains(
                "many-problems.json: $.querys: unknown field 'querys'; did you mean 'queries'?",
                "many-problems.json: $.resourceRecordSets[2]: a record set may carry only one routing policy "
                        + "attribute, found Weight and Region (V10)",
                "many-problems.json: $.resourceRecordSets[3].Weight: expected a number, found the string \"100\" (S11)",
                "many-problems.json: $.resourceRecordSets[4].AliasTarget.EvaluateTargetHealth: required field is "
                        + "missing (V32)",
                "many-problems.json: $.healthChecks[0].HealthCheckConfig.Port: Port is not allowed on a CALCULATED "
                        + "health check (HV4)",
                "many-problems.json: $.healthState.ping: expected true, false, \"INSUFFICIENT_DATA\" or "
                        + "{\"checkerRegions\": {...}}, found the string \"down\" (C5)",
                "many-problems.json: $.resourceCatalog['lb.example.net'].kind: unknown resource kind \"elbv3\"; "
                        + "expected one of elb, alb, nlb, cloudfront, s3-website, api-gateway, vpc-endpoint, "
                        + "elastic-beanstalk, global-accelerator, appsync (C9)",
                "many-problems.json: $.queries[0].expect.answer: unknown field 'answer'; did you mean 'answers'?");
    }

    @Test
    void problemsNameTheFileAsGiven(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("typo.json"), scenario("\"titel\": \"x\""));

        ImportProblem problem = onlyProblem(() -> reader.read(file));

        assertThat(problem.describe()).isEqualTo(file + ": $.titel: unknown field 'titel'; did you mean 'title'?");
    }

    @Test
    void c1_zoneIdRecordsAndQueriesAreRequired() {
        List<ImportProblem> problems = failure(() -> read("{\"title\": \"t\"}")).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule, ImportProblem::message)
                .containsExactly(
                        tuple("$.zone", "C1", "required field is missing"),
                        tuple("$.hostedZoneId", "C1", "required field is missing"),
                        tuple("$.resourceRecordSets", "C1", "required field is missing"),
                        tuple("$.queries", "C4", "required field is missing"));
    }

    @Test
    void r1_anUnparseableZoneName() {
        ImportProblem problem = onlyProblem(() -> read("{\"zone\": \"example..com\", \"hostedZoneId\": \"Z1\","
                + " \"resourceRecordSets\": [], \"queries\": []}"));

        assertThat(problem.jsonPath()).isEqualTo("$.zone");
        assertThat(problem.rule()).isEqualTo("R1");
    }

    @Test
    void aDocumentThatIsNotAnObject() {
        ImportProblem problem = onlyProblem(() -> read("[]"));

        assertThat(problem.describe()).isEqualTo("scenario.json: $: expected a scenario object {\"zone\": ..., "
                + "\"queries\": [...]}, found an array");
    }

    @Test
    void c5_healthStateForAnUnknownCheck() {
        ImportProblem problem = onlyProblem(() -> read(scenario("\"healthState\": {\"hc-typo\": true}")));

        assertThat(problem.describe()).isEqualTo(
                "scenario.json: $.healthState['hc-typo']: no health check with Id \"hc-typo\" in healthChecks (C5)");
    }

    @Test
    void c5_perRegionValuesMustBeBooleansAndNothingElseMayAccompanyThem() {
        List<ImportProblem> problems = failure(() -> read(scenario(httpCheck("hc")
                + ", \"healthState\": {\"hc\": {\"checkerRegions\": {\"us-east-1\": \"up\"}, \"note\": 1}}")))
                .problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(
                tuple("$.healthState.hc.note", "C5"),
                tuple("$.healthState.hc.checkerRegions['us-east-1']", "C5"));
    }

    @Test
    void c5_insufficientDataOnlyForCloudWatchChecks() {
        ImportProblem problem = onlyProblem(() -> read(scenario(httpCheck("hc")
                + ", \"healthState\": {\"hc\": \"INSUFFICIENT_DATA\"}")));

        assertThat(problem.describe()).isEqualTo("scenario.json: $.healthState.hc: INSUFFICIENT_DATA applies to "
                + "CLOUDWATCH_METRIC health checks only, this one is HTTP (C5)");
    }

    @Test
    void c5_otherValuesAreRejected() {
        ImportProblem problem = onlyProblem(() -> read(scenario(httpCheck("hc") + ", \"healthState\": {\"hc\": 1}")));

        assertThat(problem.message()).endsWith("found the number 1");
    }

    @Test
    void c9_catalogEntriesAreStrict() {
        List<ImportProblem> problems = failure(() -> read(scenario("\"resourceCatalog\": {"
                + "\"a.example.net\": {\"kind\": \"alb\", \"healty\": true},"
                + "\"b.example.net\": {\"kind\": \"nlb\", \"healthy\": \"yes\"},"
                + "\"c.example.net\": {\"kind\": \"alb\", \"healthy\": {\"targetGroups\": [{\"name\": \"web\","
                + " \"registered\": -1, \"healthy\": 0}]}},"
                + "\"D.example.net.\": {\"kind\": \"cloudfront\"}, \"d.example.net\": {\"kind\": \"cloudfront\"},"
                + "\"e..example.net\": {\"kind\": \"cloudfront\"},"
                + "\"f.example.net\": {\"ipv4\": [\"198.51.100.1\"]}}"))).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule, ImportProblem::message)
                .containsExactly(
                        tuple("$.resourceCatalog['a.example.net'].healty", "C9",
                                "unknown field 'healty'; did you mean 'healthy'?"),
                        tuple("$.resourceCatalog['b.example.net'].healthy", "C9",
                                "expected true, false or {\"targetGroups\": [...]}, found the string \"yes\""),
                        tuple("$.resourceCatalog['c.example.net'].healthy.targetGroups[0].registered", "C9",
                                "a target count cannot be negative, found -1"),
                        tuple("$.resourceCatalog['d.example.net']", "C9",
                                "names the same resource as \"D.example.net.\""),
                        tuple("$.resourceCatalog['e..example.net']", "R1",
                                "not a valid domain name: name 'e..example.net' has an empty label"),
                        tuple("$.resourceCatalog['f.example.net'].kind", "C9", "required field is missing"));
    }

    @Test
    void c4_queryFieldsAreCheckedAndTyposNamed() {
        List<ImportProblem> problems = failure(() -> read(scenario("\"queries\": ["
                + "{\"name\": \"a.example.com\", \"type\": \"A\", \"expects\": {}},"
                + "{\"type\": \" \"},"
                + "{\"name\": \"b.example.com\", \"type\": \"A\","
                + " \"client\": {\"contry\": \"DE\", \"latitude\": \"50\"}},"
                + "\"c.example.com\"]"))).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule, ImportProblem::message)
                .containsExactly(
                        tuple("$.queries[0].expects", "C4", "unknown field 'expects'; did you mean 'expect'?"),
                        tuple("$.queries[1].name", "C4", "required field is missing"),
                        tuple("$.queries[1].type", "C4", "the query type is empty"),
                        tuple("$.queries[2].client.contry", "C3", "unknown field 'contry'; did you mean 'country'?"),
                        tuple("$.queries[2].client.latitude", "C3", "expected a number, found the string \"50\""),
                        tuple("$.queries[3]", "C4", "expected an object, found the string \"c.example.com\""));
    }

    @Test
    void expectTypoIsAnError() {
        ImportProblem problem = onlyProblem(() -> read(scenario("\"queries\": [{\"name\": \"a.example.com\","
                + " \"type\": \"A\", \"expect\": {\"rcode\": \"NOERROR\", \"answer\": [\"192.0.2.1\"]}}]")));

        assertThat(problem.describe()).isEqualTo(
                "scenario.json: $.queries[0].expect.answer: unknown field 'answer'; did you mean 'answers'?");
    }

    @Test
    void expectValuesAreChecked() {
        List<ImportProblem> problems = failure(() -> read(scenario("\"queries\": [{\"name\": \"a.example.com\","
                + " \"type\": \"A\", \"expect\": {\"rcode\": \"NXDOMIAN\", \"oneOf\": [[\"192.0.2.1\"], \"192.0.2.2\"],"
                + " \"distribution\": {\"192.0.2.1\": 1.5, \"192.0.2.2\": \"half\"}, \"size\": 2,"
                + " \"answerType\": \"CNAMES\", \"ttl\": 1.5}}]"))).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::message).containsExactly(
                tuple("$.queries[0].expect.rcode", "unknown rcode \"NXDOMIAN\"; expected one of NOERROR, NXDOMAIN, "
                        + "REFUSED, SERVFAIL, NOTIMP"),
                tuple("$.queries[0].expect.oneOf[1]", "expected an array, found the string \"192.0.2.2\""),
                tuple("$.queries[0].expect.distribution['192.0.2.1']", "expected a fraction from 0 to 1, found 1.5"),
                tuple("$.queries[0].expect.distribution['192.0.2.2']", "expected a number, found the string \"half\""),
                tuple("$.queries[0].expect.ttl", "expected a whole number, found the number 1.5"),
                tuple("$.queries[0].expect.answerType", "unknown record type \"CNAMES\""),
                tuple("$.queries[0].expect.tolerance", "tolerance is required with distribution"),
                tuple("$.queries[0].expect.subsetOf", "subsetOf is required with size"));
        assertThat(problems).extracting(ImportProblem::rule).containsOnlyNulls();
    }

    @Test
    void c2_healthCheckProblemsAreLocatedInsideTheScenario() {
        ImportProblem problem = onlyProblem(() -> read(scenario("\"healthChecks\": [{\"Id\": \"calc\","
                + " \"HealthCheckConfig\": {\"Type\": \"CALCULATED\", \"HealthThreshold\": 1,"
                + " \"IPAddress\": \"192.0.2.1\"}}]")));

        assertThat(problem.describe()).isEqualTo("scenario.json: $.healthChecks[0].HealthCheckConfig.IPAddress: "
                + "IPAddress is not allowed on a CALCULATED health check (HV13)");
    }

    private static String httpCheck(String id) {
        return "\"healthChecks\": [{\"Id\": \"" + id + "\", \"HealthCheckConfig\": {\"Type\": \"HTTP\","
                + " \"IPAddress\": \"192.0.2.1\"}}]";
    }
}
