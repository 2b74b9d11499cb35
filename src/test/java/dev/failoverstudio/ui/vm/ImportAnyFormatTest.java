package dev.failoverstudio.ui.vm;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.exchange.DesignExporter;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportedFile;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File > Import without the toolkit: a sample design exported to each format the {@code import} command reads is
 * imported back through {@link DocumentFilesViewModel#importFile}, the format detected from the file alone.
 */
class ImportAnyFormatTest {

    private static final Path SAMPLE = Path.of("samples/latency-weighted-tree.json");

    @TempDir
    Path temp;

    private Design sample(Services services) throws Exception {
        return services.formats().scenarioReader().read(SAMPLE).design();
    }

    private Path exported(Services services, String format, ExportOptions options) throws Exception {
        DesignExporter exporter = services.exchange().exporter(format).orElseThrow();
        ExportedFile main = exporter.export(sample(services), options).main();
        Path file = temp.resolve("in-" + main.name());
        Files.writeString(file, main.text());
        return file;
    }

    private static Set<String> groups(Design design) {
        return design.zones().get(0).recordSets().stream().map(r -> r.name().text() + " " + r.type())
                .collect(Collectors.toSet());
    }

    private static Set<RecordSet> records(Design design) {
        return Set.copyOf(design.zones().get(0).recordSets());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zone-file", "cloudformation-yaml", "cloudformation-json", "change-batch"})
    void aSampleExportedToTheFormatImportsAsAnUntitledLaidOutDesign(String format) throws Exception {
        DesignerSession s = DesignerFixture.session(temp);
        Design original = sample(s.services());
        Path file = exported(s.services(), format, ExportOptions.DEFAULT);
        if (format.equals("change-batch")) {
            s.files().importFile(SAMPLE); // the health checks the batch refers to (V50) are the open design's
        }

        s.files().importFile(file);

        assertThat(s.files().errorProperty().get()).as("error").isNull();
        assertThat(s.designer().statusProperty().get()).startsWith("Imported " + file.getFileName());
        assertThat(s.files().file()).isNull();
        Design imported = s.designer().document().design();
        Set<RecordSet> expected = records(original);
        if (format.equals("change-batch")) {
            // Route 53 creates the apex SOA and NS with the zone; a batch never carries them (V9)
            expected = expected.stream().filter(r -> r.type() != RecordType.SOA && r.type() != RecordType.NS)
                    .collect(Collectors.toSet());
        }
        assertThat(imported.zones().get(0).origin()).isEqualTo(original.zones().get(0).origin());
        assertThat(records(imported)).isEqualTo(expected);
        if (!format.equals("zone-file")) { // health checks are no zone data; the other formats carry them
            assertThat(imported.healthChecks()).containsExactlyInAnyOrderElementsOf(original.healthChecks());
        }
        DesignDocument doc = s.designer().document();
        assertThat(s.designer().scene().cards().stream().filter(c -> c.kind() == CardKind.GROUP))
                .hasSize(groups(imported).size());
        assertThat(doc.layout().size()).isGreaterThanOrEqualTo(groups(imported).size());
    }

    @Test
    void route53ListOutputAndScenarioFilesStillImportThroughTheSameCommand() throws Exception {
        DesignerSession s = DesignerFixture.session(temp);
        Design original = sample(s.services());
        Path list = temp.resolve("list.json");
        Files.writeString(list, s.services().formats().route53Writer().writeRecordSets(
                original.zones().get(0).recordSets()));

        s.files().importFile(list);

        assertThat(s.files().errorProperty().get()).as("error").isNull();
        assertThat(s.designer().statusProperty().get()).isEqualTo("Imported list.json (Route 53 JSON, scenario or project file).");
        assertThat(records(s.designer().document().design())).isEqualTo(records(original));

        s.files().importFile(SAMPLE);

        assertThat(s.designer().document().design().zones()).isEqualTo(original.zones());
        assertThat(s.files().file()).isNull();
    }

    @Test
    void aTrafficFlowPolicyAsksForItsRecordNameSuggestingTheOpenZoneApex() throws Exception {
        DesignerSession s = DesignerFixture.session(temp);
        s.files().importFile(SAMPLE);
        String apex = s.designer().document().design().zones().get(0).origin().text();
        DomainName policyName = s.designer().document().design().zones().get(0).recordSets().get(0).name();
        Path file = exported(s.services(), "traffic-flow", ExportOptions.DEFAULT.withPolicyName(policyName));
        List<DesignFileImporter.NameRequest> asked = new ArrayList<>();
        s.files().setNameQuestion(request -> {
            asked.add(request);
            return Optional.of("policy." + apex);
        });

        s.files().importFile(file);

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).suggestion()).isEqualTo(apex);
        assertThat(s.files().errorProperty().get()).as("error").isNull();
        Design imported = s.designer().document().design();
        assertThat(imported.zones().get(0).origin()).isEqualTo(DomainName.of("policy." + apex));
        assertThat(imported.zones().get(0).recordSets())
                .anyMatch(r -> r.name().equals(DomainName.of("policy." + apex)));
        assertThat(s.designer().scene().cards()).isNotEmpty();
    }

    @Test
    void cancellingThePolicyNameImportsNothing() throws Exception {
        DesignerSession s = DesignerFixture.session(temp);
        s.files().importFile(SAMPLE);
        DesignDocument before = s.designer().document();
        DomainName policyName = before.design().zones().get(0).recordSets().get(0).name();
        Path file = exported(s.services(), "traffic-flow", ExportOptions.DEFAULT.withPolicyName(policyName));
        s.files().setNameQuestion(request -> Optional.empty());

        s.files().importFile(file);

        assertThat(s.designer().document()).isSameAs(before);
        assertThat(s.designer().statusProperty().get()).contains("cancelled");
    }

    @Test
    void aGarbageFileIsRefusedWithALocatedMessageAndTheOpenDesignStays() throws Exception {
        DesignerSession s = DesignerFixture.session(temp);
        s.files().importFile(SAMPLE);
        DesignDocument before = s.designer().document();
        Path garbage = temp.resolve("garbage.zone");
        Files.writeString(garbage, "$ORIGIN example.com.\nwww 300 IN A not-an-address\n");

        s.files().importFile(garbage);

        assertThat(s.designer().document()).isSameAs(before);
        assertThat(s.files().errorProperty().get())
                .startsWith("Cannot import garbage.zone:")
                .contains(garbage + ": line 2: ")
                .contains("(RFC 1035)");
    }

    @Test
    void aChangeBatchReferringToHealthChecksTheOpenDesignLacksIsRefusedAsRoute53Would_V50() throws Exception {
        DesignerSession s = DesignerFixture.session(temp);
        DesignDocument before = s.designer().document();
        Path file = exported(s.services(), "change-batch", ExportOptions.DEFAULT);

        s.files().importFile(file);

        assertThat(s.designer().document()).isSameAs(before);
        assertThat(s.files().errorProperty().get()).startsWith("Cannot import " + file.getFileName() + ":")
                .contains(file + ": $.Changes: ").contains("(V50)");
    }

    @Test
    void aBrokenTemplateIsRefusedWithItsJsonPath() throws Exception {
        DesignerSession s = DesignerFixture.session(temp);
        s.files().importFile(SAMPLE);
        DesignDocument before = s.designer().document();
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"Resources\": {\"R\": {\"Type\": \"AWS::Route53::RecordSet\","
                + " \"Properties\": {\"Name\": \"www.example.com.\", \"Type\": \"A\", \"TTL\": \"x\"}}}}");

        s.files().importFile(broken);

        assertThat(s.designer().document()).isSameAs(before);
        assertThat(s.files().errorProperty().get()).startsWith("Cannot import broken.json:").contains("$.Resources");
    }
}
