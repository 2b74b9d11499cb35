package dev.failoverstudio.io.formats.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.CardSizes;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.assets.GeoTablesLoader;
import dev.failoverstudio.io.formats.ScenarioReader;
import dev.failoverstudio.io.formats.drill.DesignDrills;
import dev.failoverstudio.io.formats.drill.DrillFile;
import dev.failoverstudio.io.formats.drill.DrillReader;
import dev.failoverstudio.io.formats.drill.DrillWriter;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drills saved in design files (README "Drill files", drills in a design): project, autosave and scenario files
 * carry an optional {@code drills} array of drill objects; files without drills are unchanged to the byte.
 */
class SavedDrillsTest {

    private static final ObjectMapper MAPPER = ObjectMappers.create();
    private static final Supplier<Population> WORLD = () -> WorldPopulation.of(GeoTablesLoader.loadBundled());
    private static final Path SAMPLE = Path.of("samples", "drills", "active-passive-failover.json");

    private final ProjectFiles files = new ProjectFiles(MAPPER, new AutoLayout(CardSizes.DEFAULT), WORLD);
    private final DrillWriter drillWriter = new DrillWriter(MAPPER);
    private final DesignDrills designDrills = new DesignDrills(MAPPER);

    @TempDir
    Path dir;

    private static DrillFile sample() throws ImportException {
        return new DrillReader(MAPPER).read(SAMPLE, WORLD);
    }

    /** The sample's drill, a variant on the world population, and the design they run against. */
    private static DesignDocument documentWithDrills() throws ImportException {
        DrillFile file = sample();
        Drill own = file.drill();
        Drill world = new Drill("world outage", "the whole world asks", own.query(), 600, 5, WORLD.get(), 500,
                own.resolvers(), own.events().subList(0, 1), own.regionEndpoints(), own.endpointChecks(), List.of());
        Layout layout = new AutoLayout(CardSizes.DEFAULT).arrange(
                dev.failoverstudio.domain.layout.DesignGraph.of(file.design()), Layout.EMPTY);
        return new DesignDocument(file.design(), layout, List.of(own, world));
    }

    private List<JsonNode> json(List<Drill> drills) {
        List<JsonNode> nodes = new ArrayList<>();
        drills.forEach(d -> nodes.add(drillWriter.toJson(d)));
        return nodes;
    }

    @Test
    void aProjectWithDrillsSavesAndReopensToTheSameDrillsAndBytes() throws Exception {
        DesignDocument doc = documentWithDrills();
        String written = files.toJson(doc);
        DesignDocument reopened = files.read("project.json", written);
        assertThat(reopened.design()).isEqualTo(doc.design());
        assertThat(json(reopened.drills())).isEqualTo(json(doc.drills()));
        assertThat(reopened.drills().get(1).population()).isEqualTo(WORLD.get());
        assertThat(files.toJson(reopened)).isEqualTo(written);
        JsonNode tree = MAPPER.readTree(written);
        assertThat(tree.get("drills")).hasSize(2);
        assertThat(tree.get("drills").get(1).get("population").asText()).isEqualTo("world");
    }

    @Test
    void aProjectWithoutDrillsIsWrittenExactlyAsBefore() throws Exception {
        DesignDocument doc = documentWithDrills();
        DesignDocument none = doc.withDrills(List.of());
        String written = files.toJson(none);
        assertThat(MAPPER.readTree(written).has("drills")).isFalse();
        // The same text as the writer gives a document that never knew drills (the two-part constructor).
        assertThat(written).isEqualTo(files.toJson(new DesignDocument(doc.design(), doc.layout())));
        DesignDocument reopened = files.read("project.json", written);
        assertThat(reopened.drills()).isEmpty();
        assertThat(files.toJson(reopened)).isEqualTo(written);
    }

    @Test
    void everySampleDesignWithoutDrillsSavesWithoutADrillsFieldAndToTheSameBytesAgain() throws Exception {
        List<Path> samples;
        try (var list = Files.list(Path.of("samples"))) {
            samples = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            if (MAPPER.readTree(Files.readString(sample)).has("drills")) {
                continue; // a sample that saves drills is not the case this test is about
            }
            DesignDocument doc = files.read(sample);
            assertThat(doc.drills()).as(sample.toString()).isEmpty();
            String written = files.toJson(doc);
            assertThat(MAPPER.readTree(written).has("drills")).as(sample.toString()).isFalse();
            assertThat(files.toJson(files.read("again.json", written))).as(sample.toString()).isEqualTo(written);
        }
    }

    @Test
    void theDrillsFieldSitsBesideTheOtherProjectFieldsAndAnEmptyListReadsAsNone() throws Exception {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(files.toJson(documentWithDrills().withDrills(List.of())));
        tree.putArray("drills");
        DesignDocument doc = files.read("empty-drills.json", MAPPER.writeValueAsString(tree));
        assertThat(doc.drills()).isEmpty();
        assertThat(MAPPER.readTree(files.toJson(doc)).has("drills")).isFalse();
    }

    @Test
    void d2_aMalformedDrillInAProjectIsLocatedByFileAndJsonPath() throws Exception {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(files.toJson(documentWithDrills()));
        ((ObjectNode) tree.get("drills").get(1).get("events").get(0)).put("at", -1);
        ((ObjectNode) tree.get("drills").get(0)).put("colour", "red");
        assertThatThrownBy(() -> files.read("shop.json", MAPPER.writeValueAsString(tree)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::describe)
                        .contains("shop.json: $.drills[1].events[0].at: must be a number of at least 0, found the "
                                + "number -1 (D2)")
                        .anySatisfy(d -> assertThat(d).startsWith("shop.json: $.drills[0].colour: ")));
    }

    @Test
    void d1_drillsThatIsNotAnArrayIsLocated() throws Exception {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(files.toJson(documentWithDrills()));
        tree.put("drills", "all of them");
        assertThatThrownBy(() -> files.read("shop.json", MAPPER.writeValueAsString(tree)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::jsonPath, ImportProblem::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("$.drills", "D1")));
    }

    @Test
    void d3_aDrillWhoseEndpointAnEditRemovedStillOpensAndSavesButIsReportedWhenChecked() throws Exception {
        DesignDocument doc = documentWithDrills();
        Drill stale = withEvents(doc.drills().get(0), List.of(new DrillEvent.EndpointState(60, "203.0.113.99",
                false, java.util.Set.of())));
        DesignDocument edited = doc.withDrills(List.of(stale));
        Path file = dir.resolve("shop.json");
        files.write(edited, file); // a save must not be refused because a drill went stale
        DesignDocument reopened = files.read(file);
        assertThat(json(reopened.drills())).isEqualTo(json(edited.drills()));
        assertThatThrownBy(() -> files.openWithCheckedDrills(file))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::describe)
                        .containsExactly(file + ": $.drills[0].events[0]: no record set, resource or drill endpoint "
                                + "has the value 203.0.113.99 (D3)"));
        assertThat(designDrills.problems(stale, edited.design(), "drill")).extracting(ImportProblem::describe)
                .containsExactly("drill: $.events[0]: no record set, resource or drill endpoint has the value "
                        + "203.0.113.99 (D3)");
        assertThat(designDrills.problems(doc.drills().get(0), doc.design(), "drill")).isEmpty();
    }

    @Test
    void theAutosaveCopyKeepsTheDrills() throws Exception {
        AutosaveStore store = new AutosaveStore(dir, files, Clock.fixed(Instant.parse("2026-12-06T20:00:00Z"),
                ZoneOffset.UTC));
        DesignDocument doc = documentWithDrills();
        store.save(doc, Optional.empty());
        DesignDocument restored = store.recoverable().orElseThrow().document();
        assertThat(json(restored.drills())).isEqualTo(json(doc.drills()));
    }

    @Test
    void aScenarioFileWithDrillsOpensWithThemAndStillReadsAsAScenario() throws Exception {
        DesignDocument doc = documentWithDrills();
        Scenario scenario = new Scenario("shop", null, doc.design(), List.of());
        String text = designDrills.scenarioText(scenario, doc.drills());
        OpenedDesign opened = files.open("scenario.json", text);
        assertThat(opened.kind()).isEqualTo(OpenedDesign.Kind.SCENARIO);
        assertThat(json(opened.document().drills())).isEqualTo(json(doc.drills()));
        // The scenario contract is unchanged: the scenario reader reads the same design and ignores the drills.
        assertThat(new ScenarioReader(MAPPER).read("scenario.json", text).design()).isEqualTo(doc.design());
        // Without drills the text is the scenario writer's, to the byte.
        assertThat(designDrills.scenarioText(scenario, List.of()))
                .isEqualTo(new dev.failoverstudio.io.formats.ScenarioWriter(MAPPER).toJson(scenario));
    }

    @Test
    void d4_withoutAWorldPopulationADrillThatNeedsItIsReportedNotCrashed() throws Exception {
        String written = files.toJson(documentWithDrills());
        ProjectFiles withoutWorld = new ProjectFiles(MAPPER, new AutoLayout(CardSizes.DEFAULT));
        assertThatThrownBy(() -> withoutWorld.read("p.json", written))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::jsonPath, ImportProblem::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("$.drills[1].population", "D4")));
    }

    @Test
    void aStandaloneDrillFileIsNotTakenForADesignWithSavedDrills() throws Exception {
        Path project = dir.resolve("p.json");
        Files.writeString(project, files.toJson(documentWithDrills()));
        assertThat(files.hasSavedDrills(project)).isTrue();
        assertThat(files.hasSavedDrills(SAMPLE)).isFalse();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ not json");
        assertThat(files.hasSavedDrills(broken)).isFalse();
        ArrayNode drills = (ArrayNode) MAPPER.readTree(files.toJson(documentWithDrills())).get("drills");
        assertThat(drills).hasSize(2);
    }

    static Drill withEvents(Drill d, List<DrillEvent> events) {
        return new Drill(d.name(), d.description(), d.query(), d.durationSeconds(), d.stepSeconds(), d.population(),
                d.queriesPerSecond(), d.resolvers(), events, d.regionEndpoints(), d.endpointChecks(), List.of());
    }
}
