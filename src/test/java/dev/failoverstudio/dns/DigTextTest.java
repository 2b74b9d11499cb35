package dev.failoverstudio.dns;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.resolve.DnsRecord;
import dev.failoverstudio.domain.resolve.Protocol;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.Rcode;
import dev.failoverstudio.domain.resolve.Resolution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver pane's dig-like rendering of a response, records written by dnsjava. */
class DigTextTest {

    private final DigText dig = new DigText();

    private static Resolution answer(String name, String type, String answerType, long ttl, List<String> values) {
        return new Resolution(Rcode.NOERROR, values, answerType, ttl, List.of(), List.of(), Query.of(name, type),
                "ns-1.awsdns-01.org", List.of(), 100, Protocol.UDP);
    }

    @Test
    void answersCarryOwnerTtlClassTypeAndValue() {
        String text = dig.render(answer("www.example.com.", "A", "A", 60, List.of("192.0.2.1", "192.0.2.2")));
        assertThat(text).startsWith(";; ->>HEADER<<- opcode: QUERY, status: NOERROR\n")
                .contains(";; flags: qr aa; QUERY: 1, ANSWER: 2, AUTHORITY: 0")
                .contains(";www.example.com.\t\tIN\tA")
                .containsPattern("www\\.example\\.com\\.\\s+60\\s+IN\\s+A\\s+192\\.0\\.2\\.1\n")
                .containsPattern("www\\.example\\.com\\.\\s+60\\s+IN\\s+A\\s+192\\.0\\.2\\.2\n");
    }

    @Test
    void aCnameAnswersAnAQueryUnderItsOwnType_R23() {
        List<String> lines = dig.answerLines(answer("www.example.com.", "A", "CNAME", 300,
                List.of("origin.example.net.")));
        assertThat(lines).singleElement().asString()
                .containsPattern("www\\.example\\.com\\.\\s+300\\s+IN\\s+CNAME\\s+origin\\.example\\.net\\.");
    }

    @Test
    void structuredValuesAreWrittenInPresentationForm() {
        assertThat(dig.answerLines(answer("example.com.", "MX", "MX", 300, List.of("10 mail.example.com."))))
                .singleElement().asString().containsPattern("MX\\s+10 mail\\.example\\.com\\.");
        assertThat(dig.answerLines(answer("example.com.", "TXT", "TXT", 300, List.of("\"v=spf1 -all\""))))
                .singleElement().asString().contains("\"v=spf1 -all\"");
    }

    @Test
    void aValueDnsjavaCannotReadIsShownAsStoredWithANote() {
        assertThat(dig.answerLines(answer("www.example.com.", "A", "A", 60, List.of("not-an-address"))))
                .singleElement().asString().contains("not-an-address").contains("; not valid A data");
    }

    @Test
    void nxdomainShowsTheSoaInTheAuthoritySection_R31() {
        DnsRecord soa = new DnsRecord(DomainName.of("example.com."), "SOA", 900,
                "ns-2048.awsdns-64.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400");
        Resolution nx = new Resolution(Rcode.NXDOMAIN, List.of(), null, 900L, List.of(), List.of(),
                Query.of("nothing.example.com.", "A"), "ns-2048.awsdns-64.com", List.of(soa), 120, Protocol.UDP);
        String text = dig.render(nx);
        assertThat(text).contains("status: NXDOMAIN").contains("ANSWER: 0, AUTHORITY: 1")
                .doesNotContain(";; ANSWER SECTION:")
                .containsPattern(";; AUTHORITY SECTION:\nexample\\.com\\.\\s+900\\s+IN\\s+SOA\\s+ns-2048\\.awsdns-64\\.com\\.");
    }

    @Test
    void refusedHasNoServer() {
        Resolution refused = new Resolution(Rcode.REFUSED, List.of(), null, null, List.of(), List.of(),
                Query.of("example.org.", "A"), null, List.of(), 40, Protocol.UDP);
        assertThat(dig.render(refused)).contains("status: REFUSED").contains(";; flags: qr;")
                .contains(";; SERVER: (no zone answers)");
    }
}
