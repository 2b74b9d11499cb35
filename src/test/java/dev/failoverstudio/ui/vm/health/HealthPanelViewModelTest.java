package dev.failoverstudio.ui.vm.health;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;
import dev.failoverstudio.ui.vm.resolver.TaskRunner;
import dev.failoverstudio.ui.vm.resolver.TrafficShare;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The health panel's view model without the toolkit (sample: latency alias to weighted groups, R158). */
class HealthPanelViewModelTest {

    private static final String USE1_A = "11111111-aaaa-4000-8000-000000000001";
    private static final String USE1_B = "11111111-aaaa-4000-8000-000000000002";
    private static final String APSE2_A = "11111111-aaaa-4000-8000-000000000003";

    private final LiveFixture fixture = LiveFixture.sample("latency-weighted-tree.json");
    private final ResolverViewModel resolver = new ResolverViewModel(fixture.live, TaskRunner.sameThread());
    private final HealthPanelViewModel health = new HealthPanelViewModel(fixture.live,
            resolver.effectiveHealthProperty());

    private void askFromUsEast1() {
        resolver.nameProperty().set("example.com.");
        resolver.regionProperty().set(resolver.regions().stream()
                .filter(c -> "us-east-1".equals(c.code())).findFirst().orElseThrow());
    }

    private HealthCheckRow row(String id) {
        return health.checks().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void rowsShowObservedStateAndTheEvaluatorsVerdictWithReasonAndRule_HC9() {
        HealthCheckRow a = row(USE1_A);
        assertThat(a.observed()).isEqualTo("failing (all checkers)");
        assertThat(a.healthy()).isFalse();
        assertThat(a.rule()).isEqualTo("HC9");
        HealthCheckRow b = row(USE1_B);
        // one checker Region of eight sees it healthy: 12.5 % is not more than 18 % (HC9)
        assertThat(b.observed()).isEqualTo("1 of 8 reporting Regions passing");
        assertThat(b.healthy()).isFalse();
        assertThat(b.regionOpinions()).containsEntry("us-east-1", true).containsEntry("eu-west-1", false);
        assertThat(b.reason()).contains("1 of 8");
        assertThat(row(APSE2_A).interval()).isEqualTo("10 s");
        assertThat(row(APSE2_A).threshold()).isEqualTo("2");
    }

    @Test
    void togglingAHealthCheckChangesTheResolversAnswer_R45_R158() {
        askFromUsEast1();
        // both us-east-1 instances failing: the latency alias is backed out of, Sydney answers (R45)
        assertThat(resolver.shares()).extracting(TrafficShare::label)
                .containsExactlyInAnyOrder("198.51.100.21", "198.51.100.22");

        health.toggle(USE1_A); // failing -> passing
        assertThat(fixture.observation(USE1_A)).contains(HealthObservation.PASSING);
        assertThat(row(USE1_A).healthy()).isTrue();
        assertThat(resolver.shares()).extracting(TrafficShare::label).containsExactly("192.0.2.11");
        assertThat(resolver.answerSummaryProperty().get()).isEqualTo("192.0.2.11");

        fixture.history.undo();
        assertThat(resolver.shares()).extracting(TrafficShare::label)
                .containsExactlyInAnyOrder("198.51.100.21", "198.51.100.22");
    }

    @Test
    void noDataYetCountsHealthy_HC16() {
        health.markNoData(USE1_A);
        assertThat(row(USE1_A).observed()).isEqualTo("no data yet");
        assertThat(row(USE1_A).healthy()).isTrue();
        assertThat(row(USE1_A).rule()).isEqualTo("HC16");
    }

    @Test
    void perCheckerRegionOpinionsDecideByTheEighteenPercentRule_HC9() {
        health.markFailing(APSE2_A);
        health.setCheckerRegion(APSE2_A, "us-east-1", true);
        assertThat(row(APSE2_A).healthy()).isFalse(); // 1 of 8 = 12.5 %
        health.setCheckerRegion(APSE2_A, "eu-west-1", true);
        assertThat(row(APSE2_A).healthy()).isTrue(); // 2 of 8 = 25 % > 18 %
        assertThat(row(APSE2_A).observed()).isEqualTo("2 of 8 reporting Regions passing");
    }

    @Test
    void failARegionFailsEverythingBelowItsLatencyRecordInOneUndoStep() {
        health.allHealthy();
        int depth = fixture.history.undoDepth();
        health.failRegion("us-east-1");
        assertThat(fixture.history.undoDepth()).isEqualTo(depth + 1);
        assertThat(fixture.history.undoLabel()).contains("Fail Region us-east-1");
        assertThat(fixture.observation(USE1_A)).contains(HealthObservation.FAILING);
        assertThat(fixture.observation(USE1_B)).contains(HealthObservation.FAILING);
        assertThat(fixture.observation(APSE2_A)).contains(HealthObservation.PASSING);

        fixture.history.undo();
        assertThat(fixture.observation(USE1_A)).contains(HealthObservation.PASSING);
        assertThat(fixture.observation(USE1_B)).contains(HealthObservation.PASSING);
    }

    @Test
    void failAnEndpointFailsTheChecksOfRecordSetsServingTheAddress() {
        health.allHealthy();
        health.failEndpoint("192.0.2.11");
        assertThat(fixture.observation(USE1_A)).contains(HealthObservation.FAILING);
        assertThat(fixture.observation(USE1_B)).contains(HealthObservation.PASSING);
        assertThat(health.endpoints()).contains("192.0.2.11", "198.51.100.22");
        assertThat(health.regions()).containsExactly("ap-southeast-2", "us-east-1");
    }

    @Test
    void effectiveHealthMarksTheBackedOutAliasSubtreeUnhealthy_R41_R45() {
        askFromUsEast1();
        EffectiveHealth eh = resolver.effectiveHealthProperty().get();
        RecordSetKey use1Alias = new RecordSetKey(DomainName.of("example.com."), RecordType.A, "us-east-1");
        RecordSetKey apse2Alias = new RecordSetKey(DomainName.of("example.com."), RecordType.A, "ap-southeast-2");
        assertThat(eh.recordSet(use1Alias).state()).isEqualTo(RecordHealth.State.UNHEALTHY);
        assertThat(eh.recordSet(use1Alias).rule()).isEqualTo("R45");
        assertThat(eh.recordSet(apse2Alias).state()).isEqualTo(RecordHealth.State.HEALTHY);
        assertThat(eh.group(new GroupKey(DomainName.of("us-east-1-www.example.com."), RecordType.A)).unhealthy())
                .isTrue();
        assertThat(eh.group(new GroupKey(DomainName.of("example.com."), RecordType.A)).healthy()).isTrue();
        assertThat(eh.check(USE1_A).healthy()).isFalse();

        health.allHealthy();
        EffectiveHealth after = resolver.effectiveHealthProperty().get();
        assertThat(after.recordSet(use1Alias).healthy()).isTrue();
        // Sydney is ranked after a healthy us-east-1 alias: Route 53 never looks at it (R42a)
        assertThat(after.recordSet(apse2Alias).state()).isEqualTo(RecordHealth.State.NOT_EVALUATED);
    }

    @Test
    void calculatedChecksShowDerivedStatusChildrenAndInvertedDisabled_HC13_HC17() {
        LiveFixture calc = LiveFixture.sample("active-active-weighted-standby.json");
        HealthPanelViewModel vm = new HealthPanelViewModel(calc.live,
                new SimpleObjectProperty<>(EffectiveHealth.NONE));
        HealthCheckRow poolA = vm.checks().stream().filter(r -> r.id().equals("pool-a-calculated")).findFirst()
                .orElseThrow();
        assertThat(poolA.kind()).isEqualTo(HealthCheckRow.Kind.CALCULATED);
        assertThat(poolA.children()).containsExactly("a1: healthy", "a2: unhealthy", "a3: unhealthy");
        assertThat(poolA.healthy()).isFalse(); // 1 of 3 healthy, threshold 2
        HealthCheckRow a3 = vm.checks().stream().filter(r -> r.id().equals("a3")).findFirst().orElseThrow();
        assertThat(a3.switches()).isEqualTo("Inverted, Disabled");
        assertThat(a3.healthy()).isFalse(); // disabled and inverted: always unhealthy (HC17)

        vm.toggle("pool-a-calculated"); // derived: cannot be toggled
        assertThat(calc.history.canUndo()).isFalse();
        vm.toggle("a2");
        assertThat(vm.checks().stream().filter(r -> r.id().equals("pool-a-calculated")).findFirst().orElseThrow()
                .healthy()).isTrue();
    }

    @Test
    void failARegionReachesResourcesByNameAndCloudWatchAlarmsByRegion() {
        LiveFixture f = LiveFixture.sample("latency-weighted-tree.json");
        var design = f.history.current().design();
        var catalog = new dev.failoverstudio.domain.model.ResourceCatalog(java.util.Map.of(
                DomainName.of("my-lb-1.us-east-1.elb.amazonaws.com."),
                new dev.failoverstudio.domain.model.AwsResource(DomainName.of("my-lb-1.us-east-1.elb.amazonaws.com."),
                        dev.failoverstudio.domain.model.AwsResourceKind.APPLICATION_LOAD_BALANCER,
                        java.util.List.of("203.0.113.5"), null, null, null, null)));
        var cw = new dev.failoverstudio.domain.model.HealthCheck("cw-1", "alarm", new
                dev.failoverstudio.domain.model.CloudWatchCheck("us-east-1", "high-5xx", null), false, false, 1);
        var checks = new java.util.ArrayList<>(design.healthChecks());
        checks.add(cw);
        var command = new FailureScope(design.withResourceCatalog(catalog).withHealthChecks(checks),
                f.live.services().geo().regions().keySet())
                .failRegion("us-east-1");
        var after = command.apply(f.history.current().withDesign(design.withResourceCatalog(catalog)
                .withHealthChecks(checks))).design();
        assertThat(after.resourceCatalog().all()).allMatch(r -> Boolean.FALSE.equals(r.healthy()));
        assertThat(after.healthSnapshot().observation("cw-1")).contains(HealthObservation.FAILING);
        assertThat(after.healthSnapshot().observation(APSE2_A)).isEqualTo(Optional.of(HealthObservation.PASSING));
    }

    @Test
    void aLayoutOnlyEditPublishesNoNewState() {
        LiveDesign.State before = fixture.live.state();
        fixture.document.set(fixture.history.current().withLayout(
                fixture.history.current().layout().with(
                        dev.failoverstudio.domain.layout.NodeKey.healthCheck(USE1_A),
                        new dev.failoverstudio.domain.layout.Position(10, 20))));
        assertThat(fixture.live.state()).isSameAs(before);
        health.toggle(USE1_A);
        assertThat(fixture.live.state()).isNotSameAs(before);
    }
}
