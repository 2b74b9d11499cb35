package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.ResourceCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static dev.failoverstudio.domain.health.Checks.*;
import static dev.failoverstudio.domain.model.HealthObservation.FAILING;
import static dev.failoverstudio.domain.model.HealthObservation.PASSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Endpoint aggregation and the generic rules of {@link HealthEvaluator}: HC1, HC2, HC9, HC10, HC16, HC17, HC19, HC20, V50. */
class HealthEvaluatorTest {

    private final HealthEvaluator evaluator = new HealthEvaluator();

    // ---- HC9: the 18 % rule, with the spec's own examples ----

    @Test
    void hc9_oneHealthyRegionOfEightIsUnhealthy() {
        assertThat(verdict(http("a"), snapshot("a", defaultRegionsHealthy(1))))
                .isEqualTo(HealthVerdict.unhealthy("1 of 8 checker Regions sees it healthy (12.5 % ≤ 18 %)", "HC9"));
    }

    @Test
    void hc9_twoHealthyRegionsOfEightAreHealthy() {
        assertThat(verdict(http("a"), snapshot("a", defaultRegionsHealthy(2))))
                .isEqualTo(HealthVerdict.healthy("2 of 8 checker Regions see it healthy (25 % > 18 %)", "HC9"));
    }

    @Test
    void hc9_oneHealthyRegionOfThreeCustomRegionsIsHealthy() {
        HealthCheck check = http("a", List.of("us-east-1", "eu-west-1", "ap-southeast-1"));
        HealthObservation observation = regions("us-east-1", false, "eu-west-1", true, "ap-southeast-1", false);

        assertThat(verdict(check, snapshot("a", observation)))
                .isEqualTo(HealthVerdict.healthy("1 of 3 checker Regions sees it healthy (33.3 % > 18 %)", "HC9"));
    }

    @Test
    void hc9_uniformPassingMeansEveryCheckerRegionSeesItHealthy() {
        assertThat(verdict(http("a"), snapshot("a", PASSING)))
                .isEqualTo(HealthVerdict.healthy("8 of 8 checker Regions see it healthy (100 % > 18 %)", "HC9"));
    }

    @Test
    void hc9_uniformFailingMeansNoCheckerRegionSeesItHealthy() {
        assertThat(verdict(http("a"), snapshot("a", FAILING)))
                .isEqualTo(HealthVerdict.unhealthy("0 of 8 checker Regions see it healthy (0 % ≤ 18 %)", "HC9"));
    }

    @Test
    @DisplayName("HC9/C5: Regions missing from the map report nothing; the share is over the Regions that reported")
    void hc9_missingRegionsReportNothing() {
        HealthObservation observation = regions("us-east-1", true, "eu-west-1", false, "sa-east-1", false);

        assertThat(verdict(http("a"), snapshot("a", observation))).isEqualTo(HealthVerdict.healthy(
                "1 of 3 reporting checker Regions sees it healthy (33.3 % > 18 %); us-west-1, us-west-2, "
                        + "ap-southeast-1, ap-southeast-2, ap-northeast-1 report nothing", "HC9"));
    }

    @Test
    void hc9_oneHealthyRegionOfSixReportingIsUnhealthy() {
        HealthObservation observation = regions("us-east-1", true, "us-west-1", false, "us-west-2", false,
                "eu-west-1", false, "ap-southeast-1", false, "ap-southeast-2", false);

        assertThat(verdict(http("a"), snapshot("a", observation))).isEqualTo(HealthVerdict.unhealthy(
                "1 of 6 reporting checker Regions sees it healthy (16.7 % ≤ 18 %); ap-northeast-1, sa-east-1 "
                        + "report nothing", "HC9"));
    }

    @Test
    void hc9_regionsOutsideTheChecksOwnListAreIgnored() {
        HealthCheck check = http("a", List.of("us-east-1", "eu-west-1", "ap-southeast-1"));
        HealthObservation observation = regions("us-east-1", false, "eu-west-1", false, "ap-southeast-1", false,
                "us-west-2", true, "sa-east-1", true);

        assertThat(verdict(check, snapshot("a", observation)))
                .isEqualTo(HealthVerdict.unhealthy("0 of 3 checker Regions see it healthy (0 % ≤ 18 %)", "HC9"));
    }

    @Test
    void hc9_a37_aRegionListedTwiceCountsOnce() {
        HealthCheck check = http("a", List.of("us-east-1", "us-east-1", "eu-west-1", "ap-southeast-1", "sa-east-1",
                "us-west-1", "us-west-2"));
        // 1 of 6 distinct Regions healthy is 16.7 % (unhealthy); counting us-east-1 twice would give 2 of 7.
        HealthObservation observation = regions("us-east-1", true, "eu-west-1", false, "ap-southeast-1", false,
                "sa-east-1", false, "us-west-1", false, "us-west-2", false);

        assertThat(verdict(check, snapshot("a", observation)))
                .isEqualTo(HealthVerdict.unhealthy("1 of 6 checker Regions sees it healthy (16.7 % ≤ 18 %)", "HC9"));
    }

    @Test
    void hc9_oneSilentRegionIsNamed() {
        HealthCheck check = http("a", List.of("us-east-1", "eu-west-1", "ap-southeast-1"));

        assertThat(verdict(check, snapshot("a", regions("us-east-1", true, "eu-west-1", false)))).isEqualTo(
                HealthVerdict.healthy("1 of 2 reporting checker Regions sees it healthy (50 % > 18 %); "
                        + "ap-southeast-1 reports nothing", "HC9"));
    }

    // ---- HC10 ----

    @Test
    void hc10_aCheckWithoutRegionsIsProbedFromTheEightDefaults() {
        HealthVerdict verdict = verdict(http("a", List.of()), snapshot("a", defaultRegionsHealthy(8)));

        assertThat(verdict.reason()).startsWith("8 of 8 checker Regions");
    }

    @Test
    void hc10_aCustomListBelowThreeRegionsIsStillEvaluatedAsWritten() {
        HealthCheck check = http("a", List.of("us-east-1", "eu-west-1"));

        assertThat(verdict(check, snapshot("a", regions("us-east-1", false, "eu-west-1", true))))
                .isEqualTo(HealthVerdict.healthy("1 of 2 checker Regions sees it healthy (50 % > 18 %)", "HC9"));
    }

    // ---- HC16 ----

    @Test
    void hc16_aCheckWithoutObservationIsHealthy() {
        assertThat(verdict(http("a"), HealthSnapshot.EMPTY)).isEqualTo(HealthVerdict.healthy(
                "no observation yet; a check without data counts healthy", "HC16"));
    }

    @Test
    void hc16_anInvertedCheckWithoutObservationIsUnhealthy() {
        assertThat(verdict(http("a").withInverted(true), HealthSnapshot.EMPTY)).isEqualTo(HealthVerdict.unhealthy(
                "no observation yet; a check without data counts healthy, inverted: unhealthy", "HC16"));
    }

    @Test
    void hc16_aPerRegionMapWithNoneOfTheChecksRegionsIsNoData() {
        HealthCheck check = http("a", List.of("us-east-1", "eu-west-1", "ap-southeast-1"));

        assertThat(verdict(check, snapshot("a", regions("sa-east-1", false)))).isEqualTo(HealthVerdict.healthy(
                "none of its 3 checker Regions has reported yet; a check without data counts healthy", "HC16"));
    }

    @Test
    void hc16_insufficientDataOnAnEndpointCheckIsNoData() {
        HealthVerdict verdict = verdict(http("a"), snapshot("a", HealthObservation.INSUFFICIENT_DATA));

        assertThat(verdict.healthy()).isTrue();
        assertThat(verdict.rule()).isEqualTo("HC16");
    }

    // ---- HC17: the four Disabled x Inverted combinations ----

    @ParameterizedTest(name = "HC17 observed {0}, disabled={1}, inverted={2} -> healthy={3} by {4}")
    @CsvSource({
            "false, false, false, false, HC9",
            "false, false, true,  true,  HC17",
            "false, true,  false, true,  HC17",
            "false, true,  true,  false, HC17",
            "true,  false, false, true,  HC9",
            "true,  false, true,  false, HC17",
            "true,  true,  false, true,  HC17",
            "true,  true,  true,  false, HC17",
    })
    void hc17_disabledAndInvertedCombinations(boolean passing, boolean disabled, boolean inverted,
                                              boolean expectedHealthy, String expectedRule) {
        HealthCheck check = http("a").withDisabled(disabled).withInverted(inverted);

        HealthVerdict verdict = verdict(check, snapshot("a", new HealthObservation.Uniform(passing)));

        assertThat(verdict.healthy()).isEqualTo(expectedHealthy);
        assertThat(verdict.rule()).isEqualTo(expectedRule);
    }

    @Test
    void hc17_disabledAndInvertedIsAlwaysUnhealthy() {
        HealthCheck check = http("a").withDisabled(true).withInverted(true);

        assertThat(verdict(check, snapshot("a", PASSING)))
                .isEqualTo(HealthVerdict.unhealthy("disabled and inverted: always unhealthy", "HC17"));
        assertThat(verdict(check, HealthSnapshot.EMPTY))
                .isEqualTo(HealthVerdict.unhealthy("disabled and inverted: always unhealthy", "HC17"));
    }

    @Test
    void hc17_disabledIsHealthyWhateverTheCheckersSee() {
        assertThat(verdict(http("a").withDisabled(true), snapshot("a", FAILING)))
                .isEqualTo(HealthVerdict.healthy("disabled: always healthy", "HC17"));
    }

    @Test
    void hc17_invertedKeepsTheMeasuredReason() {
        assertThat(verdict(http("a").withInverted(true), snapshot("a", defaultRegionsHealthy(2))))
                .isEqualTo(HealthVerdict.unhealthy(
                        "inverted: 2 of 8 checker Regions see it healthy (25 % > 18 %), so unhealthy", "HC17"));
    }

    // ---- HC19: the snapshot is the raw observation ----

    @Test
    void hc19_anObservationIsWhatCheckersSeeNotTheFinalStatus() {
        // "passing" for an inverted check means the endpoint answers, so the final status is unhealthy.
        assertThat(verdict(http("a").withInverted(true), snapshot("a", PASSING)).healthy()).isFalse();
    }

    // ---- HC2: every type is decided by its own rule ----

    @ParameterizedTest(name = "HC2 endpoint type {0} is aggregated by HC9")
    @EnumSource(value = HealthCheckType.class, names = {"HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH", "TCP"})
    void hc2_endpointTypesAreAggregatedByTheEighteenPercentRule(HealthCheckType type) {
        HealthCheck check = check("a", endpoint(type, null, "www.example.com", IP));

        assertThat(verdict(check, snapshot("a", defaultRegionsHealthy(1))))
                .isEqualTo(HealthVerdict.unhealthy("1 of 8 checker Regions sees it healthy (12.5 % ≤ 18 %)", "HC9"));
    }

    @Test
    void hc2_otherTypesAreDecidedByTheirOwnRules() {
        List<HealthCheck> checks = List.of(http("child"), calculated("calc", 1, "child"),
                cloudWatch("cw", null), recoveryControl("arc"));
        HealthStatus status = evaluator.evaluate(checks, snapshot("child", PASSING, "cw", PASSING, "arc", PASSING));

        assertThat(status.verdict("calc").rule()).isEqualTo("HC13");
        assertThat(status.verdict("cw").rule()).isEqualTo("HC14");
        assertThat(status.verdict("arc").rule()).isEqualTo("HC15");
    }

    // ---- HC1: the status is computed once, before any query ----

    @Test
    void hc1_aStatusIsAFixedValueThatLaterSnapshotsDoNotChange() {
        List<HealthCheck> checks = List.of(http("a"));
        HealthStatus before = evaluator.evaluate(checks, snapshot("a", PASSING));
        HealthStatus after = evaluator.evaluate(checks, snapshot("a", FAILING));

        assertThat(before.isHealthy("a")).isTrue();
        assertThat(after.isHealthy("a")).isFalse();
        assertThat(before.verdict("a")).isSameAs(before.verdict("a"));
    }

    @Test
    void hc1_theVerdictMapIsReadOnly() {
        EvaluatedHealthStatus status = evaluator.evaluate(List.of(http("a")),
                HealthSnapshot.EMPTY);

        assertThat(status.verdicts()).containsOnlyKeys("a");
        assertThatThrownBy(() -> status.verdicts().put("b", HealthVerdict.healthy("x", "HC1")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- HC20 and V50 ----

    @Test
    void hc20_aCheckHasItsStatusWithoutAnyRecordReferencingIt() {
        Design design = new Design(List.of(), List.of(http("a"), http("b")), List.of(), ResourceCatalog.EMPTY,
                snapshot("a", FAILING));

        HealthStatus status = evaluator.evaluate(design);

        assertThat(status.isHealthy("a")).isFalse();
        assertThat(status.isHealthy("b")).isTrue();
    }

    @Test
    void v50_anIdNamingNoHealthCheckIsHealthy() {
        HealthStatus status = evaluator.evaluate(List.of(http("a")), HealthSnapshot.EMPTY);

        assertThat(status.verdict("ghost")).isEqualTo(HealthVerdict.healthy(
                "health check \"ghost\" does not exist; a reference to a missing check counts as healthy", "V50"));
        assertThat(status.verdict(null).rule()).isEqualTo("V50");
        assertThat(status.isHealthy(null)).isTrue();
    }

    @Test
    void duplicateIdsKeepTheFirstCheck() {
        EvaluatedHealthStatus status = evaluator.evaluate(List.of(http("a").withInverted(true), http("a")),
                snapshot("a", PASSING));

        assertThat(status.isHealthy("a")).isFalse();
        assertThat(status.verdicts()).hasSize(1);
    }

    @Test
    void verdictsFollowTheOrderOfTheGivenChecks() {
        EvaluatedHealthStatus status = evaluator.evaluate(
                List.of(http("z"), calculated("m", 1, "z"), http("a")), HealthSnapshot.EMPTY);

        assertThat(status.verdicts().keySet()).containsExactly("z", "m", "a");
    }

    @Test
    void aSnapshotEntryForAnUnknownCheckIsIgnored() {
        HealthStatus status = evaluator.evaluate(List.of(http("a")), HealthSnapshot.of(Map.of("ghost", FAILING)));

        assertThat(status.isHealthy("a")).isTrue();
        assertThat(status.verdict("ghost").rule()).isEqualTo("V50");
    }

    @Test
    void a36_hc16_anEndpointCheckMissingFromTheSnapshotHasNoDataYet() {
        HealthSnapshot others = snapshot("other", FAILING);

        assertThat(verdict(List.of(http("new"), http("other")), others, "new").healthy())
                .as("no data yet counts healthy").isTrue();
        assertThat(verdict(List.of(http("new").withInverted(true), http("other")), others, "new").healthy())
                .as("inverted without data is unhealthy").isFalse();
        assertThat(verdict(List.of(http("new"), http("other")), others, "other").healthy())
                .as("a check with an observation is judged by it").isFalse();
    }
}
