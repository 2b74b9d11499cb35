package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.failoverstudio.domain.validate.Fixtures.a;
import static dev.failoverstudio.domain.validate.Fixtures.design;
import static dev.failoverstudio.domain.validate.Fixtures.rs;
import static dev.failoverstudio.domain.validate.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Contents of non-alias record sets: V17 and V18 as the validator reports them. */
class RecordValueRulesTest {

    @Test
    void v17_ttlIsRequiredAndWithinRange() {
        assertThat(design().with(a("www", "192.0.2.1").ttl(0L)).validate()).isEmpty();
        assertThat(design().with(a("www", "192.0.2.1").ttl(2_147_483_647L)).validate()).isEmpty();

        List<Problem> missing = design().with(a("www", "192.0.2.1").ttl(null)).validate();
        assertThat(single(missing, "V17").message()).contains("has values but no TTL");

        List<Problem> big = design().with(a("www", "192.0.2.1").ttl(2_147_483_648L)).validate();
        assertThat(big).extracting(Problem::code, Problem::apiError).containsExactly(tuple("V17", "InvalidInput"));
        assertThat(big.get(0).message()).contains("TTL 2147483648").contains("outside 0 to 2147483647");

        List<Problem> negative = design().with(a("www", "192.0.2.1").ttl(-1L)).validate();
        assertThat(single(negative, "V17").message()).contains("TTL -1");
    }

    @Test
    void v17_valuesAreRequiredUniqueAndAtMost4000Characters() {
        List<Problem> none = design().with(rs("www", RecordType.A).ttl(60L)).validate();
        assertThat(single(none, "V17").message()).contains("has no values");

        List<Problem> dup = design().with(a("www", "192.0.2.1", "192.0.2.1")).validate();
        Problem p = single(dup, "V17");
        assertThat(p.apiError()).isEqualTo("InvalidChangeBatch");
        assertThat(p.message()).startsWith("Duplicate Resource Record");

        String ok = "\"" + "a".repeat(250) + "\"";
        StringBuilder long4000 = new StringBuilder();
        while (long4000.length() + ok.length() + 1 <= 4000) {
            long4000.append(long4000.length() == 0 ? "" : " ").append(ok);
        }
        assertThat(design().with(rs("txt", RecordType.TXT).values(long4000.toString())).validate()).isEmpty();
        String tooLong = long4000 + " " + "\"" + "b".repeat(4000 - long4000.length()) + "\"";
        List<Problem> big = design().with(rs("txt", RecordType.TXT).values(tooLong)).validate();
        assertThat(single(big, "V17").message()).contains("a value is at most 4000 characters");
    }

    @Test
    void v17_trafficPolicyRecordWithoutValuesIsNotAValueProblem() {
        List<Problem> problems = design().with(rs("www", RecordType.A).trafficPolicy("tp-1")).validate();
        assertThat(problems).extracting(Problem::code).containsExactly("V53");
    }

    @Test
    void v18_malformedIpv4UsesRoute53Wording() {
        List<Problem> problems = design().with(a("www", "192.0.2.300")).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity, Problem::apiError)
                .containsExactly(tuple("V18", Severity.ERROR, "InvalidChangeBatch"));
        assertThat(problems.get(0).message()).isEqualTo("Invalid Resource Record: FATAL problem:"
                + " ARRDATAIllegalIPv4Address (Value is not a valid IPv4 address) encountered with '192.0.2.300'");
    }

    @Test
    void v18_eachBadValueIsReportedNotOnlyTheFirst() {
        List<Problem> problems = design().with(
                a("www", "192.0.2.1", "nope", "1.2.3"),
                rs("v6", RecordType.AAAA).values("2001:db8::1", "2001:db8::g")).validate();
        assertThat(problems).extracting(Problem::code).containsExactly("V18", "V18", "V18");
        assertThat(problems.get(2).message()).contains("AAAARRDATAIllegalIPv6Address").contains("'2001:db8::g'");
    }

    @Test
    void v18_cnameHoldsExactlyOneDomainName() {
        assertThat(design().with(rs("www", RecordType.CNAME).values("web.example.net")).validate()).isEmpty();
        List<Problem> two = design().with(rs("www", RecordType.CNAME).values("a.example.net.", "b.example.net."))
                .validate();
        assertThat(single(two, "V18").message()).isEqualTo("RRSet of type CNAME with DNS name www.example.com. has 2"
                + " values; a CNAME holds exactly one value");
        List<Problem> bad = design().with(rs("www", RecordType.CNAME).values("not a name")).validate();
        assertThat(single(bad, "V18").message()).contains("CNAMERRDATAIllegalDomainName");
    }

    @Test
    void v18_txtNeedsQuotesAndStringsOfAtMost255Characters() {
        assertThat(design().with(rs("@", RecordType.TXT).values("\"v=spf1 include:_spf.example.net ~all\"",
                "\"" + "a".repeat(255) + "\" \"second part\"")).validate()).isEmpty();

        List<Problem> unquoted = design().with(rs("@", RecordType.TXT).values("v=spf1 -all")).validate();
        assertThat(single(unquoted, "V18").message()).contains("InvalidCharacterString")
                .contains("Value should be enclosed in quotation marks");

        List<Problem> longString = design().with(rs("@", RecordType.SPF).values("\"" + "a".repeat(256) + "\""))
                .validate();
        assertThat(single(longString, "V18").message()).contains("each string is at most 255 characters");
    }
}
