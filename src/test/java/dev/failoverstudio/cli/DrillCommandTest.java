package dev.failoverstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code drill} sub-command's contract: output, exit status 0/1/2, exports. */
class DrillCommandTest {

    private static final String SAMPLE = "samples/drills/active-passive-failover.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path variant(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readString(Path.of(SAMPLE)));
        change.accept(root);
        Path file = dir.resolve("drill.json");
        Files.writeString(file, MAPPER.writeValueAsString(root));
        return file;
    }

    @Test
    void printsKeyFiguresHealthChangesAndAssertions() {
        CliRun run = CliRun.of("drill", SAMPLE, "--seed", "5");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Drill: primary API endpoint outage", "seed 5", "Key figures", "detected",
                "full failover", "Health changes", "(HC9)", "PASS " + SAMPLE + " $.drill.assertions[0]",
                "5 passed, 0 failed");
    }

    @Test
    void aFailingAssertionExitsOne() throws Exception {
        // Failover cannot be complete 10 s after the incident: detection alone takes 60 s or more (HC18).
        Path file = variant(root -> ((ObjectNode) root.get("drill").get("assertions").get(3)).put("atMost", 10));
        CliRun run = CliRun.of("drill", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + file + " $.drill.assertions[3] timeToFullFailover at most 10 s:")
                .contains("4 passed, 1 failed");
    }

    @Test
    void anInvalidFileExitsTwoWithALocatedMessage() throws Exception {
        Path file = variant(root -> ((ObjectNode) root.get("drill").get("events").get(0)).put("at", -1));
        CliRun run = CliRun.of("drill", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + file + ": $.drill.events[0].at: must be a number of at least 0, "
                + "found the number -1 (D2)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDesignThatBreaksAValidationRuleExitsTwo() throws Exception {
        Path file = variant(root -> ((ObjectNode) root.get("resourceRecordSets").get(0)).put("TTL", -5));
        CliRun run = CliRun.of("drill", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + file + ": $.resourceRecordSets[0]: ");
    }

    @Test
    void jsonOutputCarriesFiguresAndOutcomes() throws Exception {
        CliRun run = CliRun.of("drill", SAMPLE, "--json");
        assertThat(run.status()).isZero();
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("figures").get("incidentAt").asDouble()).isEqualTo(60);
        double detection = json.get("figures").get("timeToDetection").asDouble();
        assertThat(detection).isBetween(60.0, 90.0);
        assertThat(json.get("assertions")).hasSize(5);
        assertThat(json.get("healthChanges").get(0).get("rule").asText()).isEqualTo("HC9");
    }

    @Test
    void exportsCsvAndHtml() throws Exception {
        Path csv = dir.resolve("series.csv");
        Path html = dir.resolve("report.html");
        CliRun run = CliRun.of("drill", SAMPLE, "--csv", csv.toString(), "--html", html.toString());
        assertThat(run.status()).isZero();
        var lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("time_s,all: 192.0.2.20,all: 198.51.100.20,EU: 192.0.2.20,"
                + "EU: 198.51.100.20,NA: 192.0.2.20,NA: 198.51.100.20,AS: 192.0.2.20,AS: 198.51.100.20,"
                + "unhealthy,as_before");
        assertThat(lines).hasSize(1 + 1501);
        assertThat(lines.get(1)).startsWith("0,1,0,");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg", "<polygon",
                "Key figures", "PASS");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void aMissingFileExitsTwo() {
        CliRun run = CliRun.of("drill", dir.resolve("nope.json").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("error: ");
    }
}
