package dev.failoverstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The export and import sub-commands: files written atomically, notes on standard error, exit statuses. */
class ExportImportCommandTest {

    private static final String SAMPLE = "samples/active-passive-failover.json";

    @Test
    void exportChangeBatchWritesEveryFileIntoTheDirectory(@TempDir Path dir) {
        CliRun run = CliRun.of("export", "--format", "change-batch", "--out", dir.toString(), SAMPLE);
        assertThat(run.status()).isZero();
        assertThat(dir.resolve("change-batch.json")).exists();
        assertThat(dir.resolve("health-check-references.json")).exists();
        assertThat(dir.resolve("create-health-check-01-22222222-bbbb-4000-8000-000000000001.json")).exists();
        assertThat(run.err()).contains("note: ");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void exportWithoutOutPrintsTheFilesOneAfterTheOther() {
        CliRun run = CliRun.of("export", "--format", "change-batch", "--action", "UPSERT", SAMPLE);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("==> change-batch.json <==").contains("\"Action\": \"UPSERT\"");
    }

    @Test
    void anUnknownFormatOrZoneIsExitStatus2() {
        CliRun unknown = CliRun.of("export", "--format", "bind9", SAMPLE);
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'bind9'").contains("change-batch");
        CliRun delete = CliRun.of("export", "--format", "change-batch", "--action", "DELETE", SAMPLE);
        assertThat(delete.status()).isEqualTo(2);
        assertThat(delete.err()).contains("--action must be CREATE or UPSERT");
        CliRun zone = CliRun.of("export", "--format", "zone-file", "--zone-id", "ZNOPE", SAMPLE);
        assertThat(zone.status()).isEqualTo(2);
        assertThat(zone.err()).contains("ZNOPE");
    }

    @Test
    void diffBetweenTwoScenarioFiles(@TempDir Path dir) {
        CliRun same = CliRun.of("export", "--format", "change-batch", "--from", SAMPLE, SAMPLE);
        assertThat(same.status()).isZero();
        assertThat(same.err()).contains("no record set changed");
    }

    @Test
    void zoneFileExportedThenImportedValidates_onlyTheHealthChecksAreMissing(@TempDir Path dir) throws Exception {
        Path zoneFile = dir.resolve("example.com.zone");
        Files.writeString(zoneFile, CliRun.of("export", "--format", "zone-file", SAMPLE).out());
        Path scenario = dir.resolve("imported.json");
        CliRun imported = CliRun.of("import", "--format", "zone-file", "--out", scenario.toString(), zoneFile.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        CliRun validate = CliRun.of("validate", scenario.toString());
        // a zone file holds no health checks (the export says so): V50 is the only error left
        assertThat(validate.out().lines().filter(l -> l.startsWith("ERROR"))).isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith("ERROR   V50 "));
    }

    @Test
    void aBrokenZoneFileIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path zoneFile = dir.resolve("bad.zone");
        Files.writeString(zoneFile, "$ORIGIN example.com.\nwww 60 IN A 999.1.1.1\n");
        CliRun run = CliRun.of("import", "--format", "zone-file", zoneFile.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("bad.zone:2: ");
    }

    @Test
    void cloudFormationYamlExportedThenImportedIsTheSameScenario(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("template.yaml");
        CliRun export = CliRun.of("export", "--format", "cloudformation-yaml", SAMPLE);
        assertThat(export.status()).isZero();
        Files.writeString(template, export.out());
        CliRun imported = CliRun.of("import", "--format", "cloudformation", template.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        Path scenario = dir.resolve("imported.json");
        Files.writeString(scenario, imported.out());
        CliRun validate = CliRun.of("validate", scenario.toString());
        assertThat(validate.out()).contains("0 error(s)");
    }

    @Test
    void trafficFlowPolicyExportedForANameAndCompiledBack(@TempDir Path dir) throws Exception {
        CliRun export = CliRun.of("export", "--format", "traffic-flow", "--name", "example.com",
                "samples/latency-weighted-tree.json");
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).contains("\"AWSPolicyFormatVersion\": \"2015-10-01\"");
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, export.out());
        CliRun imported = CliRun.of("import", "--format", "traffic-flow", "--name", "www.example.org",
                "--zone", "example.org", "--zone-id", "ZORG", policy.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("_tf-").contains("\"hostedZoneId\": \"ZORG\"");
        CliRun refused = CliRun.of("export", "--format", "traffic-flow", "--name", "portal.example.com",
                "samples/ip-based-override.json");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("IP_BASED");
    }

    @Test
    void changeBatchesExportedThenImportedBuildTheZoneAsRoute53Would(@TempDir Path dir) throws Exception {
        String sample = "samples/geolocation-without-default.json";
        assertThat(CliRun.of("export", "--format", "change-batch", "--out", dir.toString(), sample).status()).isZero();
        CliRun imported = CliRun.of("import", "--format", "change-batch", "--zone", "example.org.", "--zone-id",
                "Z5NODEFAULT", dir.resolve("change-batch.json").toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"SetIdentifier\": \"europe\"").contains("2001:db8:e0::10");

        Path delete = dir.resolve("delete.json");
        Files.writeString(delete, "{\"Changes\": [{\"Action\": \"DELETE\", \"ResourceRecordSet\": {\"Name\":"
                + " \"x.example.org.\", \"Type\": \"A\", \"TTL\": 60, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}}]}");
        CliRun refused = CliRun.of("import", "--format", "change-batch", "--zone", "example.org.",
                dir.resolve("change-batch.json").toString(), delete.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("delete.json").contains("(V4)");
    }
}
