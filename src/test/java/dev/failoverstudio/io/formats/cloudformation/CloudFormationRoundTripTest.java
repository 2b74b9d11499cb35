package dev.failoverstudio.io.formats.cloudformation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.io.formats.SampleDesigns;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CloudFormation export (YAML and JSON) read back by the importer gives the same design. */
class CloudFormationRoundTripTest {

    private static final ObjectMapper MAPPER = ObjectMappers.create();
    private final CloudFormationImporter importer = new CloudFormationImporter(MAPPER);

    static List<Path> samples() {
        return SampleDesigns.files();
    }

    private void roundTrip(Design design, boolean yaml) throws Exception {
        ExportResult result = new CloudFormationExporter(MAPPER, yaml).export(design, ExportOptions.DEFAULT);
        CloudFormationImport imported = importer.read(result.main().name(), result.main().text(), null);
        assertThat(imported.notes()).isEmpty();
        Design expected = new Design(List.of(design.zones().get(0)), design.healthChecks(),
                design.cidrCollections(), null, null);
        DesignsCompared.assertEquivalent(imported.design(), expected);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void yamlRoundTrip(Path sample) throws Exception {
        roundTrip(SampleDesigns.design(sample), true);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void jsonRoundTrip(Path sample) throws Exception {
        roundTrip(SampleDesigns.design(sample), false);
    }

    @Test
    void hc17_aDisabledCheckIsNotedAndReadBackFromItsTag() throws Exception {
        Design design = SampleDesigns.design(Path.of("samples/active-active-weighted-standby.json"));
        List<HealthCheck> checks = new ArrayList<>(design.healthChecks());
        checks.set(0, checks.get(0).withDisabled(true));
        Design disabled = design.withHealthChecks(checks);
        ExportResult result = new CloudFormationExporter(MAPPER, true).export(disabled, ExportOptions.DEFAULT);
        assertThat(result.notes()).anySatisfy(n -> assertThat(n.rule()).isEqualTo("HC17"));
        assertThat(result.main().text()).doesNotContain("Disabled:");
        roundTrip(disabled, true);
    }

    @Test
    void yamlUsesShortFormTagsForTheWiring() {
        Design design = SampleDesigns.design(Path.of("samples/active-active-weighted-standby.json"));
        String yaml = new CloudFormationExporter(MAPPER, true).export(design, ExportOptions.DEFAULT).main().text();
        assertThat(yaml).contains("HostedZoneId: !Ref HostedZoneId").contains(".HealthCheckId");
        assertThat(yaml).containsPattern("HealthCheckId: !GetAtt HealthCheck\\w+\\.HealthCheckId");
        boolean calculated = design.healthChecks().stream().anyMatch(c -> c.config() instanceof CalculatedCheck);
        if (calculated) {
            assertThat(yaml).containsPattern("- !Ref HealthCheck\\w+");
        }
    }

    @Test
    void everyEndpointCheckFieldSurvives() throws Exception {
        HealthCheck check = new HealthCheck("hc-all", "ref-all", new EndpointCheck(
                dev.failoverstudio.domain.model.HealthCheckType.HTTPS_STR_MATCH, "54.239.28.85", 8443L, "www.example.com",
                "/status", "OK", 10L, 5L, List.of("us-east-1", "eu-west-1", "ap-southeast-1"), true, true),
                true, false, 1);
        HostedZone zone = new HostedZone("ZX", dev.failoverstudio.domain.model.DomainName.of("example.com."), false,
                List.of(RecordSet.simple("www.example.com.", dev.failoverstudio.domain.model.RecordType.A, 60,
                        "54.239.28.85").withHealthCheckId("hc-all")));
        Design design = new Design(List.of(zone), List.of(check), List.of(), null, null);
        roundTrip(design, true);
        roundTrip(design, false);
    }
}
