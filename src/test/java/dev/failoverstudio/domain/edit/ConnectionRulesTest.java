package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.failoverstudio.domain.edit.Docs.name;
import static org.assertj.core.api.Assertions.assertThat;

class ConnectionRulesTest {

    private final ConnectionRules rules = new ConnectionRules();

    private static GroupKey group(String name) {
        return new GroupKey(name(name), RecordType.A);
    }

    @Test
    void aliasToAnExistingGroupOfTheSameTypeIsAllowed() {
        Design d = Docs.latencyWeightedTree().design();
        RecordSetKey www = Docs.records(Docs.latencyWeightedTree()).get(0).key();
        assertThat(rules.refusal(d, Docs.ZONE, www, group("us"))).isEmpty();
    }

    @Test
    void v35_aliasToItsOwnGroupIsALoop() {
        Design d = Docs.latencyWeightedTree().design();
        RecordSetKey www = Docs.records(Docs.latencyWeightedTree()).get(0).key();
        assertThat(rules.check(d, Docs.ZONE, www, group("www"))).get()
                .extracting(ConnectionRules.Refusal::ruleId).isEqualTo("V35");
    }

    @Test
    void v35_aliasThatClosesAChainIsALoopAndTheMessageShowsTheChain() {
        // www -> mid -> leaf; an alias from leaf back to www closes the loop.
        RecordSet www = Docs.alias("www", RecordType.A, "w", new WeightedRouting(1), "mid");
        RecordSet mid = Docs.alias("mid", RecordType.A, "m", new WeightedRouting(1), "leaf");
        RecordSet leaf = Docs.weighted("leaf", "l", 1, "192.0.2.1");
        Design d = Docs.design(List.of(), www, mid, leaf);

        var refusal = rules.check(d, Docs.ZONE, leaf.key(), group("www"));

        assertThat(refusal).get().extracting(ConnectionRules.Refusal::ruleId).isEqualTo("V35");
        assertThat(refusal.get().message()).contains("leaf.example.com. -> www.example.com. -> mid.example.com."
                + " -> leaf.example.com.");
        assertThat(rules.refusal(d, Docs.ZONE, leaf.key(), group("www"))).get().asString().endsWith("(V35)");
        assertThat(rules.check(d, Docs.ZONE, www.key(), group("leaf"))).isEmpty();
    }

    @Test
    void r141_targetOfAnotherTypeIsRefused() {
        RecordSet www = Docs.alias("www", RecordType.A, "w", new WeightedRouting(1), "v6");
        RecordSet v6 = new RecordSet(name("v6"), RecordType.AAAA, null, SimpleRouting.INSTANCE, 60L,
                List.of("2001:db8::1"), null, null, null);
        Design d = Docs.design(List.of(), www, v6);
        assertThat(rules.check(d, Docs.ZONE, www.key(), new GroupKey(name("v6"), RecordType.AAAA))).get()
                .extracting(ConnectionRules.Refusal::ruleId).isEqualTo("R141");
    }

    @Test
    void v33_targetThatDoesNotExistIsRefused() {
        Design d = Docs.latencyWeightedTree().design();
        RecordSetKey www = Docs.records(Docs.latencyWeightedTree()).get(0).key();
        assertThat(rules.check(d, Docs.ZONE, www, group("nowhere"))).get()
                .extracting(ConnectionRules.Refusal::ruleId).isEqualTo("V33");
    }

    @Test
    void v37_multivalueRecordSetCannotBeAnAlias() {
        RecordSet mv = new RecordSet(name("mv"), RecordType.A, "m1", MultiValueRouting.INSTANCE, 60L,
                List.of("192.0.2.1"), null, null, null);
        Design d = Docs.design(List.of(), mv, Docs.simpleA("web", "192.0.2.2"));
        assertThat(rules.check(d, Docs.ZONE, mv.key(), group("web"))).get()
                .extracting(ConnectionRules.Refusal::ruleId).isEqualTo("V37");
    }

    @Test
    void v32_nsRecordSetCannotBeAnAlias() {
        RecordSet ns = new RecordSet(name("sub"), RecordType.NS, null, SimpleRouting.INSTANCE, 60L,
                List.of("ns1.example.net."), null, null, null);
        RecordSet other = new RecordSet(name("deleg"), RecordType.NS, null, SimpleRouting.INSTANCE, 60L,
                List.of("ns2.example.net."), null, null, null);
        Design d = Docs.design(List.of(), ns, other);
        assertThat(rules.check(d, Docs.ZONE, ns.key(), new GroupKey(name("deleg"), RecordType.NS))).get()
                .extracting(ConnectionRules.Refusal::ruleId).isEqualTo("V32");
    }

    @Test
    void aSecondParentIsAllowedBecauseTreesMayShareSubtrees_R142() {
        RecordSet a = Docs.alias("a", RecordType.A, "a1", new WeightedRouting(1), "shared");
        RecordSet b = Docs.alias("b", RecordType.A, "b1", new WeightedRouting(1), "web");
        Design d = Docs.design(List.of(), a, b, Docs.simpleA("shared", "192.0.2.1"), Docs.simpleA("web", "192.0.2.2"));
        assertThat(rules.refusal(d, Docs.ZONE, b.key(), group("shared"))).isEmpty();
    }

    @Test
    void unknownZoneOrMemberIsRefusedNotThrown() {
        Design d = Docs.latencyWeightedTree().design();
        RecordSetKey ghost = new RecordSetKey(name("ghost"), RecordType.A, null);
        assertThat(rules.refusal(d, "ZOTHER", ghost, group("us"))).isPresent();
        assertThat(rules.refusal(d, Docs.ZONE, ghost, group("us"))).isPresent();
    }

    @Test
    void answersForANewDesignAreNotTakenFromTheCacheOfTheOldOne() {
        RecordSet www = Docs.alias("www", RecordType.A, "w", new WeightedRouting(1), "mid");
        RecordSet mid = Docs.weighted("mid", "m", 1, "192.0.2.1");
        Design first = Docs.design(List.of(), www, mid);
        assertThat(rules.refusal(first, Docs.ZONE, mid.key(), group("www"))).isPresent();
        Design second = Docs.design(List.of(), www.withAliasTarget(null).withValues(List.of("192.0.2.9")), mid);
        assertThat(rules.refusal(second, Docs.ZONE, mid.key(), group("www"))).isEmpty();
    }
}
