package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.CardSizes;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.formats.project.ProjectFiles;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.failoverstudio.io.formats.ImportFailures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Health-check tags in files: an optional {@code Tags} array of {@code {"Key", "Value"}} beside each HealthCheck's
 * {@code HealthCheckConfig}, as ListTagsForResource returns them. The semantics spec numbers no rule for tags, so
 * malformed tags are located by file and JSON path without a rule.
 */
class HealthCheckTagsFormatTest {

    private static final String SAMPLE = "samples/latency-weighted-tree.json";
    private static final String USE1_A = "11111111-aaaa-4000-8000-000000000001";

    private final ScenarioReader reader = new ScenarioReader(ObjectMappers.create());
    private final ScenarioWriter writer = new ScenarioWriter(ObjectMappers.create());
    private final ProjectFiles projects = new ProjectFiles(ObjectMappers.create(), new AutoLayout(CardSizes.DEFAULT));
    private final Route53JsonReader route53 = new Route53JsonReader(ObjectMappers.create());

    static List<Path> samples() {
        return SampleDesigns.files();
    }

    private static Scenario tagged(Scenario scenario) {
        List<HealthCheck> checks = new ArrayList<>(scenario.design().healthChecks());
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).id().equals(USE1_A)) {
                checks.set(i, checks.get(i).withTags(List.of(new HealthCheckTag("Name", "web us-east-1 a"),
                        new HealthCheckTag("region", "us-east-1"), new HealthCheckTag("empty", ""))));
            }
        }
        return new Scenario(scenario.title(), scenario.description(), scenario.design().withHealthChecks(checks),
                scenario.queries());
    }

    @Test
    void tagsRoundTripThroughScenarioFilesInTheirOrder() throws Exception {
        Scenario scenario = tagged(reader.read(Path.of(SAMPLE)));
        String text = writer.toJson(scenario);
        assertThat(text).contains("\"Tags\": [").contains("\"Key\": \"region\"");
        Scenario again = reader.read("tagged.json", text);
        assertThat(again.design().healthChecks()).isEqualTo(scenario.design().healthChecks());
        assertThat(again.design().healthCheck(USE1_A).orElseThrow().tags()).extracting(HealthCheckTag::key)
                .containsExactly("Name", "region", "empty");
        assertThat(writer.toJson(again)).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void filesWithoutTagsReadAsBeforeAndAreWrittenWithoutATagsMember(Path sample) throws Exception {
        Scenario scenario = reader.read(sample);
        assertThat(scenario.design().healthChecks()).allSatisfy(c -> assertThat(c.tags()).isEmpty());
        String written = writer.toJson(scenario);
        assertThat(written).doesNotContain("\"Tags\"");
        assertThat(writer.toJson(reader.read("again.json", written))).isEqualTo(written);
    }

    @Test
    void aProjectFileKeepsTags() throws Exception {
        Scenario scenario = tagged(reader.read(Path.of(SAMPLE)));
        DesignDocument doc = projects.read(Path.of(SAMPLE));
        DesignDocument tagged = doc.withDesign(doc.design().withHealthChecks(scenario.design().healthChecks()));
        String json = projects.toJson(tagged);
        DesignDocument again = projects.read("project.json", json);
        assertThat(again.design().healthChecks()).isEqualTo(scenario.design().healthChecks());
        assertThat(projects.toJson(again)).isEqualTo(json);
        assertThat(projects.toJson(doc)).doesNotContain("\"Tags\"");
    }

    @Test
    void listHealthChecksOutputWithTagsIsRead() throws Exception {
        List<HealthCheck> checks = route53.readHealthChecks("checks.json", """
                {"HealthChecks": [{"Id": "hc-1", "CallerReference": "a",
                  "HealthCheckConfig": {"Type": "TCP", "IPAddress": "192.0.2.1", "Port": 443},
                  "HealthCheckVersion": 2,
                  "Tags": [{"Key": "team", "Value": "edge"}, {"Key": "Region"}]}]}
                """);
        assertThat(checks.get(0).tags()).containsExactly(new HealthCheckTag("team", "edge"),
                new HealthCheckTag("Region", ""));
    }

    @Test
    void malformedTagsAreLocatedByFileAndJsonPath() throws Exception {
        String text = Files.readString(Path.of(SAMPLE)).replace(
                "\"CallerReference\": \"use1-a\",",
                "\"CallerReference\": \"use1-a\", \"Tags\": [{\"Key\": \"env\", \"Value\": \"prod\"}, 7,"
                        + " {\"Value\": \"x\"}, {\"Key\": 5, \"Value\": \"y\"}, {\"Key\": \"env\", \"Value\": \"test\"},"
                        + " {\"Key\": \"k\", \"Value\": true}, {\"Key\": \"k2\", \"Valeu\": \"z\"}],")
                .replace("\"CallerReference\": \"use1-b\",", "\"CallerReference\": \"use1-b\", \"Tags\": {\"env\": 1},");
        ImportException e = failure(() -> reader.read("tagged.json", text));
        assertThat(e.problems()).extracting(ImportProblem::file).containsOnly("tagged.json");
        assertThat(e.problems()).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(
                tuple("$.healthChecks[0].Tags[1]", null),
                tuple("$.healthChecks[0].Tags[2]", null),
                tuple("$.healthChecks[0].Tags[3].Key", null),
                tuple("$.healthChecks[0].Tags[4].Key", null),
                tuple("$.healthChecks[0].Tags[5].Value", null),
                tuple("$.healthChecks[0].Tags[6].Valeu", null),
                tuple("$.healthChecks[1].Tags", null));
        assertThat(e.problems()).extracting(ImportProblem::message).containsExactly(
                "a tag must be an object {\"Key\", \"Value\"}, found the number 7",
                "a tag needs a Key (a string of 1 to 128 characters)",
                "a tag Key must be a string, found the number 5",
                "tag key \"env\" appears twice (first at $.healthChecks[0].Tags[0].Key); Route 53 keeps one value per key",
                "a tag Value must be a string, found true",
                "unknown field 'Valeu'; did you mean 'Value'?",
                "Tags must be an array of {\"Key\", \"Value\"} objects (the Route 53 tag shape; the semantics spec "
                        + "numbers no rule for tags), found an object");
    }
}
