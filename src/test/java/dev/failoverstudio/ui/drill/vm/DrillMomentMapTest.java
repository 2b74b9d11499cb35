package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.io.formats.drill.DrillFile;
import dev.failoverstudio.ui.vm.health.LiveDesign;
import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;
import dev.failoverstudio.ui.vm.resolver.TaskRunner;
import dev.failoverstudio.ui.vm.resolver.WorldMapViewModel;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

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
        map.healthOverrideProperty().set(drills.playback().momentProperty().get().status());
        assertThat(answerIn(map, "DE")).isEqualTo(SECONDARY);
        assertThat(answerIn(map, "JP")).isEqualTo(SECONDARY);
        assertThat(map.legend()).extracting(WorldMapViewModel.LegendEntry::label).containsExactly(SECONDARY);
        assertThat(map.statusProperty().get()).contains("at the drill's scrub time");

        drills.playback().timeProperty().set(10);
        map.healthOverrideProperty().set(drills.playback().momentProperty().get().status());
        assertThat(answerIn(map, "DE")).as("before the outage").isEqualTo(PRIMARY);

        drills.playback().timeProperty().set(400);
        map.healthOverrideProperty().set(drills.playback().momentProperty().get().status());
        map.healthOverrideProperty().set(null);
        assertThat(answerIn(map, "DE")).as("the design's own health again").isEqualTo(PRIMARY);
    }

    private static String answerIn(WorldMapViewModel map, String country) {
        int colour = map.colouringProperty().get().colourOf(MapPlace.country(country));
        return map.legend().stream().filter(e -> e.colour() == colour).findFirst().orElseThrow().label();
    }
}
