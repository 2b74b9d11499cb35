package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.WeightedRouting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The designer's view model without the FX toolkit: palette, connections, selection, history, problems. */
class DesignerViewModelTest {

    @TempDir
    Path temp;

    private DesignerViewModel vm;

    @BeforeEach
    void setUp() {
        vm = DesignerFixture.session(temp).designer();
    }

    @Test
    void paletteItemCreatesASelectedCardAtTheSnappedDropPoint() {
        NodeKey key = vm.createFromPalette(PaletteItem.WEIGHTED, 103, 58).orElseThrow();

        CardModel card = vm.scene().card(key).orElseThrow();
        assertThat(card.kind()).isEqualTo(CardKind.GROUP);
        assertThat(card.x()).isEqualTo(100);
        assertThat(card.y()).isEqualTo(60);
        assertThat(card.rows()).singleElement().satisfies(r -> assertThat(r.routing()).startsWith("weight "));
        assertThat(vm.selection()).containsExactly(key);
        assertThat(DesignerFixture.only(vm, key).policy()).isEqualTo(RoutingPolicy.WEIGHTED);
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void replacingTheDocumentBuildsTheCanvasSceneOnce() {
        vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        var replacement = vm.document();
        vm.replaceDocument(dev.failoverstudio.domain.edit.DesignDocument.empty());
        java.util.List<Object> scenes = new java.util.ArrayList<>();
        java.util.List<Object> documents = new java.util.ArrayList<>();
        vm.sceneProperty().addListener((o, before, now) -> scenes.add(now));
        vm.documentProperty().addListener((o, before, now) -> documents.add(now));

        vm.replaceDocument(replacement);

        assertThat(documents).containsExactly(replacement);
        // one scene for the new document, one when its validation (run at once here) marks the problems: each scene
        // change rebuilds every card on the canvas, so there must be no third
        assertThat(scenes).hasSize(2);
        assertThat(vm.scene().cards()).hasSize(1);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void undoAndRedoWalkTheHistoryWithLabels() {
        NodeKey key = vm.createFromPalette(PaletteItem.LATENCY, 0, 0).orElseThrow();
        assertThat(vm.undoLabelProperty().get()).startsWith("Undo Add");

        vm.undo();
        assertThat(vm.scene().card(key)).isEmpty();
        assertThat(vm.canRedoProperty().get()).isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();

        vm.redo();
        assertThat(vm.scene().card(key)).isPresent();
        assertThat(vm.canRedoProperty().get()).isFalse();
    }

    @Test
    void addMemberAddsARecordSetOfTheGroupsPolicyToTheSameCard() {
        NodeKey key = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();

        assertThat(vm.addMember(key)).isTrue();

        CardModel card = vm.scene().card(key).orElseThrow();
        assertThat(card.rows()).hasSize(2);
        assertThat(card.rows()).extracting(RowModel::setIdentifier).doesNotHaveDuplicates();
    }

    @Test
    void connectingARowMakesItAnAliasAndDrawsTheEdge() {
        NodeKey latency = vm.createFromPalette(PaletteItem.LATENCY, 0, 0).orElseThrow();
        NodeKey weighted = vm.createFromPalette(PaletteItem.WEIGHTED, 400, 0).orElseThrow();
        MemberRef row = DesignerFixture.row(vm, latency, 0);

        assertThat(vm.connectionRefusal(row, weighted)).isEmpty();
        assertThat(vm.connect(row, weighted)).isTrue();

        RecordSet alias = DesignerFixture.only(vm, latency);
        assertThat(alias.isAlias()).isTrue();
        assertThat(alias.aliasTarget().dnsName()).isEqualTo(vm.scene().card(weighted).orElseThrow().group().name());
        assertThat(alias.aliasTarget().evaluateTargetHealth()).isTrue();
        assertThat(vm.scene().edges()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EdgeModel.Kind.ALIAS);
            assertThat(e.from()).isEqualTo(latency);
            assertThat(e.to()).isEqualTo(weighted);
        });
    }

    @Test
    void aConnectionClosingAnAliasLoopIsRefusedWithTheRuleAndChangesNothing() {
        // V35: an alias chain may not come back to where it started.
        NodeKey a = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        NodeKey b = vm.createFromPalette(PaletteItem.WEIGHTED, 400, 0).orElseThrow();
        assertThat(vm.connect(DesignerFixture.row(vm, a, 0), b)).isTrue();
        DesignDocument before = vm.document();

        Optional<String> refusal = vm.connectionRefusal(DesignerFixture.row(vm, b, 0), a);
        boolean connected = vm.connect(DesignerFixture.row(vm, b, 0), a);

        assertThat(refusal).hasValueSatisfying(r -> assertThat(r).contains("loop").contains("V35"));
        assertThat(connected).isFalse();
        assertThat(vm.document()).isSameAs(before);
        assertThat(vm.statusProperty().get()).startsWith("Not connected").contains("V35");
    }

    @Test
    void anAliasOntoAHealthCheckCardIsRefused() {
        NodeKey a = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        NodeKey check = vm.createFromPalette(PaletteItem.HEALTH_CHECK, 400, 0).orElseThrow();

        assertThat(vm.connectionRefusal(DesignerFixture.row(vm, a, 0), check)).isPresent();
    }

    @Test
    void droppingAnAliasPortOnEmptyCanvasCreatesTheTargetCard() {
        NodeKey a = vm.createFromPalette(PaletteItem.LATENCY, 0, 0).orElseThrow();

        assertThat(vm.createAliasTarget(DesignerFixture.row(vm, a, 0), 500, 200)).isTrue();

        assertThat(vm.scene().cards()).hasSize(2);
        RecordSet alias = DesignerFixture.only(vm, a);
        assertThat(alias.isAlias()).isTrue();
        NodeKey target = vm.scene().edges().get(0).to();
        assertThat(vm.scene().card(target).orElseThrow().group().name()).isEqualTo(alias.aliasTarget().dnsName());
        assertThat(vm.scene().card(target).orElseThrow().x()).isEqualTo(500);
    }

    @Test
    void deleteRemovesTheSelectedCardsAndUndoBringsThemBack() {
        NodeKey a = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        NodeKey b = vm.createFromPalette(PaletteItem.SIMPLE, 400, 0).orElseThrow();
        vm.selectOnly(Set.of(a, b), false);

        assertThat(vm.deleteSelection()).isTrue();
        assertThat(vm.scene().cards()).isEmpty();
        assertThat(vm.selection()).isEmpty();

        vm.undo();
        assertThat(vm.scene().cards()).extracting(CardModel::key).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void deleteWithASelectedRowRemovesOnlyThatRecordSet() {
        NodeKey a = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        vm.addMember(a);
        MemberRef second = DesignerFixture.row(vm, a, 1);
        vm.selectMember(second, false);

        assertThat(vm.deleteSelection()).isTrue();

        assertThat(vm.scene().card(a).orElseThrow().rows()).extracting(RowModel::member)
                .doesNotContain(second.key()).hasSize(1);
    }

    @Test
    void movingSeveralCardsIsOneUndoStep() {
        NodeKey a = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        NodeKey b = vm.createFromPalette(PaletteItem.SIMPLE, 400, 0).orElseThrow();

        vm.moveNodes(Map.of(a, new Position(40, 100), b, new Position(440, 100)));
        assertThat(vm.scene().card(a).orElseThrow().y()).isEqualTo(100);
        assertThat(vm.scene().card(b).orElseThrow().y()).isEqualTo(100);

        vm.undo();
        assertThat(vm.scene().card(a).orElseThrow().y()).isEqualTo(0);
        assertThat(vm.scene().card(b).orElseThrow().y()).isEqualTo(0);
    }

    @Test
    void copyPasteAndDuplicateMakeNewCardsWithNewNames() {
        NodeKey a = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        vm.selectCard(a, false);

        assertThat(vm.copy()).isTrue();
        assertThat(vm.paste()).isTrue();
        assertThat(vm.scene().cards()).hasSize(2);
        assertThat(vm.selection()).doesNotContain(a).hasSize(1);

        vm.selectCard(a, false);
        assertThat(vm.duplicate()).isTrue();
        assertThat(vm.scene().cards()).hasSize(3);
        assertThat(vm.scene().cards()).extracting(c -> c.group().name()).doesNotHaveDuplicates();
    }

    @Test
    void aHealthCheckDroppedOnARowIsCreatedAndAttachedInOneStep() {
        NodeKey a = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();

        assertThat(vm.createHealthCheckFor(DesignerFixture.row(vm, a, 0))).isTrue();

        RecordSet rs = DesignerFixture.only(vm, a);
        assertThat(rs.healthCheckId()).isNotNull();
        assertThat(vm.scene().card(NodeKey.healthCheck(rs.healthCheckId()))).isPresent();
        assertThat(vm.scene().card(a).orElseThrow().rows().get(0).health()).isEqualTo(HealthState.HEALTHY);
        vm.undo();
        assertThat(DesignerFixture.only(vm, a).healthCheckId()).isNull();
        assertThat(vm.scene().cards()).hasSize(1);
    }

    @Test
    void badgesFollowTheSimulatedHealthOfTheCheck() {
        // HC16: a check without data is healthy; a failing endpoint seen by every checker is unhealthy (HC9).
        NodeKey a = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        vm.createHealthCheckFor(DesignerFixture.row(vm, a, 0));
        String id = DesignerFixture.only(vm, a).healthCheckId();
        vm.selectCard(NodeKey.healthCheck(id), false);

        assertThat(vm.simulateHealth(Optional.of(HealthObservation.FAILING))).isTrue();

        assertThat(vm.scene().card(a).orElseThrow().rows().get(0).health()).isEqualTo(HealthState.UNHEALTHY);
        assertThat(vm.scene().card(NodeKey.healthCheck(id)).orElseThrow().health()).isEqualTo(HealthState.UNHEALTHY);
        assertThat(vm.scene().card(a).orElseThrow().health()).isEqualTo(HealthState.UNHEALTHY);
    }

    @Test
    void validationProblemsMarkTheirCardAndShowingOneSelectsAndRevealsIt() {
        // V20: a weight outside 0-255 is refused by Route 53; an imported design may still carry one.
        NodeKey a = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        RecordSet rs = DesignerFixture.only(vm, a);
        DesignDocument doc = vm.document();
        var zone = DesignerFixture.zone(vm);
        var bad = zone.withRecordSets(zone.recordSets().stream()
                .map(r -> r.equals(rs) ? r.withRouting(r.setIdentifier(), new WeightedRouting(300)) : r).toList());
        vm.replaceDocument(doc.withDesign(doc.design().withZone(bad)));

        assertThat(vm.problems()).anySatisfy(p -> {
            assertThat(p.problem().code()).isEqualTo("V20");
            assertThat(p.card()).isEqualTo(a);
        });
        assertThat(vm.scene().card(a).orElseThrow().invalid()).isTrue();
        assertThat(vm.scene().card(a).orElseThrow().rows().get(0).problems()).contains("V20");
        assertThat(vm.problemSummaryProperty().get()).contains("error");

        ProblemItem item = vm.problems().stream().filter(p -> p.problem().code().equals("V20")).findFirst()
                .orElseThrow();
        vm.clearSelection();
        vm.showProblem(item);
        assertThat(vm.selection()).containsExactly(a);
        assertThat(vm.selectedMemberProperty().get().key()).isEqualTo(rs.key());
    }

    @Test
    void autoLayoutPlacesAliasTargetsRightOfTheirAliases() {
        NodeKey top = vm.createFromPalette(PaletteItem.LATENCY, 600, 600).orElseThrow();
        NodeKey pool = vm.createFromPalette(PaletteItem.WEIGHTED, 0, 0).orElseThrow();
        vm.connect(DesignerFixture.row(vm, top, 0), pool);

        assertThat(vm.autoLayout()).isTrue();

        assertThat(vm.scene().card(top).orElseThrow().x()).isLessThan(vm.scene().card(pool).orElseThrow().x());
    }
}
