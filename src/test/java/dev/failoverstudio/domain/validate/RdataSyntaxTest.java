package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** V18: presentation syntax per record type, accepted and rejected forms. */
class RdataSyntaxTest {

    private final RdataSyntax syntax = new RdataSyntax();

    @ParameterizedTest(name = "v18 accepts {0} {1}")
    @CsvSource(delimiter = '|', value = {
            "A|192.0.2.1",
            "A|0.0.0.0",
            "AAAA|2001:db8::1",
            "AAAA|::",
            "AAAA|::ffff:192.0.2.1",
            "AAAA|2001:0db8:0000:0000:0000:0000:0000:0001",
            "CNAME|www.example.net.",
            "NS|ns-1.awsdns-01.org",
            "PTR|host.example.com.",
            "MX|10 mail.example.com.",
            "MX|0 .",
            "SRV|1 10 5269 xmpp.example.com.",
            "NAPTR|100 50 \"u\" \"E2U+sip\" \"!^.*$!sip:info@example.com!\" .",
            "CAA|0 issue \"amazon.com\"",
            "CAA|128 iodef \"mailto:security@example.com\"",
            "TXT|\"hello world\"",
            "TXT|\"quote \\\" inside\" \"tab\\011escaped\"",
            "SPF|\"v=spf1 -all\"",
            "SOA|ns-2048.awsdns-64.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400",
            "DS|12345 13 2 49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE7A3E7F2F3B3A3B3AEE0E5C0A",
            "TLSA|3 1 1 0123456789abcdef",
            "SSHFP|4 2 0123456789ABCDEF",
            "SVCB|1 svc.example.com. alpn=h2",
            "HTTPS|1 . alpn=h3",
    })
    void v18_acceptsWellFormedValues(String type, String value) {
        assertThat(syntax.check(RecordType.valueOf(type), value)).isEmpty();
    }

    @ParameterizedTest(name = "v18 rejects {0} {1}")
    @CsvSource(delimiter = '|', value = {
            "A|256.1.1.1|ARRDATAIllegalIPv4Address",
            "A|1.2.3|ARRDATAIllegalIPv4Address",
            "A|2001:db8::1|ARRDATAIllegalIPv4Address",
            "AAAA|2001:db8:::1|AAAARRDATAIllegalIPv6Address",
            "AAAA|1:2:3:4:5:6:7:8:9|AAAARRDATAIllegalIPv6Address",
            "AAAA|192.0.2.1|AAAARRDATAIllegalIPv6Address",
            "AAAA|fe80::1%eth0|AAAARRDATAIllegalIPv6Address",
            "NS|two words|NSRRDATAIllegalDomainName",
            "PTR|a..b|PTRRRDATAIllegalDomainName",
            "MX|mail.example.com|MXRRDATANotTwoFields",
            "MX|70000 mail.example.com|MXRRDATAIllegalPriority",
            "SRV|1 10 mail.example.com|SRVRRDATANotFourFields",
            "SRV|1 10 70000 x.example.com|SRVRRDATAIllegalNumber",
            "NAPTR|100 50 u \"E2U+sip\" \"\" .|NAPTRRRDATAIllegalString",
            "CAA|0 issue amazon.com|CAARRDATAIllegalValue",
            "CAA|0 is-sue \"amazon.com\"|CAARRDATAIllegalTag",
            "CAA|300 issue \"amazon.com\"|CAARRDATAIllegalFlags",
            "TXT|\"unterminated|InvalidCharacterString",
            "SOA|ns1.example.com. hostmaster.example.com. 1 2 3 4|SOARRDATANotSevenFields",
            "SOA|ns1.example.com. hostmaster.example.com. 1 2 3 4 x|SOARRDATAIllegalNumber",
            "DS|12345 13 2 XYZ|DSRRDATAIllegalHex",
            "SVCB|high svc.example.com.|SVCBRRDATAIllegalPriority",
    })
    void v18_rejectsMalformedValuesWithATypeSpecificReason(String type, String value, String reason) {
        assertThat(syntax.check(RecordType.valueOf(type), value)).hasValueSatisfying(message ->
                assertThat(message).startsWith("Invalid Resource Record: FATAL problem: " + reason)
                        .endsWith("encountered with '" + value + "'"));
    }

    @Test
    void v18_txtControlAndNonAsciiCharactersMustBeEscaped() {
        assertThat(syntax.check(RecordType.TXT, "\"caf\u00e9\"")).hasValueSatisfying(m ->
                assertThat(m).contains("octal escapes"));
        assertThat(syntax.check(RecordType.TXT, "\"caf\\303\\251\"")).isEmpty();
    }

    @Test
    void v18_everyDottedQuadOfOctetsIsAValidARecordAndOutOfRangeOctetsAreNot() {
        qt().forAll(integers().between(0, 255), integers().between(0, 255), integers().between(0, 255),
                        integers().between(0, 255))
                .checkAssert((a, b, c, d) -> assertThat(syntax.check(RecordType.A, a + "." + b + "." + c + "." + d))
                        .isEmpty());
        qt().forAll(integers().between(256, 999), integers().between(0, 3))
                .checkAssert((bad, position) -> {
                    String[] parts = {"1", "2", "3", "4"};
                    parts[position] = String.valueOf(bad);
                    assertThat(syntax.check(RecordType.A, String.join(".", parts))).isPresent();
                });
    }

    @Test
    void v18_everyFullIpv6FormParsesToTheSameBytesAsItsCompressedForm() {
        qt().forAll(integers().between(0, 0xffff), integers().between(0, 7))
                .checkAssert((word, position) -> {
                    String[] full = {"0", "0", "0", "0", "0", "0", "0", "0"};
                    full[position] = Integer.toHexString(word);
                    String fullForm = String.join(":", full);
                    String compressed = position == 0 ? Integer.toHexString(word) + "::" : "::" + String.join(":",
                            java.util.Arrays.copyOfRange(full, position, 8));
                    assertThat(dev.failoverstudio.domain.net.IpLiterals.parseIpv6(fullForm)).hasValueSatisfying(bytes ->
                            assertThat(dev.failoverstudio.domain.net.IpLiterals.parseIpv6(compressed)).hasValueSatisfying(other ->
                                    assertThat(other).containsExactly(bytes)));
                });
    }
}
