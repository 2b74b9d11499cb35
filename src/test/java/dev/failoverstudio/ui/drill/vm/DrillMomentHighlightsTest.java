package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.io.formats.drill.DrillFile;
import dev.failoverstudio.ui.vm.CanvasHighlights;
import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canvas at a drill's scrub time follows the drill's design then: the PRIMARY record set of the
 * active-passive sample is deleted at 60 s (S2), so at 120 s the answer's path runs through the SECONDARY (R50)
 * and the primary is marked absent, while the cards stay the user's design.
 */
class DrillMomentHighlightsTest {

    private static final Path DRILL = Path.of("samples/drills/active-passive-failover.json");
    private static Services services;

    @BeforeAll
    static void services() {
        services = Services.create();
    }

    @Test
    void thePathAndTheAbsentRecordSetFollowTheDrillsDesignAtTheScrubTime_R50() throws Exception {
        DrillFile file = services.formats().drillReader().read(DRILL, () -> WorldPopulation.of(services.geo()));
        Design design = file.design();
        List<RecordSet> sets = design.zones().get(0).recordSets();
        RecordSet primary = sets.get(0);
        RecordSet secondary = sets.get(1);
        assertThat(primary.setIdentifier()).isEqualTo("primary");
        Drill base = file.drill();
        Drill delete = new Drill("delete the primary", null, base.query(), 300, base.stepSeconds(),
                base.population(), base.queriesPerSecond(), base.resolvers(),
                List.of(new DrillEvent.DeleteRecordSet(60, primary.key())), Map.of(), Map.of(), List.of());
        DrillViewModel drills = new DrillViewModel(new FixedDesignSource(design), services, Runnable::run,
                Runnable::run);
        drills.load(delete);
        assertThat(drills.run()).isTrue();
        Optional<ResolverViewModel.Question> question = Optional.of(new ResolverViewModel.Question(
                Query.of("api.example.com", "A"),
                new ClientContext(null, "DE", null, "eu-central-1", null, null, null, null)));
        DrillMomentHighlights highlights = new DrillMomentHighlights(services.engine());

        drills.playback().timeProperty().set(120);
        CanvasHighlights at120 = highlights.at(drills.playback().momentProperty().get(), design, question);
        assertThat(at120.path()).containsExactly(secondary.key());
        assertThat(at120.absent(primary.key())).isTrue();
        assertThat(at120.absent(secondary.key())).isFalse();
        assertThat(at120.unhealthy(secondary.key())).isFalse();

        drills.playback().timeProperty().set(121);
        assertThat(highlights.at(drills.playback().momentProperty().get(), design, question))
                .as("same design version and health: not recomputed").isSameAs(at120);

        drills.playback().timeProperty().set(30);
        CanvasHighlights at30 = highlights.at(drills.playback().momentProperty().get(), design, question);
        assertThat(at30.path()).containsExactly(primary.key());
        assertThat(at30.absentRecords()).isEmpty();

        CanvasHighlights noQuestion = highlights.at(drills.playback().momentProperty().get(), design,
                Optional.empty());
        assertThat(noQuestion.path()).as("no question in the resolver pane: no path").isEmpty();
        assertThat(design.zones().get(0).recordSets()).as("the user's design is untouched").containsExactly(primary,
                secondary);
    }
}
