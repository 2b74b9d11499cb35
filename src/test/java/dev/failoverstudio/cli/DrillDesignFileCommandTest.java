package dev.failoverstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.io.formats.drill.DrillFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drill FILE} on a project or scenario file with saved drills: all run (or --name), exit 0/1/2. */
class DrillDesignFileCommandTest {

    private static final Path SAMPLE = Path.of("samples", "drills", "active-passive-failover.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Services SERVICES = Services.create();

    @TempDir
    Path dir;

    private DrillFile sample;
    private Drill second;

    @BeforeEach
    void read() throws Exception {
        sample = SERVICES.formats().drillReader().read(SAMPLE, SERVICES.formats().worldPopulation());
        Drill d = sample.drill();
        // The same outage, asserted only by its figures: a second, independent drill.
        second = new Drill("figures only", null, d.query(), d.durationSeconds(), 5, d.population(),
                d.queriesPerSecond(), d.resolvers(), d.events(), d.regionEndpoints(), d.endpointChecks(),
                d.assertions().subList(3, 5));
    }

    private Path project(Consumer<ObjectNode> change) throws Exception {
        DesignDocument doc = new DesignDocument(sample.design(), Layout.EMPTY, List.of(sample.drill(), second));
        ObjectNode root = (ObjectNode) MAPPER.readTree(SERVICES.formats().projectFiles().toJson(doc));
        change.accept(root);
        Path file = dir.resolve("shop.json");
        Files.writeString(file, MAPPER.writeValueAsString(root));
        return file;
    }

    private static ObjectNode drill(ObjectNode root, int index) {
        return (ObjectNode) root.get("drills").get(index);
    }

    @Test
    void everySavedDrillRunsAndAllHoldingExitsZero() throws Exception {
        Path file = project(root -> { });
        CliRun run = CliRun.of("drill", file.toString(), "--seed", "5");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Drill: primary API endpoint outage", "Drill: figures only",
                "PASS " + file + " $.drills[0].assertions[0]", "PASS " + file + " $.drills[1].assertions[1]",
                "5 passed, 0 failed", "2 passed, 0 failed", "2 drills: 2 with every assertion holding");
    }

    @Test
    void oneFailingAssertionInAnyDrillExitsOne() throws Exception {
        Path file = project(root -> ((ObjectNode) drill(root, 1).get("assertions").get(0)).put("atMost", 10));
        CliRun run = CliRun.of("drill", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + file + " $.drills[1].assertions[0] timeToFullFailover at most 10 s:",
                "5 passed, 0 failed", "1 passed, 1 failed", "1 with a failing assertion");
    }

    @Test
    void nameRunsOnlyThatDrill() throws Exception {
        Path file = project(root -> ((ObjectNode) drill(root, 1).get("assertions").get(0)).put("atMost", 10));
        CliRun run = CliRun.of("drill", file.toString(), "--name", "primary API endpoint outage");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Drill: primary API endpoint outage").doesNotContain("figures only");
    }

    @Test
    void anUnknownNameExitsTwoNamingTheSavedDrills() throws Exception {
        Path file = project(root -> { });
        CliRun run = CliRun.of("drill", file.toString(), "--name", "nope");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no saved drill is named \"nope\"", "\"figures only\"");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void d2_aMalformedSavedDrillExitsTwoWithItsPath() throws Exception {
        Path file = project(root -> ((ObjectNode) drill(root, 1).get("events").get(0)).put("at", -1));
        CliRun run = CliRun.of("drill", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + file + ": $.drills[1].events[0].at: must be a number of at least "
                + "0, found the number -1 (D2)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void d3_aSavedDrillNamingWhatTheDesignLacksExitsTwoWithItsPath() throws Exception {
        Path file = project(root -> ((ObjectNode) drill(root, 0).get("events").get(1)).put("endpoint", "203.0.113.7"));
        CliRun run = CliRun.of("drill", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + file + ": $.drills[0].events[1]: no record set, resource or drill "
                + "endpoint has the value 203.0.113.7 (D3)");
    }

    @Test
    void anEmptyDrillsListExitsTwo() throws Exception {
        Path file = project(root -> root.putArray("drills"));
        CliRun run = CliRun.of("drill", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("$.drills: the file saves no drills");
    }

    @Test
    void aScenarioFileWithSavedDrillsRunsThemAndJsonIsAnArray() throws Exception {
        Scenario scenario = new Scenario("shop", null, sample.design(), List.of());
        Path file = dir.resolve("scenario.json");
        SERVICES.formats().designDrills().writeScenario(scenario, List.of(sample.drill(), second), file);
        CliRun run = CliRun.of("drill", file.toString(), "--json");
        assertThat(run.status()).isZero();
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json).isInstanceOf(ArrayNode.class).hasSize(2);
        assertThat(json.get(0).get("passed").asBoolean()).isTrue();
        assertThat(json.get(1).get("assertions")).hasSize(2);
        // The scenario commands still read the file: drills are an extension they ignore.
        assertThat(CliRun.of("check", file.toString()).status()).isZero();
    }

    @Test
    void exportsNeedOneDrill() throws Exception {
        Path file = project(root -> { });
        Path csv = dir.resolve("out.csv");
        assertThat(CliRun.of("drill", file.toString(), "--csv", csv.toString()).status()).isEqualTo(2);
        assertThat(csv).doesNotExist();
        CliRun one = CliRun.of("drill", file.toString(), "--name", "figures only", "--csv", csv.toString());
        assertThat(one.status()).isZero();
        assertThat(csv).exists();
    }

    @Test
    void aStandaloneDrillFileRunsAsBefore() {
        CliRun run = CliRun.of("drill", SAMPLE.toString(), "--seed", "5");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("PASS " + SAMPLE + " $.drill.assertions[0]").doesNotContain("drills:");
    }
}
