package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.io.formats.drill.DrillFile;
import dev.failoverstudio.ui.vm.health.LiveDesign;
import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;
import dev.failoverstudio.ui.vm.resolver.TaskRunner;
import dev.failoverstudio.ui.vm.resolver.WorldMapViewModel;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The world map's answers everywhere at a drill's scrub time: the primary endpoint of the active-passive sample
 * goes down at 60 s, its check fails after three 30 s probes (HC7-HC9), so at 400 s every place gets the
 * secondary (R50 failover) although the design's simulated health says the primary is healthy.
 */
class DrillMomentMapTest {

    private static final Path DRILL = Path.of("samples/drills/active-passive-failover.json");
    private static final String PRIMARY = "192.0.2.20";
    private static final String SECONDARY = "198.51.100.20";
    private static final String MOVED = "203.0.113.20";
    private static Services services;

    @BeforeAll
    static void services() {
        services = Services.create();
    }

    @Test
    void answersEverywhereFollowTheHealthAtTheScrubTimeAndReturnToTheDesignsOwn_R50_HC9() throws Exception {
        DrillFile file = services.formats().drillReader().read(DRILL, () -> WorldPopulation.of(services.geo()));
        LiveDesign live = new LiveDesign(new SimpleObjectProperty<>(new DesignDocument(file.design(), Layout.EMPTY)),
                command -> { }, services);
        ResolverViewModel resolver = new ResolverViewModel(live, TaskRunner.sameThread());
        WorldMapViewModel map = new WorldMapViewModel(live, resolver, TaskRunner.sameThread());
        map.load();
        resolver.nameProperty().set("api.example.com.");
        map.answersEverywhereProperty().set(true);
        assertThat(answerIn(map, "DE")).isEqualTo(PRIMARY);
        assertThat(answerIn(map, "JP")).isEqualTo(PRIMARY);

        DrillViewModel drills = new DrillViewModel(new FixedDesignSource(file.design()), services, Runnable::run,
                Runnable::run);
        drills.load(file.drill());
        assertThat(drills.run()).isTrue();
        drills.playback().timeProperty().set(400);
        map.momentOverrideProperty().set(overrideAt(drills));
        assertThat(answerIn(map, "DE")).isEqualTo(SECONDARY);
        assertThat(answerIn(map, "JP")).isEqualTo(SECONDARY);
        assertThat(map.legend()).extracting(WorldMapViewModel.LegendEntry::label).containsExactly(SECONDARY);
        assertThat(map.statusProperty().get()).contains("at the drill's scrub time");

        drills.playback().timeProperty().set(10);
        map.momentOverrideProperty().set(overrideAt(drills));
        assertThat(answerIn(map, "DE")).as("before the outage").isEqualTo(PRIMARY);

        drills.playback().timeProperty().set(400);
        map.momentOverrideProperty().set(overrideAt(drills));
        map.momentOverrideProperty().set(null);
        assertThat(answerIn(map, "DE")).as("the design's own health again").isEqualTo(PRIMARY);
    }

    /**
     * The "the map shows the state at the scrub time" for design changes too: an UPSERT at 60 s moves the
     * PRIMARY record set to a new address (S2, in force from its instant, R184 as the drill models it), so at 120 s
     * every place gets the new address (R50), although the open design still answers with the old one.
     */
    @Test
    void answersEverywhereFollowTheDesignAsTheDrillsUpsertLeftIt_R50_R184() throws Exception {
        DrillFile file = services.formats().drillReader().read(DRILL, () -> WorldPopulation.of(services.geo()));
        Design design = file.design();
        RecordSet primary = design.zones().get(0).recordSets().get(0);
        assertThat(primary.values()).containsExactly(PRIMARY);
        RecordSet moved = new RecordSet(primary.name(), primary.type(), primary.setIdentifier(), primary.routing(),
                primary.ttl(), List.of(MOVED), primary.aliasTarget(), primary.healthCheckId(), null);
        LiveDesign live = new LiveDesign(new SimpleObjectProperty<>(new DesignDocument(design, Layout.EMPTY)),
                command -> { }, services);
        ResolverViewModel resolver = new ResolverViewModel(live, TaskRunner.sameThread());
        WorldMapViewModel map = new WorldMapViewModel(live, resolver, TaskRunner.sameThread());
        map.load();
        resolver.nameProperty().set("api.example.com.");
        map.answersEverywhereProperty().set(true);
        assertThat(map.legend()).extracting(WorldMapViewModel.LegendEntry::label).containsExactly(PRIMARY);

        Drill base = file.drill();
        Drill move = new Drill("move the primary", null, base.query(), 300, base.stepSeconds(), base.population(),
                base.queriesPerSecond(), base.resolvers(), List.of(new DrillEvent.UpsertRecordSet(60, moved)),
                Map.of(), Map.of(), List.of());
        DrillViewModel drills = new DrillViewModel(new FixedDesignSource(design), services, Runnable::run,
                Runnable::run);
        drills.load(move);
        assertThat(drills.run()).isTrue();

        drills.playback().timeProperty().set(120);
        assertThat(drills.playback().momentProperty().get().design().zones().get(0).recordSets())
                .as("the moment carries the design as the upsert left it").contains(moved).doesNotContain(primary);
        map.momentOverrideProperty().set(overrideAt(drills));
        assertThat(map.legend()).extracting(WorldMapViewModel.LegendEntry::label).containsExactly(MOVED);
        assertThat(answerIn(map, "DE")).isEqualTo(MOVED);
        assertThat(answerIn(map, "JP")).isEqualTo(MOVED);
        assertThat(map.statusProperty().get()).contains("at the drill's scrub time");

        drills.playback().timeProperty().set(30);
        map.momentOverrideProperty().set(overrideAt(drills));
        assertThat(map.legend()).extracting(WorldMapViewModel.LegendEntry::label).as("before the upsert")
                .containsExactly(PRIMARY);

        drills.playback().timeProperty().set(120);
        map.momentOverrideProperty().set(overrideAt(drills));
        map.momentOverrideProperty().set(null);
        assertThat(map.legend()).extracting(WorldMapViewModel.LegendEntry::label).as("the open design again")
                .containsExactly(PRIMARY);
        assertThat(live.state().design()).as("the user's design is untouched").isEqualTo(design);
    }

    private static WorldMapViewModel.MomentOverride overrideAt(DrillViewModel drills) {
        DrillMoment moment = drills.playback().momentProperty().get();
        return new WorldMapViewModel.MomentOverride(moment.design(), moment.status());
    }

    private static String answerIn(WorldMapViewModel map, String country) {
        int colour = map.colouringProperty().get().colourOf(MapPlace.country(country));
        return map.legend().stream().filter(e -> e.colour() == colour).findFirst().orElseThrow().label();
    }
}
