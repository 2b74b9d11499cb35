package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.TestInputs;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Read → write → read gives the same model; the writer's output is the API's own shape (S1, S3, S4, S9). */
class Route53RoundTripTest {

    private final ObjectMapper mapper = ObjectMappers.create();
    private final Route53JsonReader reader = new Route53JsonReader(mapper);
    private final Route53JsonWriter writer = new Route53JsonWriter(mapper);

    @Test
    void s3_theSpecExampleIsWrittenBackAsTheSameDocument() throws Exception {
        String original = TestInputs.text("route53/list-resource-record-sets.json");

        String written = writer.writeRecordSets(reader.readRecordSets("in.json", original));

        assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(original));
    }

    @Test
    void everyPolicyRoundTrips() throws ImportException {
        List<RecordSet> first = reader.readRecordSets("in.json", TestInputs.text("route53/every-policy.json"));

        List<RecordSet> second = reader.readRecordSets("out.json", writer.writeRecordSets(first));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void healthChecksRoundTrip() throws ImportException {
        String original = TestInputs.text("route53/list-health-checks.json");
        List<HealthCheck> first = reader.readHealthChecks("in.json", original);

        List<HealthCheck> second = reader.readHealthChecks("out.json", writer.writeHealthChecks(first));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void cidrCollectionsRoundTrip() throws ImportException {
        List<CidrCollection> first = reader.readCidrCollections("in.json",
                TestInputs.text("route53/cidr-collections.json"));

        List<CidrCollection> second = reader.readCidrCollections("out.json", writer.writeCidrCollections(first));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void r1_namesAreWrittenInApiFormWithOctalEscapes() throws Exception {
        RecordSet wildcard = RecordSet.simple("*.Example.com", RecordType.A, 60, "192.0.2.1");
        RecordSet odd = RecordSet.simple("a\\.b@c.example.com", RecordType.TXT, 60, "\"x\"");

        JsonNode written = mapper.readTree(writer.writeRecordSets(List.of(wildcard, odd)));

        assertThat(written.at("/ResourceRecordSets/0/Name").textValue()).isEqualTo("\\052.example.com.");
        assertThat(written.at("/ResourceRecordSets/1/Name").textValue()).isEqualTo("a\\056b\\100c.example.com.");
    }

    @Test
    void s1_absentFieldsAreOmittedAndCoordinatesAreStrings() throws Exception {
        RecordSet near = RecordSet.simple("near.example.com.", RecordType.A, 60, "192.0.2.1")
                .withRouting("paris", new GeoproximityRouting(
                        new GeoProximityLocation(null, null, "48.86", "2.35", null)));

        String text = writer.writeRecordSets(List.of(near));
        JsonNode record = mapper.readTree(text).at("/ResourceRecordSets/0");

        assertThat(text).doesNotContain("null");
        assertThat(record.has("AliasTarget")).isFalse();
        assertThat(record.has("HealthCheckId")).isFalse();
        assertThat(record.at("/GeoProximityLocation/Coordinates/Latitude").isTextual()).isTrue();
        assertThat(record.at("/GeoProximityLocation/Coordinates/Longitude").textValue()).isEqualTo("2.35");
        assertThat(record.at("/GeoProximityLocation").has("Bias")).isFalse();
    }

    @Test
    void s3_theWriterUsesApiCasingAndOnePage() throws Exception {
        String text = writer.writeRecordSets(List.of(RecordSet.simple("a.example.com", RecordType.A, 60, "192.0.2.1")));

        assertThat(text).isEqualTo("""
                {
                  "ResourceRecordSets": [
                    {
                      "Name": "a.example.com.",
                      "Type": "A",
                      "TTL": 60,
                      "ResourceRecords": [
                        {
                          "Value": "192.0.2.1"
                        }
                      ]
                    }
                  ],
                  "IsTruncated": false,
                  "MaxItems": "300"
                }
                """);
    }

    @Test
    void aliasTargetsAreWrittenWithTheirDnsNameInApiForm() throws Exception {
        RecordSet alias = RecordSet.simple("a.example.com", RecordType.A, 60)
                .withAliasTarget(new AliasTarget("/hostedzone/Z1",
                        DomainName.of("*.b.example.com"), true));

        JsonNode record = mapper.readTree(writer.writeRecordSets(List.of(alias))).at("/ResourceRecordSets/0");
        JsonNode target = record.get("AliasTarget");

        assertThat(target.get("HostedZoneId").textValue()).isEqualTo("Z1");
        assertThat(target.get("DNSName").textValue()).isEqualTo("\\052.b.example.com.");
        assertThat(target.get("EvaluateTargetHealth").booleanValue()).isTrue();
        assertThat(record.has("TTL")).isFalse();
    }
}
