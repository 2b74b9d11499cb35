package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.TestInputs;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.failoverstudio.io.formats.ImportFailures.failure;
import static dev.failoverstudio.io.formats.ImportFailures.onlyProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reading {@code list-resource-record-sets} output (S1, S3) into record sets. */
class Route53RecordSetsReadTest {

    private final Route53JsonReader reader = new Route53JsonReader(ObjectMappers.create());

    private List<RecordSet> read(String json) throws ImportException {
        return reader.readRecordSets("records.json", json);
    }

    @Test
    void s3_readsTheListResponseOfTheSpec() throws ImportException {
        List<RecordSet> recordSets = read(TestInputs.text("route53/list-resource-record-sets.json"));

        assertThat(recordSets).extracting(r -> r.name().text(), RecordSet::type).containsExactly(
                tuple("example.com.", RecordType.NS), tuple("example.com.", RecordType.SOA),
                tuple("*.example.com.", RecordType.A), tuple("www.example.com.", RecordType.A),
                tuple("www.example.com.", RecordType.A));
        assertThat(recordSets.get(0).ttl()).isEqualTo(172800L);
        assertThat(recordSets.get(0).values()).containsExactly("ns-2048.awsdns-64.com.", "ns-2049.awsdns-65.net.",
                "ns-2050.awsdns-66.org.", "ns-2051.awsdns-67.co.uk.");
        RecordSet eu = recordSets.get(3);
        assertThat(eu.setIdentifier()).isEqualTo("eu");
        assertThat(eu.routing()).isEqualTo(new GeolocationRouting(GeoLocation.continent("EU")));
        assertThat(eu.healthCheckId()).isEqualTo("abcdef11-2222-3333-4444-555555fedcba");
        RecordSet fallback = recordSets.get(4);
        assertThat(((GeolocationRouting) fallback.routing()).location().isDefault()).isTrue();
        assertThat(fallback.ttl()).isNull();
        assertThat(fallback.values()).isEmpty();
        assertThat(fallback.aliasTarget())
                .isEqualTo(new AliasTarget("Z3M3LMPEXAMPLE", DomainName.of("global.example.com."), true));
    }

    @Test
    void s3_readsABareArray() throws ImportException {
        List<RecordSet> recordSets = read("[{\"Name\": \"a.example.com\", \"Type\": \"A\", \"TTL\": 60, "
                + "\"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]");

        assertThat(recordSets).containsExactly(RecordSet.simple("a.example.com.", RecordType.A, 60, "192.0.2.1"));
    }

    @Test
    void s3_ignoresPagingFieldsAndUnknownMembers() throws ImportException {
        List<RecordSet> recordSets = read("{\"ResourceRecordSets\": [{\"Name\": \"a.example.com.\", \"Type\": \"A\","
                + " \"TTL\": 60, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}], \"SomethingNew\": {\"x\": 1}}],"
                + " \"IsTruncated\": true, \"NextRecordName\": \"b.example.com.\", \"NextRecordType\": \"A\","
                + " \"MaxItems\": \"1\"}");

        assertThat(recordSets).hasSize(1);
    }

    @Test
    void r1_wildcardEscapeAndCaseAreCanonicalised() throws ImportException {
        List<RecordSet> recordSets = read("[{\"Name\": \"\\\\052.Example.COM\", \"Type\": \"a\", \"TTL\": 60,"
                + " \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]");

        assertThat(recordSets.get(0).name()).isEqualTo(DomainName.of("*.example.com."));
        assertThat(recordSets.get(0).type()).isEqualTo(RecordType.A);
    }

    @Test
    void s12_hostedZonePrefixIsStrippedFromAliasTargets() throws ImportException {
        List<RecordSet> recordSets = read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\", \"AliasTarget\":"
                + " {\"HostedZoneId\": \"/hostedzone/Z3M3LMPEXAMPLE\", \"DNSName\": \"B.example.com\","
                + " \"EvaluateTargetHealth\": false}}]");

        assertThat(recordSets.get(0).aliasTarget())
                .isEqualTo(new AliasTarget("Z3M3LMPEXAMPLE", DomainName.of("b.example.com."), false));
    }

    @Test
    void r3_everyPolicyAttributeImpliesItsRouting() throws ImportException {
        List<RecordSet> recordSets = read(TestInputs.text("route53/every-policy.json"));

        assertThat(recordSets).extracting(RecordSet::routing).containsExactly(
                SimpleRouting.INSTANCE,
                new WeightedRouting(200),
                new WeightedRouting(0),
                new FailoverRouting(FailoverRole.PRIMARY),
                new FailoverRouting(FailoverRole.SECONDARY),
                new LatencyRouting("eu-central-1"),
                new GeolocationRouting(GeoLocation.usState("CA")),
                new GeoproximityRouting(new GeoProximityLocation("us-east-2", null, null, null, -20L)),
                new GeoproximityRouting(new GeoProximityLocation(null, null, "48.86", "2.35", null)),
                new GeoproximityRouting(new GeoProximityLocation(null, "us-west-2-lax-1", null, null, null)),
                MultiValueRouting.INSTANCE,
                new IpBasedRouting("c8c02a84-aaaa-bbbb-cccc-123456789012", "office"),
                new IpBasedRouting("c8c02a84-aaaa-bbbb-cccc-123456789012", "*"),
                SimpleRouting.INSTANCE,
                SimpleRouting.INSTANCE);
        assertThat(recordSets.get(1).values()).containsExactly("192.0.2.11", "192.0.2.12");
        assertThat(recordSets.get(13).trafficPolicyInstanceId()).isEqualTo("12345678-abcd-abcd-abcd-123456789012");
        assertThat(recordSets.get(14).values()).containsExactly("\"v=spf1 include:example.net -all\"");
    }

    @Test
    void v10_multiValueAnswerFalseCountsAsAbsent() throws ImportException {
        List<RecordSet> recordSets = read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\", \"SetIdentifier\": \"w\","
                + " \"Weight\": 5, \"MultiValueAnswer\": false, \"TTL\": 60,"
                + " \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]");

        assertThat(recordSets.get(0).routing()).isEqualTo(new WeightedRouting(5));
    }

    @Test
    void v20_outOfRangeWeightIsKeptForTheValidator() throws ImportException {
        List<RecordSet> recordSets = read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\", \"SetIdentifier\": \"w\","
                + " \"Weight\": 300, \"TTL\": 60, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]");

        assertThat(recordSets.get(0).routing()).isEqualTo(new WeightedRouting(300));
    }

    @Test
    void v10_aMissingSetIdentifierIsKeptForTheValidator() throws ImportException {
        List<RecordSet> recordSets = read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\", \"Weight\": 1,"
                + " \"TTL\": 60, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]");

        assertThat(recordSets.get(0).setIdentifier()).isNull();
        assertThat(recordSets.get(0).routing()).isEqualTo(new WeightedRouting(1));
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        String text = TestInputs.text("route53/list-resource-record-sets.json");
        Path file = Files.writeString(dir.resolve("zone.json"), text);

        assertThat(reader.readRecordSets(file)).hasSize(5);
    }

    @Test
    void s11_weightAsStringIsLocated() {
        ImportProblem problem = onlyProblem(() -> read("{\"ResourceRecordSets\": [{\"Name\": \"a.example.com.\","
                + " \"Type\": \"A\", \"SetIdentifier\": \"w\", \"Weight\": \"100\", \"TTL\": 60,"
                + " \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]}"));

        assertThat(problem.describe()).isEqualTo(
                "records.json: $.ResourceRecordSets[0].Weight: expected a number, found the string \"100\" (S11)");
    }

    @Test
    void s11_fractionalTtlIsLocated() {
        ImportProblem problem = onlyProblem(() -> read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\","
                + " \"TTL\": 60.5, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]"));

        assertThat(problem.jsonPath()).isEqualTo("$[0].TTL");
        assertThat(problem.rule()).isEqualTo("S11");
        assertThat(problem.message()).isEqualTo("expected a whole number, found the number 60.5");
    }

    @Test
    void v10_twoRoutingAttributesAreLocatedAtTheRecordSet() {
        ImportProblem problem = onlyProblem(() -> read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\","
                + " \"SetIdentifier\": \"x\", \"Weight\": 10, \"Region\": \"eu-west-1\", \"TTL\": 60,"
                + " \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]"));

        assertThat(problem.describe()).isEqualTo("records.json: $[0]: a record set may carry only one routing "
                + "policy attribute, found Weight and Region (V10)");
    }

    @Test
    void v32_aliasTargetWithoutEvaluateTargetHealth() {
        ImportProblem problem = onlyProblem(() -> read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\","
                + " \"AliasTarget\": {\"HostedZoneId\": \"Z1\", \"DNSName\": \"b.example.com.\"}}]"));

        assertThat(problem.describe())
                .isEqualTo("records.json: $[0].AliasTarget.EvaluateTargetHealth: required field is missing (V32)");
    }

    @Test
    void v32_aliasTargetWithoutZoneAndName() {
        List<ImportProblem> problems = failure(() -> read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\","
                + " \"AliasTarget\": {\"EvaluateTargetHealth\": true}}]")).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(
                tuple("$[0].AliasTarget.HostedZoneId", "V32"), tuple("$[0].AliasTarget.DNSName", "V32"));
    }

    @Test
    void v16_unknownRecordType() {
        ImportProblem problem = onlyProblem(() -> read("[{\"Name\": \"a.example.com.\", \"Type\": \"AA\","
                + " \"TTL\": 60, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]"));

        assertThat(problem.jsonPath()).isEqualTo("$[0].Type");
        assertThat(problem.rule()).isEqualTo("V16");
        assertThat(problem.message()).startsWith("unknown record type \"AA\"; Route 53 supports A, AAAA, CAA");
    }

    @Test
    void r1_unparseableNamesAreLocated() {
        List<ImportProblem> problems = failure(() -> read("[{\"Name\": \"a..example.com.\", \"Type\": \"A\","
                + " \"AliasTarget\": {\"HostedZoneId\": \"Z1\", \"DNSName\": \"b.example.com\\\\\","
                + " \"EvaluateTargetHealth\": true}}]")).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(
                tuple("$[0].Name", "R1"), tuple("$[0].AliasTarget.DNSName", "R1"));
        assertThat(problems.get(0).message()).isEqualTo("not a valid domain name: name 'a..example.com.' has an "
                + "empty label");
    }

    @Test
    void v25_unknownFailoverRole() {
        ImportProblem problem = onlyProblem(() -> read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\","
                + " \"SetIdentifier\": \"p\", \"Failover\": \"primary\", \"TTL\": 60,"
                + " \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]"));

        assertThat(problem.describe()).isEqualTo("records.json: $[0].Failover: Failover must be \"PRIMARY\" or "
                + "\"SECONDARY\", found \"primary\" (V25)");
    }

    @Test
    void s11_geoproximityCoordinatesMustBeStrings() {
        ImportProblem problem = onlyProblem(() -> read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\","
                + " \"SetIdentifier\": \"p\", \"GeoProximityLocation\": {\"Coordinates\": {\"Latitude\": \"48.86\","
                + " \"Longitude\": 2.35}}, \"TTL\": 60, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]"));

        assertThat(problem.jsonPath()).isEqualTo("$[0].GeoProximityLocation.Coordinates.Longitude");
        assertThat(problem.rule()).isEqualTo("S11");
    }

    @Test
    void v28_cidrRoutingConfigNeedsBothFields() {
        ImportProblem problem = onlyProblem(() -> read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\","
                + " \"SetIdentifier\": \"p\", \"CidrRoutingConfig\": {\"CollectionId\": \"c\"}, \"TTL\": 60,"
                + " \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]"));

        assertThat(problem.describe())
                .isEqualTo("records.json: $[0].CidrRoutingConfig.LocationName: required field is missing (V28)");
    }

    @Test
    void s1_resourceRecordWithoutValueAndMissingNameAndType() {
        List<ImportProblem> problems = failure(() -> read("[{\"TTL\": 60,"
                + " \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}, {\"value\": \"192.0.2.2\"}, null]}]")).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule, ImportProblem::message)
                .containsExactly(
                        tuple("$[0].Name", "S1", "required field is missing"),
                        tuple("$[0].Type", "S1", "required field is missing"),
                        tuple("$[0].ResourceRecords[1].Value", "S1", "required field is missing"),
                        tuple("$[0].ResourceRecords[2]", "S1", "expected an object, found null"));
    }

    @Test
    void everyProblemOfEveryRecordSetIsReported() {
        List<ImportProblem> problems = failure(() -> read("[{\"Name\": \"a.example.com.\", \"Type\": \"A\","
                + " \"TTL\": \"60\", \"ResourceRecords\": [{\"Value\": 1}]},"
                + " {\"Name\": \"b.example.com.\", \"Type\": \"A\", \"SetIdentifier\": \"x\", \"Weight\": 1,"
                + " \"Failover\": \"PRIMARY\", \"TTL\": 60, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]"))
                .problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(
                tuple("$[0].TTL", "S11"), tuple("$[0].ResourceRecords[0].Value", "S1"), tuple("$[1]", "V10"));
    }

    @Test
    void s3_aDocumentOfAnotherShapeIsRejected() {
        ImportProblem problem = onlyProblem(() -> read("{\"HealthChecks\": []}"));

        assertThat(problem.describe()).isEqualTo("records.json: $: expected a ListResourceRecordSets response "
                + "({\"ResourceRecordSets\": [...]}) or a bare array, found an object without "
                + "\"ResourceRecordSets\" (S3)");
    }
}
