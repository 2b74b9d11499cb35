package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.WeightedRouting;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.failoverstudio.domain.edit.Docs.ZONE;
import static dev.failoverstudio.domain.edit.Docs.name;
import static dev.failoverstudio.domain.edit.Docs.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditCommandsTest {

    private static NodeKey card(String name) {
        return NodeKey.group(ZONE, new GroupKey(name(name), RecordType.A));
    }

    private static void assertRefused(EditCommand command, DesignDocument doc, String rule) {
        assertThatThrownBy(() -> command.apply(doc)).isInstanceOf(EditRejectedException.class)
                .satisfies(e -> assertThat(((EditRejectedException) e).ruleId()).isEqualTo(Optional.ofNullable(rule)));
    }

    // ---- add ----

    @Test
    void addPlacesANewCardAndAppendsTheRecordSet() {
        DesignDocument doc = new AddRecordSetCommand(ZONE, Docs.simpleA("www", "192.0.2.1"), new Position(10, 20))
                .apply(Docs.doc());
        assertThat(records(doc)).extracting(RecordSet::name).containsExactly(name("www"));
        assertThat(doc.layout().at(card("www"))).contains(new Position(10, 20));
    }

    @Test
    void addingAMemberKeepsTheCardWhereItIs() {
        DesignDocument doc = Docs.latencyWeightedTree().withLayout(
                Docs.latencyWeightedTree().layout().with(card("eu"), new Position(5, 5)));
        DesignDocument after = new AddRecordSetCommand(ZONE, Docs.weighted("eu", "eu-3", 5, "192.0.2.9"),
                new Position(99, 99)).apply(doc);
        assertThat(after.layout().at(card("eu"))).contains(new Position(5, 5));
        assertThat(records(after)).hasSize(7);
    }

    @Test
    void v3_addingAnExistingIdentityIsRefused() {
        assertRefused(new AddRecordSetCommand(ZONE, Docs.weighted("eu", "eu-1", 1, "192.0.2.8"), null),
                Docs.latencyWeightedTree(), "V3");
    }

    @Test
    void v11_addingAnotherPolicyToAGroupIsRefused() {
        RecordSet latency = new RecordSet(name("eu"), RecordType.A, "x", new LatencyRouting("eu-west-1"), 60L,
                List.of("192.0.2.8"), null, null, null);
        assertRefused(new AddRecordSetCommand(ZONE, latency, null), Docs.latencyWeightedTree(), "V11");
    }

    @Test
    void v11_aSecondRecordSetInASimpleGroupIsRefused() {
        DesignDocument doc = Docs.doc(Docs.simpleA("www", "192.0.2.1"));
        RecordSet second = Docs.simpleA("www", "192.0.2.2").withRouting("b", dev.failoverstudio.domain.model.SimpleRouting.INSTANCE);
        assertRefused(new AddRecordSetCommand(ZONE, second, null), doc, "V11");
    }

    @Test
    void v13_aNameOutsideTheZoneIsRefused() {
        assertRefused(new AddRecordSetCommand(ZONE, RecordSet.simple("www.example.org.", RecordType.A, 60,
                "192.0.2.1"), null), Docs.doc(), "V13");
    }

    @Test
    void v40_v41_cnameConflictsAreRefused() {
        RecordSet cname = RecordSet.simple("www.example.com.", RecordType.CNAME, 60, "web.example.net.");
        assertRefused(new AddRecordSetCommand(ZONE, cname, null), Docs.doc(Docs.simpleA("www", "192.0.2.1")), "V40");
        RecordSet apex = RecordSet.simple("example.com.", RecordType.CNAME, 60, "web.example.net.");
        assertRefused(new AddRecordSetCommand(ZONE, apex, null), Docs.doc(), "V41");
    }

    @Test
    void v35_addingAnAliasThatClosesALoopIsRefused() {
        DesignDocument doc = Docs.doc(Docs.alias("a", RecordType.A, "1", new WeightedRouting(1), "b"),
                Docs.weighted("b", "1", 1, "192.0.2.1"));
        assertRefused(new AddRecordSetCommand(ZONE, Docs.alias("b", RecordType.A, "2", new WeightedRouting(1), "a"),
                null), doc, "V35");
    }

    @Test
    void anAliasToANameWithoutRecordsIsLeftToTheValidator_V33() {
        DesignDocument doc = new AddRecordSetCommand(ZONE, Docs.latencyAlias("www", "eu-west-1", "later"), null)
                .apply(Docs.doc());
        assertThat(records(doc)).hasSize(1);
    }

    @Test
    void anUnknownZoneIsRefused() {
        assertRefused(new AddRecordSetCommand("ZNOPE", Docs.simpleA("www", "192.0.2.1"), null), Docs.doc(), null);
    }

    // ---- replace ----

    @Test
    void replaceKeepsThePlaceInTheZone() {
        DesignDocument doc = Docs.latencyWeightedTree();
        RecordSet eu1 = records(doc).get(2);
        DesignDocument after = new ReplaceRecordSetCommand(ZONE, eu1.key(),
                eu1.withRouting("eu-1", new WeightedRouting(200))).apply(doc);
        assertThat(records(after).get(2).routing()).isEqualTo(new WeightedRouting(200));
        assertThat(records(after)).hasSize(6);
    }

    @Test
    void renamingTheOnlyMemberCarriesTheCardPosition() {
        DesignDocument doc = Docs.doc(Docs.simpleA("www", "192.0.2.1"));
        doc = doc.withLayout(doc.layout().with(card("www"), new Position(7, 8)));
        RecordSet www = records(doc).get(0);
        DesignDocument after = new ReplaceRecordSetCommand(ZONE, www.key(), www.withName(name("web"))).apply(doc);
        assertThat(after.layout().at(card("web"))).contains(new Position(7, 8));
        assertThat(after.layout().at(card("www"))).isEmpty();
    }

    @Test
    void renamingEveryMemberOfACardOneByOneKeepsThePosition() {
        DesignDocument doc = Docs.latencyWeightedTree();
        doc = doc.withLayout(doc.layout().with(card("eu"), new Position(7, 8)));
        List<EditCommand> steps = new java.util.ArrayList<>();
        for (RecordSet m : records(doc).subList(2, 4)) {
            steps.add(new ReplaceRecordSetCommand(ZONE, m.key(), m.withName(name("europe"))));
        }
        DesignDocument after = new CompositeCommand("Rename", steps).apply(doc);
        assertThat(after.layout().at(card("europe"))).contains(new Position(7, 8));
        assertThat(after.layout().at(card("eu"))).isEmpty();
    }

    @Test
    void contentProblemsAreKeptForTheValidator() {
        DesignDocument doc = Docs.latencyWeightedTree();
        RecordSet eu1 = records(doc).get(2);
        DesignDocument after = new ReplaceRecordSetCommand(ZONE, eu1.key(),
                eu1.withRouting("eu-1", new WeightedRouting(300)).withValues(List.of("not an address"))).apply(doc);
        assertThat(records(after).get(2).values()).containsExactly("not an address");
    }

    @Test
    void v35_replacingATargetSoThatItLoopsIsRefused() {
        DesignDocument doc = Docs.latencyWeightedTree();
        RecordSet eu1 = records(doc).get(2);
        RecordSet loop = eu1.withAliasTarget(new dev.failoverstudio.domain.model.AliasTarget(ZONE, name("www"), true));
        assertRefused(new ReplaceRecordSetCommand(ZONE, eu1.key(), loop), doc, "V35");
    }

    @Test
    void replaceGroupChangesThePolicyOfAllMembersAtOnce() {
        DesignDocument doc = Docs.latencyWeightedTree();
        List<RecordSet> latency = List.of(
                new RecordSet(name("eu"), RecordType.A, "eu-1", new LatencyRouting("eu-west-1"), 60L,
                        List.of("192.0.2.1"), null, null, null),
                new RecordSet(name("eu"), RecordType.A, "eu-2", new LatencyRouting("eu-central-1"), 60L,
                        List.of("192.0.2.2"), null, null, null));
        DesignDocument after = new ReplaceGroupCommand(ZONE, new GroupKey(name("eu"), RecordType.A), latency)
                .apply(doc);
        assertThat(records(after).subList(2, 4)).isEqualTo(latency);
        assertThat(records(after)).hasSize(6);
        assertRefused(new ReplaceRecordSetCommand(ZONE, records(doc).get(2).key(), latency.get(0)), doc, "V11");
    }

    // ---- aliases ----

    @Test
    void setAliasTargetMakesTheRowAnAliasWithoutTtlOrValues() {
        DesignDocument doc = Docs.doc(Docs.weighted("www", "w", 1, "192.0.2.1"), Docs.simpleA("web", "192.0.2.2"));
        RecordSet www = records(doc).get(0);
        DesignDocument after = new SetAliasTargetCommand(ZONE, www.key(), new GroupKey(name("web"), RecordType.A),
                false).apply(doc);
        RecordSet alias = records(after).get(0);
        assertThat(alias.aliasTarget().dnsName()).isEqualTo(name("web"));
        assertThat(alias.aliasTarget().hostedZoneId()).isEqualTo(ZONE);
        assertThat(alias.ttl()).isNull();
        assertThat(alias.values()).isEmpty();
    }

    @Test
    void v35_setAliasTargetRefusesALoop() {
        DesignDocument doc = Docs.latencyWeightedTree();
        assertRefused(new SetAliasTargetCommand(ZONE, records(doc).get(2).key(), new GroupKey(name("www"),
                RecordType.A), true), doc, "V35");
    }

    @Test
    void createAliasTargetAddsTheCardAndPointsTheRowAtIt() {
        DesignDocument doc = Docs.doc(Docs.latencyAlias("www", "eu-west-1", "old"));
        RecordSet www = records(doc).get(0);
        RecordSet target = Docs.weighted("eu", "eu-1", 10, "192.0.2.1");
        DesignDocument after = new CreateAliasTargetCommand(ZONE, www.key(), target, new Position(400, 0)).apply(doc);
        assertThat(records(after)).hasSize(2);
        assertThat(records(after).get(0).aliasTarget().dnsName()).isEqualTo(name("eu"));
        assertThat(after.layout().at(card("eu"))).contains(new Position(400, 0));
    }

    @Test
    void r141_createAliasTargetOfAnotherTypeIsRefused() {
        DesignDocument doc = Docs.doc(Docs.latencyAlias("www", "eu-west-1", "old"));
        RecordSet v6 = new RecordSet(name("v6"), RecordType.AAAA, null,
                dev.failoverstudio.domain.model.SimpleRouting.INSTANCE, 60L, List.of("2001:db8::1"), null, null, null);
        assertRefused(new CreateAliasTargetCommand(ZONE, records(doc).get(0).key(), v6, null), doc, "R141");
    }

    // ---- health checks ----

    @Test
    void attachAndDetachAHealthCheck_R8() {
        DesignDocument doc = Docs.latencyWeightedTree();
        RecordSet eu2 = records(doc).get(3);
        DesignDocument attached = new AttachHealthCheckCommand(ZONE, eu2.key(), "hc-eu-1").apply(doc);
        assertThat(records(attached).get(3).healthCheckId()).isEqualTo("hc-eu-1");
        DesignDocument detached = new AttachHealthCheckCommand(ZONE, eu2.key(), null).apply(attached);
        assertThat(records(detached).get(3).healthCheckId()).isNull();
    }

    @Test
    void v50_attachingAMissingHealthCheckIsRefused() {
        DesignDocument doc = Docs.latencyWeightedTree();
        assertRefused(new AttachHealthCheckCommand(ZONE, records(doc).get(3).key(), "nope"), doc, "V50");
    }

    @Test
    void addAndReplaceHealthChecks() {
        HealthCheck hc = Docs.httpCheck("hc-2");
        DesignDocument doc = new AddHealthCheckCommand(hc, new Position(1, 1)).apply(Docs.latencyWeightedTree());
        assertThat(doc.design().healthCheck("hc-2")).contains(hc);
        assertThat(doc.layout().at(NodeKey.healthCheck("hc-2"))).contains(new Position(1, 1));
        assertRefused(new AddHealthCheckCommand(hc, null), doc, null);
        DesignDocument inverted = new ReplaceHealthCheckCommand(hc.withInverted(true)).apply(doc);
        assertThat(inverted.design().healthCheck("hc-2").get().inverted()).isTrue();
        assertRefused(new ReplaceHealthCheckCommand(Docs.httpCheck("ghost")), doc, "V50");
    }

    @Test
    void healthChecksRoute53WouldRefuseOutrightAreRefused_HV3_HV5_HV6_HV10() {
        DesignDocument doc = Docs.latencyWeightedTree();
        HealthCheck hc = doc.design().healthChecks().get(0);
        var http = (dev.failoverstudio.domain.model.EndpointCheck) hc.config();
        java.util.function.Function<dev.failoverstudio.domain.model.EndpointCheck, HealthCheck> with = hc::withConfig;
        var type = dev.failoverstudio.domain.model.HealthCheckType.class;
        assertRefused(new ReplaceHealthCheckCommand(with.apply(new dev.failoverstudio.domain.model.EndpointCheck(
                http.type(), null, 80L, null, "/", null, null, null, List.of(), false, false))), doc, "HV3");
        assertRefused(new ReplaceHealthCheckCommand(with.apply(new dev.failoverstudio.domain.model.EndpointCheck(
                Enum.valueOf(type, "HTTP_STR_MATCH"), Docs.PUBLIC_IP, 80L, null, "/", null, null, null, List.of(),
                false, false))), doc, "HV6");
        assertRefused(new ReplaceHealthCheckCommand(with.apply(new dev.failoverstudio.domain.model.EndpointCheck(
                Enum.valueOf(type, "TCP"), Docs.PUBLIC_IP, 80L, null, "/", null, null, null, List.of(), false,
                false))), doc, "HV5");
        assertRefused(new AddHealthCheckCommand(new HealthCheck("tcp", null, new dev.failoverstudio.domain.model
                .EndpointCheck(Enum.valueOf(type, "TCP"), Docs.PUBLIC_IP, 80L, null, null, null, null, null, List.of(),
                true, false), false, false, 1), null), doc, "HV10");
    }

    @Test
    void retypingAnEndpointCheckGivesOneEveryNewTypeAccepts() {
        DesignDocument doc = Docs.latencyWeightedTree();
        HealthCheck hc = doc.design().healthChecks().get(0);
        var start = (dev.failoverstudio.domain.model.EndpointCheck) hc.config();
        for (var type : List.of("HTTPS", "TCP", "HTTP_STR_MATCH", "HTTPS_STR_MATCH", "HTTP")) {
            var t = dev.failoverstudio.domain.model.HealthCheckType.valueOf(type);
            var retyped = HealthCheckShape.retype((dev.failoverstudio.domain.model.EndpointCheck)
                    doc.design().healthChecks().get(0).config(), t);
            doc = new ReplaceHealthCheckCommand(hc.withConfig(retyped)).apply(doc);
            assertThat(doc.design().healthChecks().get(0).type()).isEqualTo(t);
        }
        var end = (dev.failoverstudio.domain.model.EndpointCheck) doc.design().healthChecks().get(0).config();
        assertThat(end.ipAddress()).isEqualTo(start.ipAddress());
        assertThat(end.searchString()).isNull();
        assertThat(end.enableSni()).isFalse();
    }

    @Test
    void setHealthObservationSetsAndClearsTheSimulatedState() {
        DesignDocument doc = Docs.latencyWeightedTree();
        DesignDocument failing = new SetHealthObservationCommand("hc-eu-1", Optional.of(HealthObservation.FAILING))
                .apply(doc);
        assertThat(failing.design().healthSnapshot().observation("hc-eu-1")).contains(HealthObservation.FAILING);
        DesignDocument none = new SetHealthObservationCommand("hc-eu-1", Optional.empty()).apply(failing);
        assertThat(none.design().healthSnapshot().observation("hc-eu-1")).isEmpty();
        assertRefused(new SetHealthObservationCommand("ghost", Optional.empty()), doc, "V50");
    }

    @Test
    void setResourceHealthChangesOnlyThatResource_R42_C9() {
        var alb = dev.failoverstudio.domain.model.DomainName.of("my-alb.us-east-1.elb.amazonaws.com.");
        var cdn = dev.failoverstudio.domain.model.DomainName.of("d1.cloudfront.net.");
        var kind = dev.failoverstudio.domain.model.AwsResourceKind.values()[0];
        Map<dev.failoverstudio.domain.model.DomainName, dev.failoverstudio.domain.model.AwsResource> map =
                new java.util.LinkedHashMap<>();
        map.put(alb, new dev.failoverstudio.domain.model.AwsResource(alb, kind, List.of("198.51.100.1"), List.of(),
                null, List.of(new dev.failoverstudio.domain.model.TargetGroupHealth("tg", 2, 1)), null));
        map.put(cdn, new dev.failoverstudio.domain.model.AwsResource(cdn, kind, List.of("198.51.100.2"), List.of(),
                true, List.of(), null));
        DesignDocument doc = Docs.latencyWeightedTree();
        doc = doc.withDesign(doc.design().withResourceCatalog(new dev.failoverstudio.domain.model.ResourceCatalog(map)));

        DesignDocument after = new SetResourceHealthCommand(alb, false).apply(doc);
        var changed = after.design().resourceCatalog().find(alb).orElseThrow();
        assertThat(changed.healthy()).isFalse();
        assertThat(changed.targetGroups()).isEmpty();
        assertThat(after.design().resourceCatalog().find(cdn)).isEqualTo(doc.design().resourceCatalog().find(cdn));
        assertThat(new SetResourceHealthCommand(cdn, true).apply(doc)).isSameAs(doc);
        assertRefused(new SetResourceHealthCommand(dev.failoverstudio.domain.model.DomainName.of("nope.example."),
                true), doc, "C9");
    }

    // ---- remove ----

    @Test
    void removingACardRemovesAllItsMembersAndItsPosition() {
        DesignDocument doc = Docs.latencyWeightedTree();
        doc = doc.withLayout(doc.layout().with(card("eu"), new Position(1, 1)).with(card("us"), new Position(2, 2)));
        DesignDocument after = new RemoveNodesCommand(Set.of(card("eu")), Set.of()).apply(doc);
        assertThat(records(after)).extracting(r -> r.name().text())
                .containsExactly("www.example.com.", "www.example.com.", "us.example.com.", "us.example.com.");
        assertThat(after.layout().at(card("eu"))).isEmpty();
        assertThat(after.layout().at(card("us"))).isPresent();
        // the alias www -> eu stays, for the validator to report (V33)
        assertThat(records(after).get(0).aliasTarget().dnsName()).isEqualTo(name("eu"));
    }

    @Test
    void removingAMemberRowKeepsTheRestOfTheCard() {
        DesignDocument doc = Docs.latencyWeightedTree();
        RecordSet eu2 = records(doc).get(3);
        DesignDocument after = new RemoveNodesCommand(Set.of(), Set.of(new MemberKey(ZONE, eu2.key()))).apply(doc);
        assertThat(records(after)).hasSize(5).doesNotContain(eu2);
    }

    @Test
    void removingAHealthCheckDropsItsUsesAndItsState() {
        HealthCheck calc = new HealthCheck("calc", "calc", new CalculatedCheck(List.of("hc-eu-1", "other"), 1),
                false, false, 1);
        DesignDocument doc = Docs.latencyWeightedTree();
        doc = doc.withDesign(doc.design().withHealthChecks(List.of(doc.design().healthChecks().get(0), calc))
                .withHealthSnapshot(doc.design().healthSnapshot().with("hc-eu-1", HealthObservation.PASSING)));
        DesignDocument after = new RemoveNodesCommand(Set.of(NodeKey.healthCheck("hc-eu-1")), Set.of()).apply(doc);
        assertThat(after.design().healthCheck("hc-eu-1")).isEmpty();
        assertThat(records(after).get(2).healthCheckId()).isNull();
        assertThat(((CalculatedCheck) after.design().healthCheck("calc").get().config()).childHealthChecks())
                .containsExactly("other");
        assertThat(after.design().healthSnapshot().observation("hc-eu-1")).isEmpty();
    }

    // ---- move, layout, composite ----

    @Test
    void moveSetsPositionsAndAMoveToTheSamePlaceChangesNothing() {
        DesignDocument doc = new MoveNodesCommand(Map.of(card("eu"), new Position(3, 4))).apply(
                Docs.latencyWeightedTree());
        assertThat(doc.layout().at(card("eu"))).contains(new Position(3, 4));
        assertThat(new MoveNodesCommand(Map.of(card("eu"), new Position(3, 4))).apply(doc)).isSameAs(doc);
    }

    @Test
    void compositeIsAllOrNothing() {
        DesignDocument doc = Docs.latencyWeightedTree();
        EditCommand ok = new MoveNodesCommand(Map.of(card("eu"), new Position(1, 1)));
        EditCommand bad = new AttachHealthCheckCommand(ZONE, records(doc).get(3).key(), "missing");
        assertRefused(new CompositeCommand("Both", List.of(ok, bad)), doc, "V50");
        EditHistory history = new EditHistory(doc);
        history.execute(new CompositeCommand("Add and attach", List.of(
                new AddHealthCheckCommand(Docs.httpCheck("hc-new"), null),
                new AttachHealthCheckCommand(ZONE, records(doc).get(3).key(), "hc-new"))));
        assertThat(records(history.current()).get(3).healthCheckId()).isEqualTo("hc-new");
        assertThat(history.undoLabel()).contains("Add and attach");
        history.undo();
        assertThat(history.current()).isSameAs(doc);
    }

    // ---- copy, paste, duplicate ----

    @Test
    void duplicateGivesNewNamesAndNewSetIdentifiersAndFollowsAliasesBetweenCopies() {
        DesignDocument doc = Docs.latencyWeightedTree();
        doc = doc.withLayout(doc.layout().with(card("www"), new Position(0, 0)).with(card("eu"), new Position(300, 0)));
        DesignDocument after = new DuplicateCommand(Set.of(card("www"), card("eu"))).apply(doc);

        List<RecordSet> copies = records(after).subList(6, records(after).size());
        assertThat(copies).extracting(r -> r.name().text()).containsExactly("www-copy.example.com.",
                "www-copy.example.com.", "eu-copy.example.com.", "eu-copy.example.com.");
        assertThat(copies).extracting(RecordSet::setIdentifier)
                .containsExactly("eu-west-1-copy", "us-east-1-copy", "eu-1-copy", "eu-2-copy");
        // the copied www follows the copied eu, and still points at the original us
        assertThat(copies.get(0).aliasTarget().dnsName()).isEqualTo(name("eu-copy"));
        assertThat(copies.get(1).aliasTarget().dnsName()).isEqualTo(name("us"));
        assertThat(copies.get(2).healthCheckId()).isEqualTo("hc-eu-1");
        assertThat(after.layout().at(card("www-copy"))).contains(new Position(40, 40));
        assertThat(after.layout().at(card("eu-copy"))).contains(new Position(340, 40));
    }

    @Test
    void pastingTwiceGivesFreshNamesEachTime() {
        DesignDocument doc = Docs.latencyWeightedTree();
        ClipboardContent copied = ClipboardContent.copyOf(doc, Set.of(card("eu")));
        DesignDocument once = new PasteCommand(copied, ZONE, 10, 10).apply(doc);
        DesignDocument twice = new PasteCommand(copied, ZONE, 20, 20).apply(once);
        assertThat(records(twice)).extracting(r -> r.name().text()).contains("eu-copy.example.com.",
                "eu-copy-2.example.com.");
        assertThat(records(twice)).extracting(RecordSet::setIdentifier).doesNotHaveDuplicates();
    }

    @Test
    void copiedHealthChecksGetNewIdsAndTheCopiedRowsUseThem() {
        DesignDocument doc = Docs.latencyWeightedTree();
        NodeKey hc = NodeKey.healthCheck("hc-eu-1");
        DesignDocument after = new DuplicateCommand(Set.of(card("eu"), hc)).apply(doc);
        assertThat(after.design().healthChecks()).hasSize(2);
        String newId = after.design().healthChecks().get(1).id();
        assertThat(newId).isNotEqualTo("hc-eu-1");
        assertThat(records(after).get(6).healthCheckId()).isEqualTo(newId);
    }

    @Test
    void theClipboardIsIndependentOfLaterEdits() {
        DesignDocument doc = Docs.latencyWeightedTree();
        ClipboardContent copied = ClipboardContent.copyOf(doc, Set.of(card("us")));
        DesignDocument removed = new RemoveNodesCommand(Set.of(card("us")), Set.of()).apply(doc);
        DesignDocument pasted = new PasteCommand(copied, ZONE, 0, 0).apply(removed);
        assertThat(records(pasted)).extracting(r -> r.name().text()).contains("us-copy.example.com.");
    }
}
