package dev.failoverstudio.ui.vm.health;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;
import dev.failoverstudio.ui.vm.resolver.TaskRunner;
import dev.failoverstudio.ui.vm.resolver.TrafficShare;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Fail a Region" reaches health checks a user tag ties to the Region (any key, a value equal to a known AWS Region
 * code, compared case-insensitively), in the same single undoable step. Sample: the Developer Guide's latency alias
 * to weighted groups (R158), whose Sydney instances are tagged as served from Tokyo, a Region no record set names.
 */
class FailRegionByTagTest {

    private static final String USE1_A = "11111111-aaaa-4000-8000-000000000001";
    private static final String USE1_B = "11111111-aaaa-4000-8000-000000000002";
    private static final String APSE2_A = "11111111-aaaa-4000-8000-000000000003";
    private static final String APSE2_B = "11111111-aaaa-4000-8000-000000000004";

    private final LiveFixture fixture = LiveFixture.of(taggedSample());
    private final ResolverViewModel resolver = new ResolverViewModel(fixture.live, TaskRunner.sameThread());
    private final HealthPanelViewModel health = new HealthPanelViewModel(fixture.live,
            resolver.effectiveHealthProperty());

    private static Design taggedSample() {
        Design design;
        try {
            design = LiveFixture.SERVICES.formats().scenarioReader().read(Path.of("samples", "latency-weighted-tree.json"))
                    .design();
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
        List<HealthCheck> checks = new ArrayList<>();
        for (HealthCheck check : design.healthChecks()) {
            checks.add(switch (check.id()) {
                case APSE2_A -> check.withTags(List.of(new HealthCheckTag("Name", "Sydney A"),
                        new HealthCheckTag("served-from", "AP-NORTHEAST-1")));
                case APSE2_B -> check.withTags(List.of(new HealthCheckTag("site", "ap-northeast-1")));
                case USE1_A -> check.withTags(List.of(new HealthCheckTag("env", "prod"),
                        new HealthCheckTag("note", "ap-northeast-1 standby"))); // not a Region code as a whole
                default -> check;
            });
        }
        return design.withHealthChecks(checks);
    }

    private void askFromSydney() {
        resolver.nameProperty().set("example.com.");
        resolver.regionProperty().set(resolver.regions().stream()
                .filter(c -> "ap-southeast-2".equals(c.code())).findFirst().orElseThrow());
    }

    @Test
    void regionsNamedOnlyByTagsAreOfferedAndOtherTagValuesAreNot() {
        assertThat(health.regions()).containsExactly("ap-northeast-1", "ap-southeast-2", "us-east-1");
    }

    @Test
    void failingARegionNamedByTagsFailsTheTaggedChecksInOneStepAndChangesTheAnswer_R45() {
        health.allHealthy();
        askFromSydney();
        assertThat(resolver.shares()).extracting(TrafficShare::label)
                .containsExactlyInAnyOrder("198.51.100.21", "198.51.100.22");
        int depth = fixture.history.undoDepth();

        health.failRegion("ap-northeast-1");

        assertThat(fixture.history.undoDepth()).isEqualTo(depth + 1);
        assertThat(fixture.history.undoLabel()).contains("Fail Region ap-northeast-1");
        assertThat(fixture.observation(APSE2_A)).contains(HealthObservation.FAILING);
        assertThat(fixture.observation(APSE2_B)).contains(HealthObservation.FAILING);
        assertThat(fixture.observation(USE1_A)).contains(HealthObservation.PASSING);
        assertThat(fixture.observation(USE1_B)).contains(HealthObservation.PASSING);
        // both Sydney instances down: the Sydney latency alias is backed out of (R45), Virginia answers
        assertThat(resolver.shares()).extracting(TrafficShare::label)
                .containsExactlyInAnyOrder("192.0.2.11", "192.0.2.12");

        fixture.history.undo();
        assertThat(fixture.observation(APSE2_A)).contains(HealthObservation.PASSING);
        assertThat(fixture.observation(APSE2_B)).contains(HealthObservation.PASSING);
        assertThat(resolver.shares()).extracting(TrafficShare::label)
                .containsExactlyInAnyOrder("198.51.100.21", "198.51.100.22");
    }

    @Test
    void aRegionOfTheDesignAlsoFailsTheChecksTaggedToIt() {
        // us-east-1 is the latency Region of the Virginia alias; a Sydney check tagged us-east-1 fails with it
        LiveFixture f = LiveFixture.of(taggedSample().withHealthChecks(taggedSample().healthChecks().stream()
                .map(c -> c.id().equals(APSE2_B) ? c.withTags(List.of(new HealthCheckTag("dr", "US-East-1"))) : c)
                .toList()));
        HealthPanelViewModel vm = new HealthPanelViewModel(f.live, resolver.effectiveHealthProperty());
        vm.allHealthy();
        vm.failRegion("us-east-1");
        assertThat(f.observation(USE1_A)).contains(HealthObservation.FAILING);
        assertThat(f.observation(USE1_B)).contains(HealthObservation.FAILING);
        assertThat(f.observation(APSE2_B)).contains(HealthObservation.FAILING);
        assertThat(f.observation(APSE2_A)).contains(HealthObservation.PASSING);
    }

    @Test
    void theHealthTableShowsEachChecksTags() {
        HealthCheckRow row = health.checks().stream().filter(r -> r.id().equals(APSE2_A)).findFirst().orElseThrow();
        assertThat(row.tags()).containsExactly("Name=Sydney A", "served-from=AP-NORTHEAST-1");
        assertThat(row.tagsText()).isEqualTo("Name=Sydney A, served-from=AP-NORTHEAST-1");
        assertThat(health.checks().stream().filter(r -> r.id().equals(USE1_B)).findFirst().orElseThrow().tags())
                .isEmpty();
    }
}
