package dev.failoverstudio.domain.drill;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static dev.failoverstudio.domain.drill.DrillFixture.PRIMARY;
import static dev.failoverstudio.domain.drill.DrillFixture.SIMULATOR;
import static dev.failoverstudio.domain.drill.DrillFixture.activePassive;
import static dev.failoverstudio.domain.drill.DrillFixture.drill;
import static dev.failoverstudio.domain.drill.DrillFixture.endpointDown;
import static dev.failoverstudio.domain.drill.DrillFixture.single;
import static dev.failoverstudio.domain.drill.DrillFixture.www;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A long drill reports progress for a background task and stops when cancelled. */
class DrillProgressTest {

    private static final Drill DRILL = drill("progress", www(), 1000, 1, single("US", "us-east-1"), 1000,
            ResolverBehaviour.honouringTtl(100), List.of(endpointDown(100, PRIMARY)), List.of());

    @Test
    void progressRisesToOneAndTheResultMatchesARunWithoutListener() {
        List<Double> seen = new ArrayList<>();
        DrillResult result = SIMULATOR.run(activePassive(30, 3, 60), DRILL, 2, seen::add);
        assertThat(seen).hasSizeBetween(90, 110).isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        assertThat(result.figures()).isEqualTo(SIMULATOR.run(activePassive(30, 3, 60), DRILL, 2).figures());
    }

    @Test
    void aCancelledRunStops() {
        DrillProgress cancelHalfway = new DrillProgress() {
            private double last;

            @Override
            public void progressed(double fraction) {
                last = fraction;
            }

            @Override
            public boolean cancelled() {
                return last >= 0.5;
            }
        };
        assertThatThrownBy(() -> SIMULATOR.run(activePassive(30, 3, 60), DRILL, 2, cancelHalfway))
                .isInstanceOf(CancellationException.class).hasMessageContaining("cancelled at t=");
    }
}
