package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.scenario.Expectation;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.scenario.ScenarioQuery;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.TestInputs;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading well-formed scenario files (scenario-format.md) into scenarios. */
class ScenarioReaderTest {

    private final ScenarioReader reader = new ScenarioReader(ObjectMappers.create());

    /** A minimal scenario with {@code members} added; an empty query list unless members give one. */
    static String scenario(String members) {
        String queries = members.contains("\"queries\"") ? "" : ", \"queries\": []";
        return "{\"zone\": \"example.com.\", \"hostedZoneId\": \"Z1\", \"resourceRecordSets\": []"
                + (members.isEmpty() ? "" : ", " + members) + queries + "}";
    }

    private Scenario read(String json) throws ImportException {
        return reader.read("scenario.json", json);
    }

    private Scenario full() throws ImportException {
        return read(TestInputs.text("scenario/full.json"));
    }

    @Test
    void readsTitleDescriptionAndThePublicZone() throws ImportException {
        Scenario scenario = full();

        assertThat(scenario.title()).isEqualTo("Frankfurt standby for German clients");
        assertThat(scenario.description()).startsWith("When eu-west-1 is down");
        HostedZone zone = scenario.design().zones().get(0);
        assertThat(scenario.design().zones()).hasSize(1);
        assertThat(zone.id()).as("S12: prefix stripped").isEqualTo("Z3M3LMPEXAMPLE");
        assertThat(zone.origin()).isEqualTo(DomainName.of("example.com."));
        assertThat(zone.privateZone()).isFalse();
        assertThat(zone.recordSets()).hasSize(11);
        assertThat(zone.recordSets().get(1).name().text()).isEqualTo("*.example.com.");
        assertThat(zone.isInZone(zone.recordSets().get(2).aliasTarget())).isTrue();
    }

    @Test
    void readsHealthChecksAndCidrCollections() throws ImportException {
        Scenario scenario = full();

        assertThat(scenario.design().healthChecks()).extracting(c -> c.id())
                .containsExactly("hc-a", "hc-b", "hc-region", "hc-cw", "hc-calc");
        assertThat(scenario.design().cidrCollections()).hasSize(1);
        assertThat(scenario.design().cidrCollection("c8c02a84-aaaa-bbbb-cccc-123456789012")).isPresent();
    }

    @Test
    void c5_readsEveryHealthStateForm() throws ImportException {
        Map<String, HealthObservation> observations = full().design().healthSnapshot().observations();

        assertThat(observations).containsOnly(
                Map.entry("hc-a", HealthObservation.FAILING),
                Map.entry("hc-b", HealthObservation.PASSING),
                Map.entry("hc-region", new HealthObservation.PerRegion(
                        Map.of("us-east-1", true, "eu-west-1", false, "ap-southeast-1", true))),
                Map.entry("hc-cw", HealthObservation.INSUFFICIENT_DATA));
        assertThat(full().design().healthSnapshot().observation("hc-calc")).as("no entry: no data (HC16)").isEmpty();
    }

    @Test
    void c9_readsTheResourceCatalog() throws ImportException {
        var catalog = full().design().resourceCatalog();

        DomainName lb = DomainName.of("standby-123.eu-central-1.elb.amazonaws.com.");
        assertThat(catalog.find(lb)).contains(new AwsResource(lb, AwsResourceKind.APPLICATION_LOAD_BALANCER,
                List.of("198.51.100.1", "198.51.100.2"), List.of("2001:db8::1"), null,
                List.of(new TargetGroupHealth("web", 2, 1), new TargetGroupHealth("admin", 0, 0)), 60L));
        assertThat(catalog.find(DomainName.of("dualstack.standby-123.eu-central-1.elb.amazonaws.com"))).isPresent();
        DomainName cloudFront = DomainName.of("d111111abcdef8.cloudfront.net");
        assertThat(catalog.find(cloudFront)).contains(new AwsResource(cloudFront, AwsResourceKind.CLOUDFRONT,
                List.of("198.51.100.9"), List.of(), true, List.of(), null));
        AwsResource bucket = catalog.find(DomainName.of("site.example.com.s3-website.eu-west-1.amazonaws.com"))
                .orElseThrow();
        assertThat(bucket.kind()).isEqualTo(AwsResourceKind.S3_WEBSITE);
        assertThat(bucket.healthy()).isNull();
        assertThat(bucket.effectiveTtl()).isEqualTo(60);
    }

    @Test
    void c3_c4_readsQueriesWithClientsKeptAsGiven() throws ImportException {
        List<ScenarioQuery> queries = full().queries();

        assertThat(queries).hasSize(8);
        assertThat(queries.get(0).query()).isEqualTo(Query.of("www.example.com.", "A"));
        assertThat(queries.get(0).client()).as("no continent derived").isEqualTo(ClientContext.country("DE"));
        assertThat(queries.get(0).comment()).isEqualTo("hc-a fails; b keeps the primary healthy");
        assertThat(queries.get(1).query().type()).isEqualTo("A");
        assertThat(queries.get(1).client()).isEqualTo(new ClientContext("EU", "DE", null, "eu-central-1", 50.11,
                8.68, "192.0.2.200", "203.0.113.0/24"));
        assertThat(queries.get(2).client()).isEqualTo(ClientContext.UNMAPPED);
        assertThat(queries.get(3).client()).isEqualTo(ClientContext.UNMAPPED);
        assertThat(queries.get(7).expect()).isNull();
    }

    @Test
    void readsEveryExpectForm() throws ImportException {
        List<ScenarioQuery> queries = full().queries();

        assertThat(queries.get(0).expect()).isEqualTo(
                new Expectation("NOERROR", Set.of("192.0.2.11"), null, null, null, null, null, 60L, null));
        assertThat(queries.get(1).expect().oneOf()).containsExactly(Set.of("192.0.2.11"), Set.of("192.0.2.10"));
        assertThat(queries.get(2).expect().distribution())
                .containsExactly(Map.entry("192.0.2.11", 1.0), Map.entry("192.0.2.10", 0.0));
        assertThat(queries.get(2).expect().tolerance()).isEqualTo(0.02);
        assertThat(queries.get(2).expect().needsSampling()).isTrue();
        assertThat(queries.get(3).expect().subsetOf()).containsExactly("192.0.2.21", "192.0.2.22", "192.0.2.23");
        assertThat(queries.get(3).expect().size()).isEqualTo(2);
        assertThat(queries.get(4).expect()).as("NXDOMAIN with explicit empty answers").isEqualTo(
                new Expectation("NXDOMAIN", Set.of(), null, null, null, null, null, null, null));
        assertThat(queries.get(5).expect().answerType()).isEqualTo("CNAME");
        assertThat(queries.get(6).expect().rcode()).isEqualTo("REFUSED");
    }

    @Test
    void anEmptyExpectIsAnExpectationWithNothingToCheck() throws ImportException {
        Scenario scenario = read(scenario(
                "\"queries\": [{\"name\": \"a.example.com\", \"type\": \"A\", \"expect\": {}}]"));

        assertThat(scenario.queries().get(0).expect())
                .isEqualTo(new Expectation(null, null, null, null, null, null, null, null, null));
    }

    @Test
    void c1_acceptsPastedCliResponsesWithTheirWrappers() throws ImportException {
        Scenario scenario = read("{\"zone\": \"example.com\", \"hostedZoneId\": \"Z3M3LMPEXAMPLE\","
                + " \"resourceRecordSets\": " + TestInputs.text("route53/list-resource-record-sets.json") + ","
                + " \"healthChecks\": " + TestInputs.text("route53/list-health-checks.json") + ","
                + " \"cidrCollections\": {\"CidrCollections\": " + TestInputs.text("route53/cidr-collections.json")
                + "}, \"queries\": []}");

        assertThat(scenario.design().zones().get(0).recordSets()).hasSize(5);
        assertThat(scenario.design().healthChecks()).hasSize(5);
        assertThat(scenario.design().cidrCollections()).hasSize(1);
    }

    @Test
    void optionalPartsMayBeLeftOut() throws ImportException {
        Scenario scenario = read(scenario(""));

        assertThat(scenario.title()).isNull();
        assertThat(scenario.design().healthChecks()).isEmpty();
        assertThat(scenario.design().healthSnapshot().observations()).isEmpty();
        assertThat(scenario.design().resourceCatalog().isEmpty()).isTrue();
        assertThat(scenario.queries()).isEmpty();
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("full.json"), TestInputs.text("scenario/full.json"));

        assertThat(reader.read(file).queries()).hasSize(8);
    }
}
