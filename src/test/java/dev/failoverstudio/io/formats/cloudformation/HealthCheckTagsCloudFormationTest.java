package dev.failoverstudio.io.formats.cloudformation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.formats.SampleDesigns;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Health-check tags as {@code AWS::Route53::HealthCheck.HealthCheckTags}, both ways. The exporter adds its own
 * bookkeeping tags ({@code failover-studio:...}) and a Name tag when the user has none; the importer gives back
 * exactly the user's tags.
 */
class HealthCheckTagsCloudFormationTest {

    private static final ObjectMapper MAPPER = ObjectMappers.create();
    private final CloudFormationImporter importer = new CloudFormationImporter(MAPPER);
    private final Design sample = SampleDesigns.design(Path.of("samples/latency-weighted-tree.json"));

    /** The sample with tags on its first three checks; the fourth keeps none. */
    private Design tagged(List<HealthCheckTag> first, List<HealthCheckTag> second, List<HealthCheckTag> third) {
        List<HealthCheck> checks = new ArrayList<>(sample.healthChecks());
        checks.set(0, checks.get(0).withTags(first));
        checks.set(1, checks.get(1).withTags(second));
        checks.set(2, checks.get(2).withTags(third));
        return sample.withHealthChecks(checks);
    }

    private Design roundTrip(Design design, boolean yaml) throws ImportException {
        ExportResult result = new CloudFormationExporter(MAPPER, yaml).export(design, ExportOptions.DEFAULT);
        CloudFormationImport imported = importer.read(result.main().name(), result.main().text(), null);
        assertThat(imported.notes()).isEmpty();
        return imported.design();
    }

    @Test
    void userTagsRoundTripInOrderWhateverTheirNameTag() throws Exception {
        Design design = tagged(
                List.of(new HealthCheckTag("region", "us-east-1"), new HealthCheckTag("team", "edge")),
                // a Name of the user's own, equal to what the exporter would supply (the caller reference)
                List.of(new HealthCheckTag("Name", "use1-b"), new HealthCheckTag("tier", "")),
                List.of(new HealthCheckTag("Name", "Sydney A"), new HealthCheckTag("region", "ap-southeast-2")));
        for (boolean yaml : new boolean[] {true, false}) {
            Design again = roundTrip(design, yaml);
            DesignsCompared.assertEquivalent(again, new Design(List.of(design.zones().get(0)),
                    design.healthChecks(), design.cidrCollections(), null, null));
            assertThat(again.healthCheck(sample.healthChecks().get(0).id()).orElseThrow().tags())
                    .extracting(HealthCheckTag::key).containsExactly("region", "team");
            assertThat(again.healthCheck(sample.healthChecks().get(3).id()).orElseThrow().tags()).isEmpty();
        }
    }

    @Test
    void theTemplateCarriesUserTagsAndOneNameTagPerCheck() {
        Design design = tagged(List.of(new HealthCheckTag("region", "us-east-1")),
                List.of(new HealthCheckTag("Name", "use1-b")), List.of(new HealthCheckTag("Name", "Sydney A")));
        String yaml = new CloudFormationExporter(MAPPER, true).export(design, ExportOptions.DEFAULT).main().text();
        assertThat(yaml).contains("Key: \"region\"").contains("Value: \"us-east-1\"")
                .contains("Value: \"Sydney A\"");
        // the user's Name replaces the supplied one: one Name tag per check
        assertThat(yaml.split("Key: \"Name\"", -1)).hasSize(design.healthChecks().size() + 1);
        // the user's Name equals the supplied one (the caller reference): marked as the user's
        assertThat(yaml.split("Key: \"failover-studio:name-is-a-user-tag\"", -1)).hasSize(2);
    }

    @Test
    void aTemplateWrittenByHandKeepsEveryTagIncludingName() throws Exception {
        String template = String.join("\n",
                "Resources:",
                "  Check:",
                "    Type: AWS::Route53::HealthCheck",
                "    Properties:",
                "      HealthCheckConfig: {Type: TCP, IPAddress: 192.0.2.1, Port: 443}",
                "      HealthCheckTags:",
                "        - {Key: Name, Value: Check}",
                "        - {Key: region, Value: eu-west-1}",
                "");
        HealthCheck check = importer.read("hand.yaml", template, null).design().healthChecks().get(0);
        assertThat(check.tags()).containsExactly(new HealthCheckTag("Name", "Check"),
                new HealthCheckTag("region", "eu-west-1"));
    }

    @Test
    void malformedHealthCheckTagsAreLocated() {
        String template = String.join("\n",
                "Resources:",
                "  Check:",
                "    Type: AWS::Route53::HealthCheck",
                "    Properties:",
                "      HealthCheckConfig: {Type: TCP, IPAddress: 192.0.2.1, Port: 443}",
                "      HealthCheckTags:",
                "        - {Key: env, Value: a}",
                "        - {Key: env, Value: b}",
                "        - {Value: c}",
                "");
        assertThatThrownBy(() -> importer.read("bad.yaml", template, null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::jsonPath).containsExactly(
                                "$.Resources.Check.Properties.HealthCheckTags[1].Key",
                                "$.Resources.Check.Properties.HealthCheckTags[2]"));
    }
}
