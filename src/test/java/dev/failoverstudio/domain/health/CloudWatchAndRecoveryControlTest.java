package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.InsufficientDataHealthStatus;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.failoverstudio.domain.health.Checks.*;
import static dev.failoverstudio.domain.model.HealthObservation.FAILING;
import static dev.failoverstudio.domain.model.HealthObservation.INSUFFICIENT_DATA;
import static dev.failoverstudio.domain.model.HealthObservation.PASSING;
import static dev.failoverstudio.domain.model.InsufficientDataHealthStatus.HEALTHY;
import static dev.failoverstudio.domain.model.InsufficientDataHealthStatus.LAST_KNOWN_STATUS;
import static dev.failoverstudio.domain.model.InsufficientDataHealthStatus.UNHEALTHY;
import static org.assertj.core.api.Assertions.assertThat;

/** CloudWatch metric checks (HC14) and recovery-control checks (HC15). */
class CloudWatchAndRecoveryControlTest {

    private static final String INSUFFICIENT = "CloudWatch metric has insufficient data; ";

    private static HealthSnapshot insufficient(String id, Boolean lastKnown) {
        return new HealthSnapshot(Map.of(id, INSUFFICIENT_DATA), lastKnown == null ? Map.of() : Map.of(id, lastKnown));
    }

    @Test
    void hc14_metricOkIsHealthy() {
        assertThat(verdict(cloudWatch("cw", HEALTHY), snapshot("cw", PASSING)))
                .isEqualTo(HealthVerdict.healthy("CloudWatch metric data is OK", "HC14"));
    }

    @Test
    void hc14_metricInAlarmIsUnhealthy() {
        assertThat(verdict(cloudWatch("cw", HEALTHY), snapshot("cw", FAILING)))
                .isEqualTo(HealthVerdict.unhealthy("CloudWatch metric data is in ALARM", "HC14"));
    }

    @Test
    void hc14_insufficientDataWithHealthy() {
        assertThat(verdict(cloudWatch("cw", HEALTHY), insufficient("cw", false)))
                .isEqualTo(HealthVerdict.healthy(INSUFFICIENT + "InsufficientDataHealthStatus is Healthy", "HC14"));
    }

    @Test
    void hc14_insufficientDataWithUnhealthy() {
        assertThat(verdict(cloudWatch("cw", UNHEALTHY), insufficient("cw", true)))
                .isEqualTo(HealthVerdict.unhealthy(INSUFFICIENT + "InsufficientDataHealthStatus is Unhealthy",
                        "HC14"));
    }

    @Test
    void hc14_insufficientDataWithLastKnownStatusUsesTheLastStatus() {
        assertThat(verdict(cloudWatch("cw", LAST_KNOWN_STATUS), insufficient("cw", false)))
                .isEqualTo(HealthVerdict.unhealthy(INSUFFICIENT
                        + "InsufficientDataHealthStatus is LastKnownStatus: last known status was unhealthy", "HC14"));
        assertThat(verdict(cloudWatch("cw", LAST_KNOWN_STATUS), insufficient("cw", true)).healthy()).isTrue();
    }

    @Test
    void hc14_lastKnownStatusWithoutHistoryIsHealthy() {
        assertThat(verdict(cloudWatch("cw", LAST_KNOWN_STATUS), insufficient("cw", null)))
                .isEqualTo(HealthVerdict.healthy(INSUFFICIENT
                        + "InsufficientDataHealthStatus is LastKnownStatus: no earlier status, a new check is healthy",
                        "HC14"));
    }

    @Test
    void hc14_aMissingSettingIsTreatedAsLastKnownStatus() {
        assertThat(verdict(cloudWatch("cw", null), insufficient("cw", false)))
                .isEqualTo(HealthVerdict.unhealthy(INSUFFICIENT + "InsufficientDataHealthStatus is not set, "
                        + "treated as LastKnownStatus: last known status was unhealthy", "HC14"));
    }

    @Test
    void hc14_hc17_lastKnownStatusIsTheMeasuredStatusAndInvertedStillApplies() {
        HealthCheck inverted = cloudWatch("cw", LAST_KNOWN_STATUS).withInverted(true);

        assertThat(verdict(inverted, insufficient("cw", true)).healthy()).isFalse();
    }

    @Test
    void hc14_lastKnownStatusIsOnlyUsedWhileDataIsInsufficient() {
        HealthSnapshot snapshot = new HealthSnapshot(Map.of("cw", PASSING), Map.of("cw", false));

        assertThat(verdict(cloudWatch("cw", LAST_KNOWN_STATUS), snapshot).healthy()).isTrue();
    }

    @Test
    void hc14_hc16_noObservationIsNoDataYet() {
        assertThat(verdict(cloudWatch("cw", UNHEALTHY), HealthSnapshot.EMPTY))
                .isEqualTo(HealthVerdict.healthy("no observation yet; a check without data counts healthy", "HC16"));
    }

    @Test
    void hc14_hc16_perRegionObservationsDoNotApplyToCloudWatch() {
        HealthVerdict verdict = verdict(cloudWatch("cw", UNHEALTHY), snapshot("cw", regions("us-east-1", false)));

        assertThat(verdict.healthy()).isTrue();
        assertThat(verdict.rule()).isEqualTo("HC16");
    }

    @Test
    void hc17_aDisabledCloudWatchCheckStopsMonitoring() {
        assertThat(verdict(cloudWatch("cw", UNHEALTHY).withDisabled(true), snapshot("cw", FAILING)))
                .isEqualTo(HealthVerdict.healthy("disabled: always healthy", "HC17"));
    }

    @Test
    void hc15_routingControlOnIsHealthy() {
        assertThat(verdict(recoveryControl("arc"), snapshot("arc", PASSING)))
                .isEqualTo(HealthVerdict.healthy("routing control is ON", "HC15"));
    }

    @Test
    void hc15_routingControlOffIsUnhealthy() {
        assertThat(verdict(recoveryControl("arc"), snapshot("arc", FAILING)))
                .isEqualTo(HealthVerdict.unhealthy("routing control is OFF", "HC15"));
    }

    @Test
    void hc15_hc17_invertedRoutingControlOffIsHealthy() {
        assertThat(verdict(recoveryControl("arc").withInverted(true), snapshot("arc", FAILING)))
                .isEqualTo(HealthVerdict.healthy("inverted: routing control is OFF, so healthy", "HC17"));
    }

    @Test
    void hc15_hc16_insufficientDataIsNoDataForARoutingControl() {
        HealthVerdict verdict = verdict(recoveryControl("arc"), snapshot("arc", HealthObservation.INSUFFICIENT_DATA));

        assertThat(verdict.healthy()).isTrue();
        assertThat(verdict.rule()).isEqualTo("HC16");
    }

    @Test
    void everyInsufficientDataSettingIsHandled() {
        for (InsufficientDataHealthStatus setting : InsufficientDataHealthStatus.values()) {
            assertThat(verdict(cloudWatch("cw", setting), insufficient("cw", null)).rule()).isEqualTo("HC14");
        }
    }
}
