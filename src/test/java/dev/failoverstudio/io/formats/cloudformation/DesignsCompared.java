package dev.failoverstudio.io.formats.cloudformation;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Equality of designs as Route 53 sees them: the same zones (ID, origin, private flag) with the same record sets
 * in any order (the API lists them sorted, S3), and the same health checks in any order. Health check versions
 * are Route 53's bookkeeping and start at 1 for a created check (HV19); CIDR collections must be equal too.
 */
final class DesignsCompared {

    private DesignsCompared() {
    }

    static void assertEquivalent(Design actual, Design expected) {
        assertThat(actual.zones()).hasSameSizeAs(expected.zones());
        for (int i = 0; i < expected.zones().size(); i++) {
            HostedZone a = actual.zones().get(i);
            HostedZone e = expected.zones().get(i);
            assertThat(a.id()).isEqualTo(e.id());
            assertThat(a.origin()).isEqualTo(e.origin());
            assertThat(a.privateZone()).isEqualTo(e.privateZone());
            assertThat(a.recordSets()).containsExactlyInAnyOrderElementsOf(e.recordSets());
        }
        assertThat(actual.healthChecks()).containsExactlyInAnyOrderElementsOf(expected.healthChecks().stream()
                .map(c -> c.withVersion(1))
                .toList());
        assertThat(actual.cidrCollections()).containsExactlyInAnyOrderElementsOf(expected.cidrCollections());
    }
}
