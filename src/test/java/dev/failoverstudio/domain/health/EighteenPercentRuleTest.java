package dev.failoverstudio.domain.health;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 18 % rule itself (HC9), including the exact boundary no default Region count can reach. */
class EighteenPercentRuleTest {

    @Test
    void hc9_exactly18PercentIsUnhealthy() {
        assertThat(EighteenPercentRule.isHealthy(9, 50)).isFalse();
        assertThat(EighteenPercentRule.comparison(9, 50)).isEqualTo("18 % ≤ 18 %");
    }

    @Test
    void hc9_justAbove18PercentIsHealthyAndSaysSo() {
        assertThat(EighteenPercentRule.isHealthy(11, 61)).isTrue();
        assertThat(EighteenPercentRule.comparison(11, 61)).isEqualTo("18.03 % > 18 %");
    }

    @Test
    void hc9_everyShareUpTo64CheckersAgreesWithTheStrictComparison() {
        for (int reporting = 1; reporting <= 64; reporting++) {
            for (int healthy = 0; healthy <= reporting; healthy++) {
                boolean expected = healthy * 100 > 18 * reporting;
                assertThat(EighteenPercentRule.isHealthy(healthy, reporting)).as(healthy + "/" + reporting)
                        .isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest(name = "HC9 {0} of {1} reads {2}")
    @CsvSource(delimiter = '|', value = {
            "0|8|0 % ≤ 18 %",
            "1|8|12.5 % ≤ 18 %",
            "2|8|25 % > 18 %",
            "1|3|33.3 % > 18 %",
            "2|3|66.7 % > 18 %",
            "8|8|100 % > 18 %",
            "1|5|20 % > 18 %",
    })
    void hc9_sharesReadNaturally(int healthy, int reporting, String text) {
        assertThat(EighteenPercentRule.comparison(healthy, reporting)).isEqualTo(text);
    }

    @Test
    void hc9_withoutReportingCheckersThereIsNoShare() {
        assertThatThrownBy(() -> EighteenPercentRule.isHealthy(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EighteenPercentRule.isHealthy(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
