package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.resolve.Query;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.failoverstudio.domain.drill.DrillFixture.SIMULATOR;
import static dev.failoverstudio.domain.drill.DrillFixture.drill;
import static dev.failoverstudio.domain.drill.DrillFixture.latencyWeightedTree;
import static dev.failoverstudio.domain.drill.DrillFixture.usAndAustralia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The invariants DrillResult promises, and weighted shares that match R72 over the resolver population. */
class DrillResultInvariantsTest {

    private static final DrillResult RESULT = SIMULATOR.run(latencyWeightedTree(), drill("invariants",
            Query.of("example.com", "A"), 1800, 2, usAndAustralia(), 500, ResolverBehaviour.DEFAULT,
            List.of(new DrillEvent.RegionState(300, "us-east-1", false),
                    new DrillEvent.EndpointState(400, "198.51.100.22", false, java.util.Set.of()),
                    new DrillEvent.EndpointState(700, "198.51.100.22", true, java.util.Set.of()),
                    new DrillEvent.RegionState(900, "us-east-1", true)), List.of()), 99);

    @Test
    void everySeriesHasOneValuePerSampleAndSharesSumToOne() {
        int samples = RESULT.times().length;
        assertThat(samples).isEqualTo(901);
        assertThat(RESULT.times()[900]).isEqualTo(1800);
        for (int k = 0; k < samples; k++) {
            double sum = 0;
            for (double[] series : RESULT.shareByAnswer()) {
                assertThat(series).hasSize(samples);
                sum += series[k];
            }
            assertThat(sum).isCloseTo(1.0, within(1e-9));
            for (double[][] group : RESULT.groupShareByAnswer()) {
                double g = 0;
                for (double[] series : group) {
                    g += series[k];
                }
                assertThat(g).isCloseTo(1.0, within(1e-9));
            }
            double endpoints = 0;
            for (double[] series : RESULT.shareByEndpoint()) {
                endpoints += series[k];
            }
            assertThat(endpoints).isCloseTo(1.0, within(1e-9));
            assertThat(RESULT.unhealthyShare()[k]).isBetween(0.0, 1.0);
            assertThat(RESULT.baselineShare()[k]).isBetween(0.0, 1.0);
        }
    }

    @Test
    void australianClientsSplitSeventyFiveTwentyFiveBeforeTheIncident_R72() {
        int oc = RESULT.groups().indexOf("OC");
        int a21 = RESULT.answers().stream().map(AnswerInfo::label).toList().indexOf("198.51.100.21");
        double mean = 0;
        for (int k = 0; k < 150; k++) {
            mean += RESULT.groupShareByAnswer()[oc][a21][k] / 150;
        }
        // 10,000 × 0.4 = 4,000 Australian resolvers: one sample's standard deviation is about 0.7 %.
        assertThat(mean).isCloseTo(0.75, within(0.04));
    }

    @Test
    void theHealthTimelineIsOrderedAndStatusesAreShared() {
        double[] starts = RESULT.health().statusStarts();
        for (int i = 1; i < starts.length; i++) {
            assertThat(starts[i]).isGreaterThan(starts[i - 1]);
        }
        // Back to the start after recovery: the same key is the same status instance (one answer cache).
        List<String> keys = RESULT.health().statusKeys();
        assertThat(keys.get(keys.size() - 1)).isEqualTo(keys.get(0));
        assertThat(RESULT.health().statuses().get(keys.size() - 1)).isSameAs(RESULT.health().statuses().get(0));
        assertThat(RESULT.health().changes()).extracting(HealthTimeline.StatusChange::at).isSorted();
    }
}
