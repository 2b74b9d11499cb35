package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.failoverstudio.domain.validate.Fixtures.GEO;
import static dev.failoverstudio.domain.validate.Fixtures.ZONE_ID;
import static dev.failoverstudio.domain.validate.Fixtures.a;
import static dev.failoverstudio.domain.validate.Fixtures.aliasA;
import static dev.failoverstudio.domain.validate.Fixtures.design;
import static dev.failoverstudio.domain.validate.Fixtures.rs;
import static dev.failoverstudio.domain.validate.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Change batches: V1–V7, V9, V23 normalisation, V53, and design rules on the resulting zone. */
class ChangeBatchApplierTest {

    private static final String SOA = "ns-1.awsdns-01.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400";

    private final ChangeBatchApplier applier = new ChangeBatchApplier(GEO);

    private Validated<HostedZone> apply(Design design, Change... changes) {
        return applier.apply(design, ZONE_ID, ChangeBatch.of(changes));
    }

    private static Design zoneWith(Fixtures.RecordBuilder... records) {
        return design().with(records).build();
    }

    @Test
    void v1_emptyBatchAndLongCommentAreInvalidInput() {
        Validated<HostedZone> result = applier.apply(zoneWith(), ZONE_ID, new ChangeBatch("c".repeat(257), List.of()));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(Problem::code, Problem::apiError)
                .containsExactly(tuple("V1", "InvalidInput"), tuple("V1", "InvalidInput"));
        assertThat(result.problems().get(0).message()).contains("at least one change");
        assertThat(result.problems().get(1).message()).contains("257 characters");

        assertThat(applier.apply(zoneWith(), ZONE_ID, new ChangeBatch("c".repeat(256),
                List.of(Change.create(a("www", "192.0.2.1").build())))).accepted()).isTrue();
    }

    @Test
    void v1_unknownZoneIsNoSuchHostedZone() {
        Validated<HostedZone> result = applier.apply(zoneWith(), "/hostedzone/ZNOPE",
                ChangeBatch.of(Change.create(a("www", "192.0.2.1").build())));
        assertThat(result.problems()).extracting(Problem::apiError, Problem::message)
                .containsExactly(tuple("NoSuchHostedZone", "No hosted zone found with ID: ZNOPE"));
    }

    @Test
    void v2_deleteCnameAndCreateAliasAtTheSameNameIsValidInEitherOrder() {
        RecordSet cname = rs("www", RecordType.CNAME).values("web.example.com").build();
        Design d = design().with(a("web", "192.0.2.1")).with(cname).build();
        RecordSet alias = aliasA("www", "web").build();

        Validated<HostedZone> deleteFirst = apply(d, Change.delete(cname), Change.create(alias));
        assertThat(deleteFirst.problems()).isEmpty();
        assertThat(deleteFirst.value().recordSets()).extracting(RecordSet::describe)
                .containsExactly("web.example.com. A", "www.example.com. A");

        Validated<HostedZone> createFirst = apply(d, Change.create(alias), Change.delete(cname));
        assertThat(createFirst.problems()).isEmpty();
    }

    @Test
    void v2_allOrNothingWhenOneChangeIsInvalid() {
        Design d = zoneWith(a("web", "192.0.2.1"));
        Validated<HostedZone> result = apply(d, Change.create(a("ok", "192.0.2.2").build()),
                Change.create(a("bad", "192.0.2.999").build()));
        assertThat(result.accepted()).isFalse();
        assertThat(result.value()).isNull();
        assertThat(result.errors()).extracting(Problem::code).containsExactly("V18");
    }

    @Test
    void v3_createOfAnExistingRecordSetUsesTheObservedMessage() {
        Design d = zoneWith(a("www", "192.0.2.1"));
        Validated<HostedZone> result = apply(d, Change.create(a("www", "192.0.2.2").build()));
        assertThat(result.problems()).extracting(Problem::code, Problem::apiError)
                .containsExactly(tuple("V3", "InvalidChangeBatch"));
        assertThat(result.problems().get(0).message())
                .isEqualTo("Tried to create resource record set [name='www.example.com.', type='A'] but it already exists");
    }

    @Test
    void v3_setIdentifierIsPartOfTheIdentity() {
        Design d = zoneWith(a("www", "192.0.2.1").weighted("a", 1));
        assertThat(apply(d, Change.create(a("www", "192.0.2.2").weighted("b", 1).build())).problems()).isEmpty();
        Validated<HostedZone> again = apply(d, Change.create(a("www", "192.0.2.2").weighted("a", 1).build()));
        assertThat(single(again.problems(), "V3").message()).contains("set-identifier='a'");
    }

    @Test
    void v4_deleteMustMatchExactly() {
        Design d = zoneWith(a("www", "192.0.2.1", "192.0.2.2"));
        assertThat(apply(d, Change.delete(a("www", "192.0.2.2", "192.0.2.1").build())).value().recordSets()).isEmpty();

        Validated<HostedZone> values = apply(d, Change.delete(a("www", "192.0.2.1").build()));
        assertThat(values.problems()).extracting(Problem::code).containsExactly("V4");
        assertThat(values.problems().get(0).message()).isEqualTo("Tried to delete resource record set"
                + " [name='www.example.com.', type='A'] but the values provided do not match the current values");

        Validated<HostedZone> ttl = apply(d, Change.delete(a("www", "192.0.2.1", "192.0.2.2").ttl(300L).build()));
        assertThat(ttl.problems()).extracting(Problem::code).containsExactly("V4");

        Validated<HostedZone> missing = apply(d, Change.delete(a("api", "192.0.2.1").build()));
        assertThat(missing.problems().get(0).message()).isEqualTo("Tried to delete resource record set"
                + " [name='api.example.com.', type='A'] but it was not found");
    }

    @Test
    void v5_upsertCreatesOrReplaces() {
        Design d = zoneWith(a("www", "192.0.2.1"), a("api", "192.0.2.5"));
        Validated<HostedZone> result = apply(d, Change.upsert(a("www", "192.0.2.9").build()),
                Change.upsert(a("new", "192.0.2.7").build()));
        assertThat(result.problems()).isEmpty();
        assertThat(result.value().recordSets()).extracting(r -> r.describe() + "=" + r.values())
                .containsExactly("www.example.com. A=[192.0.2.9]", "api.example.com. A=[192.0.2.5]",
                        "new.example.com. A=[192.0.2.7]");
    }

    @Test
    void v5_upsertThatIntroducesACnameConflictIsRejected() {
        Design d = zoneWith(a("www", "192.0.2.1"));
        Validated<HostedZone> result = apply(d, Change.upsert(rs("www", RecordType.CNAME).values("x.example.net.").build()));
        assertThat(result.problems()).extracting(Problem::code).containsExactly("V40");
        assertThat(result.problems().get(0).message()).isEqualTo("RRSet of type CNAME with DNS name www.example.com. is"
                + " not permitted as it conflicts with other records with the same DNS name in zone example.com.");
    }

    @Test
    void v6_deletingTheSameRecordSetTwiceIsRejected() {
        RecordSet www = a("www", "192.0.2.1").build();
        Validated<HostedZone> result = apply(design().with(www).build(), Change.delete(www), Change.delete(www));
        assertThat(result.problems()).extracting(Problem::code, Problem::apiError)
                .containsExactly(tuple("V6", "InvalidChangeBatch"));
        assertThat(result.problems().get(0).message()).contains("more than once");
    }

    @Test
    void v7_resourceRecordElementsAreLimitedAndUpsertCountsTwice() {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String[] values = new String[100];
            for (int v = 0; v < 100; v++) {
                values[v] = "10." + i + "." + v + ".1";
            }
            changes.add(Change.create(a("n" + i, values).build()));
        }
        assertThat(applier.apply(zoneWith(), ZONE_ID, new ChangeBatch(null, changes)).problems()).isEmpty();

        List<Change> upserts = changes.stream().map(c -> Change.upsert(c.recordSet())).toList();
        List<Change> plusOne = new ArrayList<>(upserts);
        plusOne.add(Change.create(a("extra", "192.0.2.1").build()));
        Validated<HostedZone> result = applier.apply(zoneWith(), ZONE_ID, new ChangeBatch(null, plusOne));
        assertThat(result.problems()).extracting(Problem::code).containsExactly("V7");
        assertThat(result.problems().get(0).message()).contains("1001 ResourceRecord elements");
    }

    @Test
    void v7_valueCharactersAreLimitedAndUpsertCountsTwice() {
        String txt = "\"" + "a".repeat(250) + "\"";
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 63; i++) {
            changes.add(Change.upsert(rs("t" + i, RecordType.TXT).values(txt).build()));
        }
        // 63 upserts x 252 characters x 2 = 31,752
        assertThat(applier.apply(zoneWith(), ZONE_ID, new ChangeBatch(null, changes)).problems()).isEmpty();
        changes.add(Change.upsert(rs("t63", RecordType.TXT).values(txt).build()));
        Validated<HostedZone> result = applier.apply(zoneWith(), ZONE_ID, new ChangeBatch(null, changes));
        assertThat(result.problems()).extracting(Problem::code).containsExactly("V7");
        assertThat(result.problems().get(0).message()).contains("add up to 32256 characters").contains("32000");
    }

    @Test
    void v9_apexSoaAndNsCannotBeDeletedAndSoaCannotBeCreated() {
        RecordSet soa = rs("@", RecordType.SOA).ttl(900L).values(SOA).build();
        RecordSet ns = rs("@", RecordType.NS).ttl(172800L).values("ns-1.awsdns-01.com.").build();
        Design d = design().with(soa, ns).build();

        Validated<HostedZone> deleted = apply(d, Change.delete(soa), Change.delete(ns));
        assertThat(deleted.problems()).extracting(Problem::code).containsExactly("V9", "V9");
        assertThat(deleted.problems().get(0).message()).contains("apex SOA record set of example.com. cannot be deleted");

        Validated<HostedZone> created = apply(zoneWith(), Change.create(soa));
        assertThat(single(created.problems(), "V9").message()).contains("SOA record set cannot be created");

        RecordSet edited = rs("@", RecordType.SOA).ttl(900L).values(SOA.replace(" 1 7200", " 2 7200")).build();
        assertThat(apply(d, Change.upsert(edited)).problems()).isEmpty();
        assertThat(apply(d, Change.delete(rs("sub", RecordType.NS).ttl(172800L).values("ns1.example.net.").build()))
                .problems()).extracting(Problem::code).containsExactly("V4");
    }

    @Test
    void v9_delegationsBelowTheApexCanBeCreatedAndDeleted() {
        RecordSet delegation = rs("sub", RecordType.NS).ttl(172800L).values("ns1.example.net.").build();
        Validated<HostedZone> created = apply(zoneWith(), Change.create(delegation));
        assertThat(created.problems()).isEmpty();
        assertThat(apply(design().with(delegation).build(), Change.delete(delegation)).problems()).isEmpty();
    }

    @Test
    void v23_lastTtlInTheBatchAppliesToTheWholeWeightedGroup() {
        Design d = zoneWith(a("www", "192.0.2.1").weighted("a", 1).ttl(300L));
        Validated<HostedZone> result = apply(d, Change.create(a("www", "192.0.2.2").weighted("b", 1).ttl(60L).build()));
        assertThat(result.accepted()).isTrue();
        assertThat(result.problems()).extracting(Problem::code, Problem::severity)
                .containsExactly(tuple("V23", Severity.WARNING));
        assertThat(result.problems().get(0).message()).contains("last TTL given in the batch (60)");
        assertThat(result.value().recordSets()).extracting(RecordSet::ttl).containsExactly(60L, 60L);
    }

    @Test
    void v33_deletingAnAliasTargetBreaksTheAliasAndIsRejected() {
        RecordSet web = a("web", "192.0.2.1").build();
        Design d = design().with(web).with(aliasA("www", "web")).build();
        Validated<HostedZone> result = apply(d, Change.delete(web));
        assertThat(result.problems()).extracting(Problem::code).containsExactly("V33");
        assertThat(result.problems().get(0).recordSet().name().text()).isEqualTo("www.example.com.");
    }

    @Test
    void preExistingProblemsOfUntouchedRecordsAreNotBlamedOnTheBatch() {
        Design d = zoneWith(a("old", "192.0.2.1"), a("old", "192.0.2.2"));
        assertThat(new DesignValidator(GEO).validate(d)).extracting(Problem::code).containsExactly("V11");
        Validated<HostedZone> result = apply(d, Change.create(a("new", "192.0.2.3").build()));
        assertThat(result.accepted()).isTrue();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void v53_changingATrafficPolicyRecordWarns() {
        RecordSet managed = a("www", "192.0.2.1").trafficPolicy("tp-9").build();
        Design d = design().with(managed).build();
        Validated<HostedZone> result = apply(d, Change.delete(managed));
        assertThat(result.accepted()).isTrue();
        assertThat(result.problems()).extracting(Problem::code, Problem::severity)
                .containsExactly(tuple("V53", Severity.WARNING));
        assertThat(result.problems().get(0).message()).contains("leaves traffic policy instance tp-9 in place");

        Validated<HostedZone> replaced = apply(d, Change.upsert(a("www", "192.0.2.2").trafficPolicy("tp-9").build()));
        assertThat(replaced.problems()).extracting(Problem::code).containsExactly("V53");
        assertThat(replaced.problems().get(0).message()).startsWith("Replacing www.example.com. A");
    }
}
