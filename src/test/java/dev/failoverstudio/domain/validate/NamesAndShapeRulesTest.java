package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.failoverstudio.domain.validate.Fixtures.a;
import static dev.failoverstudio.domain.validate.Fixtures.design;
import static dev.failoverstudio.domain.validate.Fixtures.rs;
import static dev.failoverstudio.domain.validate.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Quotas, apex records, names and group shape: V8–V16. */
class NamesAndShapeRulesTest {

    @Test
    void v8_fourHundredValuesAreAcceptedButFourHundredAndOneAreNot() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 401; i++) {
            values.add("10.0." + (i / 256) + "." + (i % 256));
        }
        List<Problem> ok = design().with(a("www", values.subList(0, 400).toArray(String[]::new))).validate();
        assertThat(ok).isEmpty();

        List<Problem> problems = design().with(a("www", values.toArray(String[]::new))).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity, Problem::apiError)
                .containsExactly(tuple("V8", Severity.ERROR, "InvalidChangeBatch"));
        assertThat(problems.get(0).message()).contains("401 values").contains("at most 400");
    }

    @Test
    void v8_thirtyOneGeoproximityRecordSetsExceedTheGroupQuota() {
        Fixtures.DesignBuilder d = design();
        for (int i = 0; i < 31; i++) {
            d.with(a("www", "192.0.2." + i).geoproximity("g" + i,
                    new dev.failoverstudio.domain.model.GeoProximityLocation("us-east-1", null, null, null, (long) i)));
        }
        Problem p = single(d.validate(), "V8");
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.message()).contains("31 geoproximity record sets").contains("at most 30");
        assertThat(p.recordSet().setIdentifier()).isEqualTo("g30");
    }

    @Test
    void v9_soaBelowTheApexAndASecondApexSoaAreRejected() {
        String soa = "ns-1.awsdns-01.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400";
        assertThat(design().with(rs("@", RecordType.SOA).ttl(900L).values(soa)).validate()).isEmpty();

        List<Problem> below = design().with(rs("sub", RecordType.SOA).ttl(900L).values(soa)).validate();
        assertThat(single(below, "V9").message()).contains("SOA with DNS name sub.example.com.")
                .contains("only SOA record is the one at the apex example.com.");

        List<Problem> two = design().with(rs("@", RecordType.SOA).ttl(900L).values(soa),
                rs("@", RecordType.SOA).ttl(900L).values(soa)).validate();
        assertThat(two).extracting(Problem::code).containsExactly("V9");
        assertThat(two.get(0).message()).contains("more than one SOA record set");
    }

    @Test
    void v9_missingApexSoaAndNsAreFineBecauseTheEngineSynthesisesThem() {
        assertThat(design().with(a("www", "192.0.2.1")).validate()).isEmpty();
    }

    @Test
    void v10_setIdentifierRequiredOnRoutedRecordsAndForbiddenOnSimpleOnes() {
        List<Problem> missing = design().with(a("www", "192.0.2.1").weighted(null, 10)).validate();
        Problem p = single(missing, "V10");
        assertThat(p.apiError()).isEqualTo("InvalidInput");
        assertThat(p.message()).isEqualTo("Weighted record set www.example.com. A needs a SetIdentifier");

        List<Problem> extra = design().with(a("www", "192.0.2.1").setIdentifier("x")).validate();
        assertThat(single(extra, "V10").message()).contains("SetIdentifier 'x' but no routing policy");

        String tooLong = "x".repeat(129);
        List<Problem> lengths = design().with(a("www", "192.0.2.1").weighted(tooLong, 1),
                a("www", "192.0.2.2").weighted("x".repeat(128), 1)).validate();
        assertThat(single(lengths, "V10").message()).contains("129 characters").contains("1 to 128");
    }

    @Test
    void v11_mixedPoliciesInOneGroupAreRejected() {
        List<Problem> problems = design().with(
                a("www", "192.0.2.1").weighted("a", 10),
                a("www", "192.0.2.2").latency("b", "us-east-1")).validate();
        Problem p = single(problems, "V11");
        assertThat(p.recordSet().setIdentifier()).isEqualTo("b");
        assertThat(p.message()).contains("mixes weighted and latency routing");
    }

    @Test
    void v11_simpleGroupHoldsExactlyOneRecordSet() {
        List<Problem> problems = design().with(a("www", "192.0.2.1"), a("www", "192.0.2.2")).validate();
        assertThat(problems).extracting(Problem::code).containsExactly("V11");
        assertThat(problems.get(0).message()).contains("has 2 simple record sets");
    }

    @Test
    void v12_duplicateSetIdentifiersInAGroupAreRejectedButMayRepeatAcrossGroups() {
        List<Problem> dup = design().with(
                a("www", "192.0.2.1").weighted("same", 10),
                a("www", "192.0.2.2").weighted("same", 20)).validate();
        assertThat(single(dup, "V12").message()).contains("'same' is used twice in group www.example.com. A");

        List<Problem> otherGroups = design().with(
                a("www", "192.0.2.1").weighted("same", 10),
                rs("www", RecordType.AAAA).values("2001:db8::1").weighted("same", 10)).validate();
        assertThat(otherGroups).isEmpty();
    }

    @Test
    void v13_nameOutsideTheZoneUsesTheObservedMessage() {
        List<Problem> problems = design().with(a("foo.example.org.", "192.0.2.1")).validate();
        assertThat(single(problems, "V13").message())
                .isEqualTo("RRSet with DNS name foo.example.org. is not permitted in zone example.com.");
        assertThat(design().with(a("@", "192.0.2.1"), a("a.b.c", "192.0.2.1")).validate()).isEmpty();
    }

    @Test
    void v14_labelsOver63BytesNamesOver255BytesAndNonAsciiAreRejected() {
        assertThat(design().with(a("x".repeat(63), "192.0.2.1")).validate()).isEmpty();
        List<Problem> label = design().with(a("x".repeat(64), "192.0.2.1")).validate();
        assertThat(single(label, "V14").message()).contains("64 bytes long; a label is at most 63 bytes");

        String longName = String.join(".", "a".repeat(60), "b".repeat(60), "c".repeat(60), "d".repeat(60)) + ".example.com";
        List<Problem> name = design().with(a(longName, "192.0.2.1")).validate();
        assertThat(single(name, "V14").message()).contains("a name is at most 255 bytes");

        List<Problem> idn = design().with(a("bücher", "192.0.2.1")).validate();
        assertThat(single(idn, "V14").message()).contains("Punycode");
        assertThat(design().with(a("xn--bcher-kva", "192.0.2.1")).validate()).isEmpty();
    }

    @Test
    void v15_wildcardNsIsRejectedAndAsteriskElsewhereIsALiteralWarning() {
        List<Problem> ns = design().with(rs("*.dev", RecordType.NS).values("ns1.example.net.")).validate();
        assertThat(ns).extracting(Problem::code, Problem::severity).containsExactly(tuple("V15", Severity.ERROR));
        assertThat(ns.get(0).message()).isEqualTo("NS record sets cannot be wildcards: *.dev.example.com.");

        assertThat(design().with(a("*", "192.0.2.1"), a("*.shop", "192.0.2.2")).validate()).isEmpty();

        List<Problem> literal = design().with(a("*prod", "192.0.2.1")).validate();
        assertThat(literal).extracting(Problem::code, Problem::severity).containsExactly(tuple("V15", Severity.WARNING));
        assertThat(literal.get(0).message()).contains("literal asterisk");
    }

    @Test
    void v16_nsSoaAndDsCannotUseRoutingPolicies() {
        List<Problem> problems = design().with(
                rs("sub", RecordType.NS).values("ns1.example.net.").weighted("a", 1),
                rs("txt", RecordType.TXT).values("\"hello\"").geo("d", GeoLocation.defaultLocation())).validate();
        Problem p = single(problems, "V16");
        assertThat(p.recordSet().type()).isEqualTo(RecordType.NS);
        assertThat(p.message()).isEqualTo("Record type NS cannot use weighted routing; NS, SOA and DS record sets are"
                + " simple only");
    }
}
