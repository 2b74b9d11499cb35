package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One checker's opinion and the failure threshold (HC7). */
class CheckerOpinionTest {

    private static CheckerOpinion after(CheckerOpinion opinion, boolean... probes) {
        CheckerOpinion current = opinion;
        for (boolean probe : probes) {
            current = current.afterProbe(probe);
        }
        return current;
    }

    @Test
    void hc7_hc16_aNewCheckerStartsHealthyWithTheDefaultThresholdOfThree() {
        assertThat(CheckerOpinion.initial(EndpointCheck.http("192.0.2.1"))).isEqualTo(new CheckerOpinion(true, 0, 3));
    }

    @Test
    void hc7_theOpinionFlipsOnlyAfterThresholdConsecutiveFailures() {
        CheckerOpinion start = CheckerOpinion.initial(3);

        assertThat(after(start, false, false)).isEqualTo(new CheckerOpinion(true, 2, 3));
        assertThat(after(start, false, false, false)).isEqualTo(new CheckerOpinion(false, 0, 3));
    }

    @Test
    void hc7_aPassingProbeResetsTheFailureCount() {
        assertThat(after(CheckerOpinion.initial(3), false, false, true, false, false).healthy()).isTrue();
    }

    @Test
    void hc7_andViceVersaAFailingProbeResetsTheSuccessCount() {
        CheckerOpinion down = after(CheckerOpinion.initial(3), false, false, false);

        assertThat(after(down, true, true, false, true, true)).isEqualTo(new CheckerOpinion(false, 2, 3));
        assertThat(after(down, true, true, true)).isEqualTo(new CheckerOpinion(true, 0, 3));
    }

    @Test
    void hc7_thresholdOneFollowsEveryProbe() {
        CheckerOpinion start = CheckerOpinion.initial(1);

        assertThat(after(start, false).healthy()).isFalse();
        assertThat(after(start, false, true).healthy()).isTrue();
    }

    @Test
    void hc7_anAgreeingProbeKeepsTheSameValue() {
        CheckerOpinion start = CheckerOpinion.initial(3);

        assertThat(start.afterProbe(true)).isSameAs(start);
    }

    @Test
    void hc7_aThresholdBelowOneIsRaisedToOne() {
        assertThat(CheckerOpinion.initial(0).failureThreshold()).isEqualTo(1);
    }

    @Test
    void hc7_invariantsAreEnforced() {
        assertThatThrownBy(() -> new CheckerOpinion(true, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckerOpinion(true, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckerOpinion(true, -1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
