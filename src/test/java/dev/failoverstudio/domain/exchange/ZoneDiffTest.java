package dev.failoverstudio.domain.exchange;

import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.validate.Change;
import dev.failoverstudio.domain.validate.ChangeAction;
import dev.failoverstudio.domain.validate.ChangeBatch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.failoverstudio.domain.exchange.Zones.NS;
import static dev.failoverstudio.domain.exchange.Zones.SOA;
import static dev.failoverstudio.domain.exchange.Zones.a;
import static dev.failoverstudio.domain.exchange.Zones.alias;
import static dev.failoverstudio.domain.exchange.Zones.applyAccepted;
import static dev.failoverstudio.domain.exchange.Zones.applyOneByOne;
import static dev.failoverstudio.domain.exchange.Zones.cname;
import static dev.failoverstudio.domain.exchange.Zones.failover;
import static dev.failoverstudio.domain.exchange.Zones.simpleAlias;
import static dev.failoverstudio.domain.exchange.Zones.weighted;
import static dev.failoverstudio.domain.exchange.Zones.zone;
import static org.assertj.core.api.Assertions.assertThat;

/** The minimal change list between two versions of a zone, checked by applying it as Route 53 would (V2–V6, V33). */
class ZoneDiffTest {

    private static final RecordSet WWW_EU = alias("www.example.com", "eu", new WeightedRouting(1), "eu.example.com");
    private static final RecordSet WWW_US = alias("www.example.com", "us", new WeightedRouting(1), "us.example.com");
    private static final RecordSet EU = a("eu.example.com", "192.0.2.1");
    private static final RecordSet US = a("us.example.com", "192.0.2.2");

    private static List<ChangeAction> actions(List<Change> changes) {
        return changes.stream().map(Change::action).toList();
    }

    private static void assertSameRecordSets(HostedZone actual, HostedZone expected) {
        assertThat(actual.recordSets()).containsExactlyInAnyOrderElementsOf(expected.recordSets());
    }

    @Test
    void v33_aliasTargetsAreCreatedBeforeTheAliasesEvenWhenListedAfterThem() {
        HostedZone before = zone();
        HostedZone after = zone(WWW_EU, WWW_US, EU, US);
        List<Change> changes = ZoneDiff.between(before, after).changes();
        assertThat(actions(changes)).containsOnly(ChangeAction.CREATE).hasSize(4);
        assertThat(changes.indexOf(Change.create(EU))).isLessThan(changes.indexOf(Change.create(WWW_EU)));
        assertThat(changes.indexOf(Change.create(US))).isLessThan(changes.indexOf(Change.create(WWW_US)));
        // each change alone is accepted in this order, so any split into batches is too
        assertSameRecordSets(applyOneByOne(before, changes), after);
    }

    @Test
    void v4_deletesRunInReverse_aliasesBeforeTheirTargets() {
        HostedZone before = zone(EU, US, WWW_EU, WWW_US);
        HostedZone after = zone();
        List<Change> changes = ZoneDiff.between(before, after).changes();
        assertThat(actions(changes)).containsOnly(ChangeAction.DELETE).hasSize(4);
        assertThat(changes.indexOf(Change.delete(WWW_EU))).isLessThan(changes.indexOf(Change.delete(EU)));
        assertSameRecordSets(applyOneByOne(before, changes), after);
    }

    @Test
    void v40_cnameMakesWayForAnAliasAtTheSameName() {
        HostedZone before = zone(cname("www.example.com", "web.example.net"));
        HostedZone after = zone(simpleAlias("www.example.com", "app.example.com"), a("app.example.com", "192.0.2.7"));
        List<Change> changes = ZoneDiff.between(before, after).changes();
        assertThat(changes.get(0)).isEqualTo(Change.delete(cname("www.example.com", "web.example.net")));
        assertSameRecordSets(applyOneByOne(before, changes), after);
    }

    @Test
    void v33_anAliasIsRepointedBeforeItsOldTargetIsDeleted() {
        HostedZone before = zone(simpleAlias("www.example.com", "old.example.com"), a("old.example.com", "192.0.2.1"));
        HostedZone after = zone(simpleAlias("www.example.com", "new.example.com"), a("new.example.com", "192.0.2.2"));
        List<Change> changes = ZoneDiff.between(before, after).changes();
        assertThat(actions(changes)).containsExactly(ChangeAction.CREATE, ChangeAction.UPSERT, ChangeAction.DELETE);
        assertSameRecordSets(applyOneByOne(before, changes), after);
    }

    @Test
    void v11_aGroupChangingPolicyWithTheSameIdentifiersIsUpsertedInOneBatch() {
        HostedZone before = zone(weighted("api.example.com", "a", 1, "192.0.2.1"),
                weighted("api.example.com", "b", 1, "192.0.2.2"));
        HostedZone after = zone(failover("api.example.com", "a", FailoverRole.PRIMARY, "192.0.2.1"),
                failover("api.example.com", "b", FailoverRole.SECONDARY, "192.0.2.2"));
        List<Change> changes = ZoneDiff.between(before, after).changes();
        assertThat(actions(changes)).containsExactly(ChangeAction.UPSERT, ChangeAction.UPSERT);
        assertThat(ChangeBatchSplitter.split(changes, null)).hasSize(1);
        assertSameRecordSets(applyAccepted(before, new ChangeBatch(null, changes)), after);
    }

    @Test
    void v11_simpleToWeightedDeletesTheSimpleRecordSetFirst() {
        HostedZone before = zone(a("api.example.com", "192.0.2.1"));
        HostedZone after = zone(weighted("api.example.com", "a", 3, "192.0.2.1"),
                weighted("api.example.com", "b", 1, "192.0.2.2"));
        List<Change> changes = ZoneDiff.between(before, after).changes();
        assertThat(actions(changes)).containsExactly(ChangeAction.DELETE, ChangeAction.CREATE, ChangeAction.CREATE);
        assertSameRecordSets(applyOneByOne(before, changes), after);
    }

    @Test
    void r29_valuesInAnotherOrderAreNoChange() {
        HostedZone before = zone(a("www.example.com", "192.0.2.1", "192.0.2.2"));
        HostedZone after = zone(a("www.example.com", "192.0.2.2", "192.0.2.1"));
        assertThat(ZoneDiff.between(before, after).changes()).isEmpty();
        assertThat(ZoneDiff.between(after, after).changes()).isEmpty();
    }

    @Test
    void v9_apexSoaIsUpsertedAndAMissingApexNsIsKeptNotDeleted() {
        RecordSet newSoa = SOA.withValues(List.of("ns-1.awsdns-01.com. hostmaster.example.com. 2 7200 900 1209600 60"));
        HostedZone before = zone(a("www.example.com", "192.0.2.1"));
        HostedZone after = new HostedZone(before.id(), before.origin(), false,
                List.of(newSoa, a("www.example.com", "192.0.2.1")));
        ZoneDiff.Result diff = ZoneDiff.between(before, after);
        assertThat(diff.changes()).containsExactly(Change.upsert(newSoa));
        assertThat(diff.keptApexRecordSets()).containsExactly(NS);
        HostedZone applied = applyAccepted(before, new ChangeBatch(null, diff.changes()));
        assertThat(applied.recordSets()).contains(newSoa, NS);
    }

    /**
     * Seeded random pairs of zones built from a pool of simple, weighted and alias record sets whose aliases
     * only point at plain groups: the diff applied as split batches always yields the new zone (V2), and a
     * second diff is empty.
     */
    @Test
    void v2_randomZonePairs_diffAppliedInSplitBatchesGivesTheNewZone() {
        Random random = new Random(20261206L);
        for (int round = 0; round < 150; round++) {
            HostedZone before = randomZone(random);
            HostedZone after = randomZone(random);
            List<Change> changes = ZoneDiff.between(before, after).changes();
            HostedZone current = before;
            for (ChangeBatch batch : ChangeBatchSplitter.split(changes, "round " + round)) {
                current = applyAccepted(current, batch);
            }
            assertSameRecordSets(current, after);
            assertThat(ZoneDiff.between(current, after).changes()).isEmpty();
        }
    }

    private static HostedZone randomZone(Random random) {
        List<RecordSet> records = new ArrayList<>();
        String[] targets = {"t1.example.com", "t2.example.com", "t3.example.com"};
        boolean[] present = new boolean[targets.length];
        for (int i = 0; i < targets.length; i++) {
            if (random.nextBoolean()) {
                present[i] = true;
                records.add(a(targets[i], "192.0.2." + (i + 1 + 10 * random.nextInt(3))));
            }
        }
        for (String name : List.of("www.example.com", "api.example.com")) {
            int kind = random.nextInt(4);
            if (kind == 1) {
                records.add(a(name, "198.51.100." + random.nextInt(3)));
            } else if (kind == 2) {
                int members = 1 + random.nextInt(3);
                for (int m = 0; m < members; m++) {
                    int t = random.nextInt(targets.length);
                    records.add(present[t] && random.nextBoolean()
                            ? alias(name, "m" + m, new WeightedRouting(random.nextInt(3)), targets[t])
                            : weighted(name, "m" + m, random.nextInt(3), "203.0.113." + m));
                }
            } else if (kind == 3) {
                int t = random.nextInt(targets.length);
                records.add(present[t] ? simpleAlias(name, targets[t]) : cname(name, "elsewhere.example.net"));
            }
        }
        java.util.Collections.shuffle(records, random);
        List<RecordSet> all = new ArrayList<>(List.of(SOA, NS));
        all.addAll(records);
        return new HostedZone(Zones.ZONE_ID, Zones.ORIGIN, false, all);
    }
}
