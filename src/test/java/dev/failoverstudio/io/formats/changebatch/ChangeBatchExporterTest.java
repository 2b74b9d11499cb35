package dev.failoverstudio.io.formats.changebatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.exchange.ExportedFile;
import dev.failoverstudio.domain.exchange.ZoneDiff;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.validate.ChangeAction;
import dev.failoverstudio.domain.validate.ChangeBatch;
import dev.failoverstudio.domain.validate.ChangeBatchApplier;
import dev.failoverstudio.domain.validate.ChangeBatchSize;
import dev.failoverstudio.domain.validate.Problem;
import dev.failoverstudio.domain.validate.Validated;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.assets.GeoTablesLoader;
import dev.failoverstudio.io.formats.Route53JsonReader;
import dev.failoverstudio.io.formats.SampleDesigns;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The change batch export (S2, S5, V7, V9): what Route 53 would make of it is the design again. */
class ChangeBatchExporterTest {

    private static final ObjectMapper MAPPER = ObjectMappers.create();
    private static final ChangeBatchApplier APPLIER = new ChangeBatchApplier(GeoTablesLoader.loadBundled());

    private final ChangeBatchExporter exporter = new ChangeBatchExporter(MAPPER);
    private final ChangeBatchReader reader = new ChangeBatchReader(MAPPER);

    static List<Path> samples() {
        return SampleDesigns.files();
    }

    /** The zone as a new hosted zone holds it: only the apex SOA and NS (R7). */
    private static HostedZone freshZone(HostedZone zone) {
        return zone.withRecordSets(zone.recordSets().stream().filter(r -> ZoneDiff.isApexSoaOrNs(zone, r)).toList());
    }

    private List<ChangeBatch> batches(ExportResult result) throws ImportException {
        List<ChangeBatch> batches = new ArrayList<>();
        for (ExportedFile file : result.files()) {
            if (file.name().startsWith("change-batch")) {
                batches.add(reader.read(file.name(), file.text()));
            }
        }
        return batches;
    }

    private static HostedZone applyAll(Design design, HostedZone start, List<ChangeBatch> batches) {
        HostedZone current = start;
        for (ChangeBatch batch : batches) {
            Validated<HostedZone> result = APPLIER.apply(design.withZone(current), current.id(), batch);
            assertThat(result.errors()).extracting(Problem::message).isEmpty();
            current = result.value();
        }
        return current;
    }

    /** The health checks rebuilt from the create-health-check inputs and the Id each stands for. */
    private static List<HealthCheck> healthChecks(ExportResult result) throws Exception {
        ExportedFile refs = result.files().stream().filter(f -> f.name().equals("health-check-references.json"))
                .findFirst().orElse(null);
        if (refs == null) {
            return List.of();
        }
        ArrayNode checks = MAPPER.createArrayNode();
        for (JsonNode entry : MAPPER.readTree(refs.text()).get("HealthChecks")) {
            String requestFile = entry.get("RequestFile").asText();
            JsonNode request = MAPPER.readTree(result.files().stream().filter(f -> f.name().equals(requestFile))
                    .findFirst().orElseThrow().text());
            ObjectNode check = checks.addObject();
            check.put("Id", entry.get("Id").asText());
            check.set("CallerReference", request.get("CallerReference"));
            check.set("HealthCheckConfig", request.get("HealthCheckConfig"));
        }
        return new Route53JsonReader(MAPPER).readHealthChecks("refs", MAPPER.writeValueAsString(checks));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void s2_createBatchesAppliedToAFreshZoneGiveTheSampleZone(Path sample) throws Exception {
        Design design = SampleDesigns.design(sample);
        HostedZone zone = design.zones().get(0);
        ExportResult result = exporter.export(design, ExportOptions.DEFAULT);
        HostedZone applied = applyAll(design, freshZone(zone), batches(result));
        assertThat(applied.recordSets()).containsExactlyInAnyOrderElementsOf(zone.recordSets());
        List<HealthCheck> expected = design.healthChecks().stream().map(c -> new HealthCheck(c.id(),
                c.callerReference(), c.config(), c.inverted(), c.disabled(), 1)).toList();
        assertThat(healthChecks(result)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void v5_upsertBatchesOverTheZoneItselfChangeNothing(Path sample) throws Exception {
        Design design = SampleDesigns.design(sample);
        HostedZone zone = design.zones().get(0);
        ExportResult result = exporter.export(design, ExportOptions.DEFAULT.withAction(ChangeAction.UPSERT));
        List<ChangeBatch> batches = batches(result);
        assertThat(batches).allSatisfy(b -> assertThat(b.changes())
                .allMatch(c -> c.action() == ChangeAction.UPSERT));
        assertThat(applyAll(design, zone, batches).recordSets()).containsExactlyInAnyOrderElementsOf(zone.recordSets());
    }

    @Test
    void v9_apexSoaAndNsAreLeftOutWithANote() throws Exception {
        HostedZone zone = new HostedZone("Z1", DomainName.of("example.com."), false, List.of(
                new RecordSet(DomainName.of("example.com."), RecordType.NS, null, SimpleRouting.INSTANCE, 172800L,
                        List.of("ns-1.awsdns-01.com."), null, null, null),
                RecordSet.simple("www.example.com.", RecordType.A, 60, "192.0.2.1")));
        ExportResult result = exporter.export(Design.of(zone), ExportOptions.DEFAULT);
        assertThat(batches(result).get(0).changes()).extracting(c -> c.recordSet().type()).containsExactly(RecordType.A);
        assertThat(result.notes()).anySatisfy(n -> assertThat(n.rule()).isEqualTo("V9"));
        assertThat(result.files()).extracting(ExportedFile::name).containsExactly("change-batch.json");
    }

    @Test
    void v7_aLargeZoneIsSplitIntoNumberedBatchesEachWithinTheLimits() throws Exception {
        List<RecordSet> records = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<String> values = new ArrayList<>();
            for (int v = 0; v < 100; v++) {
                values.add("10.0." + i + "." + v);
            }
            records.add(new RecordSet(DomainName.of("h" + i + ".example.com."), RecordType.A, null,
                    SimpleRouting.INSTANCE, 60L, values, null, null, null));
        }
        Design design = Design.of(new HostedZone("Z1", DomainName.of("example.com."), false, records));
        ExportResult result = exporter.export(design, ExportOptions.DEFAULT);
        assertThat(result.files()).extracting(ExportedFile::name)
                .containsExactly("change-batch-1.json", "change-batch-2.json", "change-batch-3.json");
        List<ChangeBatch> batches = batches(result);
        assertThat(batches).allSatisfy(b -> assertThat(ChangeBatchSize.of(b.changes()).withinLimits()).isTrue());
        HostedZone applied = applyAll(design, design.zones().get(0).withRecordSets(List.of()), batches);
        assertThat(applied.recordSets()).containsExactlyInAnyOrderElementsOf(records);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void v2_diffBetweenTwoDesignsAppliedToTheOldGivesTheNew(Path sample) throws Exception {
        Design before = SampleDesigns.design(sample);
        HostedZone zone = before.zones().get(0);
        // the edit: drop the last record set that nothing aliases to, add a TXT record, change a TTL
        List<RecordSet> edited = new ArrayList<>(zone.recordSets());
        edited.removeIf(r -> r.type() == RecordType.TXT && r.name().firstLabel().equals("_edit"));
        RecordSet removable = edited.stream().filter(r -> !r.isAlias() && r.policy().name().equals("SIMPLE")
                        && !ZoneDiff.isApexSoaOrNs(zone, r)
                        && zone.recordSets().stream().noneMatch(o -> o.isAlias()
                        && o.aliasTarget().dnsName().equals(r.name()) && o.type() == r.type()))
                .reduce((a, b) -> b).orElse(null);
        if (removable != null) {
            edited.remove(removable);
        }
        edited.add(RecordSet.simple("_edit." + zone.origin().text(), RecordType.TXT, 300, "\"edited\""));
        for (int i = 0; i < edited.size(); i++) {
            RecordSet r = edited.get(i);
            if (!r.isAlias() && r.ttl() != null && r.policy().name().equals("SIMPLE")
                    && !ZoneDiff.isApexSoaOrNs(zone, r)) {
                edited.set(i, r.withTtl(r.ttl() + 1));
                break;
            }
        }
        Design after = before.withZone(zone.withRecordSets(edited));
        ExportResult result = exporter.exportDiff(before, after, null);
        List<ChangeBatch> batches = batches(result);
        assertThat(batches).isNotEmpty();
        assertThat(applyAll(after, zone, batches).recordSets()).containsExactlyInAnyOrderElementsOf(edited);
    }

    @Test
    void s5_aSharedCallerReferenceIsMadeUniqueSoTwoChecksDoNotBecomeOne() throws Exception {
        dev.failoverstudio.domain.model.EndpointCheck endpoint =
                dev.failoverstudio.domain.model.EndpointCheck.http("54.239.28.85");
        Design design = Design.of(new HostedZone("Z1", DomainName.of("example.com."), false,
                List.of(RecordSet.simple("www.example.com.", RecordType.A, 60, "192.0.2.1"))))
                .withHealthChecks(List.of(new HealthCheck("hc-1", "same", endpoint, false, false, 1),
                        new HealthCheck("hc-2", "same", endpoint, false, false, 1)));
        ExportResult result = exporter.export(design, ExportOptions.DEFAULT);
        List<String> references = new ArrayList<>();
        for (ExportedFile file : result.files()) {
            if (file.name().startsWith("create-health-check")) {
                references.add(MAPPER.readTree(file.text()).get("CallerReference").asText());
            }
        }
        assertThat(references).containsExactly("same", "same-hc-2");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n.message()).contains("same-hc-2"));
    }

    @Test
    void onlyTheChosenZoneIsExportedAndTheOthersAreNoted() {
        HostedZone a = new HostedZone("ZA", DomainName.of("a.example."), false,
                List.of(RecordSet.simple("www.a.example.", RecordType.A, 60, "192.0.2.1")));
        HostedZone b = new HostedZone("ZB", DomainName.of("b.example."), false,
                List.of(RecordSet.simple("www.b.example.", RecordType.A, 60, "192.0.2.2")));
        Design design = Design.of(a).withZone(b);
        ExportResult result = exporter.export(design, ExportOptions.DEFAULT.withZoneId("ZB"));
        assertThat(result.main().text()).contains("www.b.example.").doesNotContain("www.a.example.");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n.message()).contains("a.example. (ZA)"));
    }
}
