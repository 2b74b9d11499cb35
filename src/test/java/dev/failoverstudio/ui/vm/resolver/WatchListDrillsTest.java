package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.drill.PopulationLocation;
import dev.failoverstudio.domain.drill.ResolverBehaviour;
import dev.failoverstudio.domain.edit.AddDrillCommand;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.ui.vm.health.LiveFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A watch list saved as a scenario file keeps the design's saved drills for that zone (README "Drill files"). */
class WatchListDrillsTest {

    private final LiveFixture tree = LiveFixture.sample("latency-weighted-tree.json");
    private final WatchListViewModel watch = new WatchListViewModel(tree.live, TaskRunner.sameThread());

    private static Drill drill(String name, String query) {
        Population population = new Population(List.of(new PopulationLocation("DE", "EU",
                new ClientContext("EU", "DE", null, "eu-central-1", null, null, null, null), 1)), "test");
        return new Drill(name, null, Query.of(query, "A"), 600, 5, population, 100, ResolverBehaviour.DEFAULT,
                List.of(new DrillEvent.RegionState(60, "us-east-1", false)), Map.of(), Map.of(), List.of());
    }

    @Test
    void theScenarioFileCarriesTheZonesDrillsAndOpensWithThem(@TempDir Path dir) throws Exception {
        tree.history.execute(new AddDrillCommand(drill("us-east-1 down", "example.com.")));
        tree.history.execute(new AddDrillCommand(drill("elsewhere", "www.example.org.")));
        watch.pin(Query.of("example.com.", "A"), ClientContext.region("us-east-1"));
        Path file = dir.resolve("watch.json");

        assertThat(watch.saveAsScenario(file)).isTrue();

        DesignDocument opened = LiveFixture.SERVICES.formats().projectFiles().read(file);
        assertThat(opened.drills()).extracting(Drill::name).containsExactly("us-east-1 down");
        assertThat(opened.drills().get(0).events()).isEqualTo(tree.history.current().drills().get(0).events());
        // Still a scenario file the scenario reader reads.
        assertThat(LiveFixture.SERVICES.formats().scenarioReader().read(file).queries()).hasSize(1);
    }

    @Test
    void withoutDrillsTheScenarioFileHasNoDrillsField(@TempDir Path dir) throws Exception {
        watch.pin(Query.of("example.com.", "A"), ClientContext.region("us-east-1"));
        Path file = dir.resolve("watch.json");
        assertThat(watch.saveAsScenario(file)).isTrue();
        assertThat(Files.readString(file)).doesNotContain("\"drills\"");
        assertThat(Files.readString(file)).isEqualTo(LiveFixture.SERVICES.formats().scenarioWriter().toJson(watch.toScenario("watch")));
    }
}
