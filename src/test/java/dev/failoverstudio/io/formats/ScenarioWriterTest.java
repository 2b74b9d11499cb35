package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.scenario.Expectation;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.scenario.ScenarioQuery;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenario files written by {@link ScenarioWriter} read back to the same scenario (scenario-format.md). */
class ScenarioWriterTest {

    private final ScenarioReader reader = new ScenarioReader(ObjectMappers.create());
    private final ScenarioWriter writer = new ScenarioWriter(ObjectMappers.create());

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleRoundTrips(Path sample) throws Exception {
        Scenario original = reader.read(sample);
        Scenario again = reader.read("written", writer.toJson(original));
        assertSame(again, original);
    }

    @Test
    void everyObservationFormResourceFormAndClientFieldRoundTrips(@TempDir Path dir) throws Exception {
        Scenario sample = reader.read(Path.of("samples/latency-weighted-tree.json"));
        DomainName alb = DomainName.of("web-1.eu-west-1.elb.amazonaws.com.");
        DomainName s3 = DomainName.of("s3-website-us-east-1.amazonaws.com.");
        var design = sample.design()
                .withHealthSnapshot(sample.design().healthSnapshot()
                        .with("11111111-aaaa-4000-8000-000000000003",
                                new HealthObservation.PerRegion(Map.of("us-east-1", true, "eu-west-1", false)))
                        .without("11111111-aaaa-4000-8000-000000000004"))
                .withResourceCatalog(new ResourceCatalog(Map.of(
                        alb, new AwsResource(alb, AwsResourceKind.APPLICATION_LOAD_BALANCER, List.of("203.0.113.1"),
                                List.of("2001:db8::1"), null, List.of(new TargetGroupHealth("web", 3, 1)), 30L),
                        s3, new AwsResource(s3, AwsResourceKind.S3_WEBSITE, List.of("198.51.100.7"), null, false,
                                null, null))));
        ClientContext everything = new ClientContext("EU", "DE", null, "eu-central-1", 50.11, 8.68, "192.0.2.1",
                "203.0.113.0/24");
        Scenario scenario = new Scenario("all forms", "every field", design, List.of(
                new ScenarioQuery(Query.of("example.com.", "A"), everything,
                        new Expectation("NOERROR", null, null, Map.of("198.51.100.21", 0.75, "198.51.100.22", 0.25),
                                0.02, null, null, 60L, null), "distribution"),
                new ScenarioQuery(Query.of("example.com.", "A"), ClientContext.UNMAPPED,
                        new Expectation(null, null, null, null, null, List.of("198.51.100.21", "198.51.100.22"), 1,
                                null, "A"), null),
                new ScenarioQuery(Query.of("example.com.", "TXT"), ClientContext.country("US"), null, null)));
        Path file = dir.resolve("all.json");
        writer.write(scenario, file);
        Scenario again = reader.read(file);
        assertSame(again, scenario);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void aDesignWithSeveralZonesIsRefused() throws Exception {
        Scenario sample = reader.read(Path.of("samples/latency-weighted-tree.json"));
        var zone = sample.design().zones().get(0);
        var two = sample.design().withZone(new dev.failoverstudio.domain.model.HostedZone("Z2OTHER",
                DomainName.of("example.org."), false, List.of()));
        assertThat(two.zones()).hasSize(2).contains(zone);
        assertThatThrownBy(() -> writer.toJson(new Scenario(null, null, two, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one hosted zone");
    }

    private static void assertSame(Scenario actual, Scenario expected) {
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.description()).isEqualTo(expected.description());
        assertThat(actual.design().zones()).isEqualTo(expected.design().zones());
        assertThat(actual.design().healthChecks()).isEqualTo(expected.design().healthChecks());
        assertThat(actual.design().cidrCollections()).isEqualTo(expected.design().cidrCollections());
        assertThat(actual.design().resourceCatalog()).isEqualTo(expected.design().resourceCatalog());
        assertThat(actual.design().healthSnapshot().observations())
                .isEqualTo(expected.design().healthSnapshot().observations());
        assertThat(actual.queries()).hasSameSizeAs(expected.queries());
        for (int i = 0; i < expected.queries().size(); i++) {
            ScenarioQuery a = actual.queries().get(i);
            ScenarioQuery e = expected.queries().get(i);
            assertThat(a.query()).isEqualTo(e.query());
            assertThat(a.client()).isEqualTo(e.client());
            assertThat(a.comment()).isEqualTo(e.comment());
            assertThat(normalized(a.expect())).isEqualTo(normalized(e.expect()));
        }
    }

    /** Expectations compare as sets where the format is a set (answers, oneOf's members). */
    private static Object normalized(Expectation e) {
        if (e == null) {
            return null;
        }
        return List.of(String.valueOf(e.rcode()), String.valueOf(e.answers() == null ? null : Set.copyOf(e.answers())),
                String.valueOf(e.oneOf() == null ? null : e.oneOf().stream().map(Set::copyOf).toList()),
                String.valueOf(e.distribution() == null ? null : new java.util.TreeMap<>(e.distribution())), String.valueOf(e.tolerance()), String.valueOf(e.subsetOf()),
                String.valueOf(e.size()), String.valueOf(e.ttl()), String.valueOf(e.answerType()));
    }
}
