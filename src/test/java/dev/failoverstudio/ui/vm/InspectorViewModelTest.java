package dev.failoverstudio.ui.vm;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.ui.vm.EdgeModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspector's fields: Route 53 names and ranges, one undoable edit per accepted value, refusals inline. */
class InspectorViewModelTest {

    @TempDir
    Path temp;

    private DesignerViewModel vm;
    private InspectorViewModel inspector;

    @BeforeEach
    void setUp() {
        DesignerSession session = DesignerFixture.session(temp);
        vm = session.designer();
        inspector = session.inspector();
    }

    private NodeKey weightedRowSelected() {
        NodeKey key = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        vm.selectMember(DesignerFixture.row(vm, key, 0), false);
        return key;
    }

    @Test
    void aWeightedRecordSetShowsItsWeightAndTheFieldsOfItsPolicy() {
        weightedRowSelected();

        assertThat(inspector.headingProperty().get()).startsWith("Record set ");
        assertThat(inspector.fields()).extracting(InspectorField::name)
                .contains("Name", "Type", "Set identifier", "Routing policy", "Weight", "TTL", "Values",
                        "Health check")
                .doesNotContain("Region", "Failover");
        assertThat(inspector.field("Weight").orElseThrow().value()).isEqualTo("10");
    }

    @Test
    void editingTheWeightIsOneUndoableEdit() {
        // R70: weights 0-255.
        NodeKey key = weightedRowSelected();

        assertThat(inspector.field("Weight").orElseThrow().commit("50")).isTrue();

        assertThat(((WeightedRouting) DesignerFixture.only(vm, key).routing()).weight()).isEqualTo(50);
        assertThat(inspector.field("Weight").orElseThrow().value()).isEqualTo("50");
        vm.undo();
        assertThat(((WeightedRouting) DesignerFixture.only(vm, key).routing()).weight()).isEqualTo(10);
        assertThat(inspector.field("Weight").orElseThrow().value()).isEqualTo("10");
    }

    @Test
    void aWeightOutsideTheRouteFiftyThreeRangeIsRefusedAndTheDesignStaysAsItWas() {
        // V20: Route 53 refuses weights above 255.
        weightedRowSelected();
        DesignDocument before = vm.document();
        InspectorField weight = inspector.field("Weight").orElseThrow();

        assertThat(weight.commit("300")).isFalse();
        assertThat(weight.errorProperty().get()).contains("0 to 255");
        assertThat(weight.commit("ten")).isFalse();
        assertThat(weight.errorProperty().get()).contains("whole number");

        assertThat(vm.document()).isSameAs(before);
        assertThat(vm.canUndoProperty().get()).isTrue(); // only the palette creation
        assertThat(vm.undoLabelProperty().get()).startsWith("Undo Add");
    }

    @Test
    void aBadNameOrTtlIsRefusedInline() {
        weightedRowSelected();
        DesignDocument before = vm.document();

        assertThat(inspector.field("Name").orElseThrow().commit("a..b")).isFalse();
        assertThat(inspector.field("TTL").orElseThrow().commit("-1")).isFalse();
        assertThat(inspector.field("Set identifier").orElseThrow().commit("x".repeat(129))).isFalse();

        assertThat(vm.document()).isSameAs(before);
    }

    @Test
    void aRelativeNameGetsTheZoneOrigin() {
        NodeKey key = weightedRowSelected();

        assertThat(inspector.field("Name").orElseThrow().commit("www")).isTrue();

        assertThat(vm.scene().card(vm.scene().cardOf(DesignerFixture.zone(vm).recordSets().get(0).key())
                .orElseThrow()).orElseThrow().title()).isEqualTo("www." + DesignerFixture.zone(vm).origin().text());
        assertThat(vm.scene().card(key)).isEmpty();
    }

    @Test
    void changingThePolicyShowsTheNewPolicysFields() {
        weightedRowSelected();

        assertThat(inspector.field("Routing policy").orElseThrow().commit(RoutingPolicy.GEOPROXIMITY.label())).isTrue();

        assertThat(inspector.fields()).extracting(InspectorField::name).contains("AWS Region", "Bias")
                .doesNotContain("Weight");
        // R111: bias -99..99
        assertThat(inspector.field("Bias").orElseThrow().commit("120")).isFalse();
        assertThat(inspector.field("Bias").orElseThrow().commit("-20")).isTrue();
        RecordSet rs = DesignerFixture.zone(vm).recordSets().get(0);
        assertThat(((GeoproximityRouting) rs.routing()).location().bias()).isEqualTo(-20L);
    }

    @Test
    void aGroupCanBeRenamedAsOneStep() {
        NodeKey key = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        vm.addMember(key);
        vm.selectCard(key, false);

        assertThat(inspector.headingProperty().get()).startsWith("Group ");
        assertThat(inspector.field("Name").orElseThrow().commit("pool.example.com.")).isTrue();

        assertThat(DesignerFixture.zone(vm).recordSets()).extracting(r -> r.name().text())
                .containsOnly("pool.example.com.");
        vm.undo();
        assertThat(DesignerFixture.zone(vm).recordSets()).extracting(r -> r.name().text())
                .doesNotContain("pool.example.com.");
    }

    @Test
    void aHealthCheckShowsItsEndpointFieldsWithTheirRanges() {
        // HC7 failure threshold 1-10, HC8 request interval 10 or 30.
        NodeKey key = vm.createFromPalette(PaletteItem.HEALTH_CHECK, 0, 0).orElseThrow();
        vm.selectCard(key, false);

        assertThat(inspector.headingProperty().get()).startsWith("Health check ");
        assertThat(inspector.field("Failure threshold").orElseThrow().commit("11")).isFalse();
        assertThat(inspector.field("Failure threshold").orElseThrow().commit("5")).isTrue();
        assertThat(inspector.field("Request interval").orElseThrow().commit("10")).isTrue();
        EndpointCheck config = (EndpointCheck) vm.document().design().healthChecks().get(0).config();
        assertThat(config.failureThreshold()).isEqualTo(5L);
        assertThat(config.requestInterval()).isEqualTo(10L);
        assertThat(inspector.field("Inverted").orElseThrow().commit("true")).isTrue();
        assertThat(vm.document().design().healthChecks().get(0).inverted()).isTrue();
    }

    @Test
    void healthCheckTagsAreEditedAsOneUndoableStepAndWhatRoute53RefusesIsRefusedInline() {
        // Tags have no numbered rule in the spec: API:Tag limits, one value per key.
        NodeKey key = vm.createFromPalette(PaletteItem.HEALTH_CHECK, 0, 0).orElseThrow();
        vm.selectCard(key, false);
        InspectorField tags = inspector.field("Tags").orElseThrow();
        assertThat(tags.value()).isEmpty();

        assertThat(tags.commit("region=eu-west-1, team = edge , empty=")).isTrue();
        assertThat(vm.document().design().healthChecks().get(0).tags()).containsExactly(
                new HealthCheckTag("region", "eu-west-1"), new HealthCheckTag("team", "edge"),
                new HealthCheckTag("empty", ""));
        assertThat(inspector.field("Tags").orElseThrow().value()).isEqualTo("region=eu-west-1, team=edge, empty=");

        DesignDocument before = vm.document();
        InspectorField again = inspector.field("Tags").orElseThrow();
        assertThat(again.commit("a=1, a=2")).isFalse();
        assertThat(again.errorProperty().get()).contains("twice");
        assertThat(again.commit("k=" + "v".repeat(257))).isFalse();
        assertThat(again.errorProperty().get()).contains("256");
        assertThat(again.commit("=value")).isFalse();
        assertThat(vm.document()).isSameAs(before);

        vm.undo();
        assertThat(vm.document().design().healthChecks().get(0).tags()).isEmpty();
    }

    @Test
    void retypingAHealthCheckClearsWhatTheNewTypeLacksAndClearingItsTargetIsRefused() {
        // HV5: a TCP check has no resource path; HV3: an endpoint check needs an IP address or a domain name.
        NodeKey key = vm.createFromPalette(PaletteItem.HEALTH_CHECK, 0, 0).orElseThrow();
        vm.selectCard(key, false);

        assertThat(inspector.field("Type").orElseThrow().commit("TCP")).isTrue();
        EndpointCheck config = (EndpointCheck) vm.document().design().healthChecks().get(0).config();
        assertThat(config.type().name()).isEqualTo("TCP");
        assertThat(config.resourcePath()).isNull();

        // The new check watches a domain name and no IP address: clearing the name leaves nothing to probe.
        assertThat(config.ipAddress()).isNull();
        DesignDocument before = vm.document();
        InspectorField name = inspector.field("Domain name").orElseThrow();
        assertThat(name.commit("")).isFalse();
        assertThat(name.errorProperty().get()).contains("HV3");
        assertThat(vm.document()).isSameAs(before);
    }

    @Test
    void theDeveloperGuidesLatencyToWeightedTreeCanBeBuiltFromAnEmptyDesign() {
        // The acceptance path: latency alias at the apex -> weighted records in two Regions (R90, R70, R45).
        NodeKey latency = vm.createFromPalette(PaletteItem.LATENCY, 0, 0).orElseThrow();
        vm.addMember(latency);
        vm.selectCard(latency, false);
        assertThat(inspector.field("Name").orElseThrow().commit("example.com.")).isTrue();
        latency = vm.scene().cards().get(0).key();

        NodeKey[] pools = new NodeKey[2];
        String[] names = {"us-east-1-www", "ap-southeast-2-www"};
        for (int i = 0; i < 2; i++) {
            NodeKey pool = vm.createFromPalette(PaletteItem.WEIGHTED, 400, 200 * i).orElseThrow();
            vm.addMember(pool);
            vm.selectCard(pool, false);
            assertThat(inspector.field("Name").orElseThrow().commit(names[i])).isTrue();
            pools[i] = vm.selection().iterator().next();
        }
        CardModel top = vm.scene().card(latency).orElseThrow();
        for (int i = 0; i < 2; i++) {
            MemberRef row = new MemberRef(top.zoneId(), top.rows().get(i).member(), latency);
            assertThat(vm.connect(row, pools[i])).as(vm.statusProperty().get()).isTrue();
            top = vm.scene().card(latency).orElseThrow();
        }

        assertThat(vm.scene().edges()).filteredOn(e -> e.kind() == EdgeModel.Kind.ALIAS).hasSize(2);
        assertThat(vm.problems()).noneMatch(ProblemItem::isError);
        assertThat(DesignerFixture.zone(vm).recordSets()).hasSize(6)
                .filteredOn(r -> r.isAlias()).extracting(r -> r.aliasTarget().dnsName().text())
                .containsExactlyInAnyOrder("us-east-1-www.example.com.", "ap-southeast-2-www.example.com.");
    }
}
