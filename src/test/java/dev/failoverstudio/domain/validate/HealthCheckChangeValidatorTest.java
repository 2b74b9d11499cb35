package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.failoverstudio.domain.validate.Fixtures.GEO;
import static dev.failoverstudio.domain.validate.Fixtures.PUBLIC_IP;
import static dev.failoverstudio.domain.validate.Fixtures.a;
import static dev.failoverstudio.domain.validate.Fixtures.check;
import static dev.failoverstudio.domain.validate.Fixtures.design;
import static dev.failoverstudio.domain.validate.Fixtures.httpCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Health-check updates and deletions: HV1, HV2, HV11, HV19, HV20, HV21 (A28). */
class HealthCheckChangeValidatorTest {

    private final HealthCheckChangeValidator changes = new HealthCheckChangeValidator(GEO);

    private static EndpointCheck endpoint(HealthCheckType type, String ip, String fqdn, Long interval,
                                          boolean measureLatency) {
        return new EndpointCheck(type, ip, type == HealthCheckType.TCP ? 443L : 80L, fqdn,
                type == HealthCheckType.TCP ? null : "/health", null, interval, null,
                List.of("us-east-1", "eu-west-1", "sa-east-1"), false, measureLatency);
    }

    private static Design withCheck(EndpointCheck config) {
        return design().healthCheck(new HealthCheck("hc-1", "ref", config, false, false, 3)).build();
    }

    @Test
    void hv1_typeCannotChangeAfterCreation() {
        Design d = withCheck(endpoint(HealthCheckType.HTTP, PUBLIC_IP, null, 30L, false));
        Validated<Design> result = changes.update(d, HealthCheckUpdate.config("hc-1",
                endpoint(HealthCheckType.TCP, PUBLIC_IP, null, 30L, false)));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(Problem::code, Problem::apiError).containsExactly(tuple("HV2", "InvalidInput"));
        assertThat(result.problems().get(0).message()).contains("Type cannot change").contains("HTTP to TCP");
    }

    @Test
    void hv2_allowedChangesBumpTheVersionAndImmutableOnesAreRefused() {
        Design d = withCheck(endpoint(HealthCheckType.HTTP, PUBLIC_IP, null, 30L, false));
        Validated<Design> ok = changes.update(d, new HealthCheckUpdate("hc-1", 3L,
                endpoint(HealthCheckType.HTTP, "8.8.8.8", "web.example.net", null, false), true, null, Set.of()));
        assertThat(ok.accepted()).isTrue();
        HealthCheck updated = ok.value().healthCheck("hc-1").orElseThrow();
        assertThat(updated.version()).isEqualTo(4);
        assertThat(updated.inverted()).isTrue();
        assertThat(((EndpointCheck) updated.config()).ipAddress()).isEqualTo("8.8.8.8");

        Validated<Design> refused = changes.update(d, HealthCheckUpdate.config("hc-1",
                endpoint(HealthCheckType.HTTP, null, "web.example.net", 10L, false)));
        assertThat(refused.value()).isNull();
        assertThat(refused.problems()).extracting(Problem::code).containsExactly("HV2", "HV2");
        assertThat(refused.problems()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("RequestInterval cannot change").contains("30 to 10"),
                m -> assertThat(m).contains("IPAddress cannot change").contains("being removed"));
    }

    @Test
    void hv11_measureLatencyIsImmutable() {
        Design d = withCheck(endpoint(HealthCheckType.HTTP, PUBLIC_IP, null, 30L, false));
        Validated<Design> result = changes.update(d, HealthCheckUpdate.config("hc-1",
                endpoint(HealthCheckType.HTTP, PUBLIC_IP, null, 30L, true)));
        assertThat(result.problems()).extracting(Problem::code).containsExactly("HV2");
        assertThat(result.problems().get(0).message()).contains("MeasureLatency cannot change");
    }

    @Test
    void hv19_olderVersionIsAMismatch() {
        Design d = withCheck(endpoint(HealthCheckType.HTTP, PUBLIC_IP, null, 30L, false));
        Validated<Design> result = changes.update(d, new HealthCheckUpdate("hc-1", 2L, null, null, true, Set.of()));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(Problem::code, Problem::apiError)
                .containsExactly(tuple("HV19", "HealthCheckVersionMismatch"));
        assertThat(result.problems().get(0).message()).contains("version 2").contains("at version 3");

        Validated<Design> missing = changes.update(d, HealthCheckUpdate.config("nope", null));
        assertThat(missing.problems()).extracting(Problem::apiError).containsExactly("NoSuchHealthCheck");
    }

    @Test
    void hv20_resetElementsRestoreDefaultsAndMustSuitTheType() {
        Design d = withCheck(endpoint(HealthCheckType.HTTP, PUBLIC_IP, "web.example.net", 30L, false));
        Validated<Design> ok = changes.update(d, new HealthCheckUpdate("hc-1", null, null, null, null,
                Set.of(ResetElement.REGIONS, ResetElement.RESOURCE_PATH, ResetElement.FULLY_QUALIFIED_DOMAIN_NAME)));
        assertThat(ok.problems()).isEmpty();
        EndpointCheck reset = (EndpointCheck) ok.value().healthCheck("hc-1").orElseThrow().config();
        assertThat(reset.regions()).isEmpty();
        assertThat(reset.effectiveRegions()).hasSize(8);
        assertThat(reset.resourcePath()).isNull();
        assertThat(reset.fullyQualifiedDomainName()).isNull();

        Validated<Design> wrong = changes.update(d, new HealthCheckUpdate("hc-1", null, null, null, null,
                Set.of(ResetElement.CHILD_HEALTH_CHECKS)));
        assertThat(wrong.problems()).extracting(Problem::code, Problem::apiError).containsExactly(tuple("HV20", "InvalidInput"));
        assertThat(wrong.problems().get(0).message()).isEqualTo("ResetElements ChildHealthChecks does not apply to a"
                + " HTTP health check");
    }

    @Test
    void hv20_resettingTheOnlyTargetLeavesAnInvalidCheck() {
        Design d = withCheck(endpoint(HealthCheckType.HTTP, null, "web.example.net", 30L, false));
        Validated<Design> result = changes.update(d, new HealthCheckUpdate("hc-1", null, null, null, null,
                Set.of(ResetElement.FULLY_QUALIFIED_DOMAIN_NAME)));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(Problem::code).containsExactly("HV3");
    }

    @Test
    void hv21_deletingAReferencedHealthCheckIsRefusedListingTheReferences() {
        Design d = design().healthCheck(httpCheck("hc-1"), httpCheck("hc-2"),
                        check("calc", new CalculatedCheck(List.of("hc-1"), 1)))
                .with(a("www", "192.0.2.1").weighted("a", 1).healthCheck("hc-1"),
                        a("www", "192.0.2.2").weighted("b", 1).healthCheck("hc-2")).build();
        Validated<Design> refused = changes.delete(d, "hc-1");
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.problems()).extracting(Problem::code, Problem::healthCheckId).containsExactly(tuple("HV21", "hc-1"));
        assertThat(refused.problems().get(0).message()).isEqualTo("Health check hc-1 is still used by www.example.com."
                + " A [a], calculated health check calc; remove those references before deleting it (A28)");

        Design unused = design().healthCheck(httpCheck("hc-1"), httpCheck("hc-2")).build();
        Validated<Design> deleted = changes.delete(unused, "hc-2");
        assertThat(deleted.accepted()).isTrue();
        assertThat(deleted.value().healthChecks()).extracting(HealthCheck::id).containsExactly("hc-1");

        assertThat(changes.delete(unused, "ghost").problems()).extracting(Problem::apiError)
                .containsExactly("NoSuchHealthCheck");
    }
}
