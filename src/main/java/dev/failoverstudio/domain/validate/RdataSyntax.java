package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.net.IpLiterals;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.RecordType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the presentation syntax of one value (RDATA) per record type (V18, DG:ResourceRecordTypes.md).
 *
 * <p>Pure and stateless: IP literals are parsed by hand ({@link IpAddresses}), domain names with
 * {@link DomainName#of} plus the R2 length limits; nothing is ever looked up. A failed check returns the
 * Route 53 style message {@code Invalid Resource Record: FATAL problem: <Reason> (<explanation>) encountered
 * with '<value>'}; a valid value returns empty.
 */
final class RdataSyntax {

    private static final long MAX_UINT32 = 4_294_967_295L;
    private static final int MAX_CHARACTER_STRING = 255;

    Optional<String> check(RecordType type, String value) {
        String v = value.strip();
        Optional<Failure> failure = switch (type) {
            case A -> IpLiterals.parseIpv4(v).isPresent() ? ok()
                    : fail("ARRDATAIllegalIPv4Address", "Value is not a valid IPv4 address");
            case AAAA -> IpLiterals.parseIpv6(v).isPresent() ? ok()
                    : fail("AAAARRDATAIllegalIPv6Address", "Value is not a valid IPv6 address");
            case CNAME, PTR, NS -> domainName(v, type + "RRDATAIllegalDomainName");
            case MX -> mx(v);
            case SRV -> srv(v);
            case NAPTR -> naptr(v);
            case CAA -> caa(v);
            case TXT, SPF -> characterStrings(v);
            case SOA -> soa(v);
            case DS -> numbersThenHex(v, "DS", new long[] {65535, 255, 255});
            case TLSA -> numbersThenHex(v, "TLSA", new long[] {255, 255, 255});
            case SSHFP -> numbersThenHex(v, "SSHFP", new long[] {255, 255});
            case SVCB, HTTPS -> svcb(v, type.name());
        };
        return failure.map(f -> "Invalid Resource Record: FATAL problem: " + f.reason + " (" + f.explanation
                + ") encountered with '" + value + "'");
    }

    private record Failure(String reason, String explanation) {
    }

    private static Optional<Failure> ok() {
        return Optional.empty();
    }

    private static Optional<Failure> fail(String reason, String explanation) {
        return Optional.of(new Failure(reason, explanation));
    }

    /** A domain name in RDATA: no blanks or quotes, non-empty labels, labels ≤ 63 bytes, name ≤ 255 (R2). */
    static boolean isDomainName(String text) {
        if (text.isEmpty() || text.chars().anyMatch(c -> c <= ' ' || c == '"' || c > 0x7e)) {
            return false;
        }
        DomainName name;
        try {
            name = DomainName.of(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return name.wireLength() <= 255 && name.labelByteLengths().stream().allMatch(l -> l <= 63);
    }

    private static Optional<Failure> domainName(String text, String reason) {
        return isDomainName(text) ? ok() : fail(reason, "Value is not a valid domain name");
    }

    private static Optional<Failure> mx(String v) {
        String[] f = fields(v);
        if (f.length != 2) {
            return fail("MXRRDATANotTwoFields", "Value must be a priority and a mail server name");
        }
        if (!isNumber(f[0], 65535)) {
            return fail("MXRRDATAIllegalPriority", "Priority must be an integer from 0 to 65535");
        }
        return domainName(f[1], "MXRRDATAIllegalDomainName");
    }

    private static Optional<Failure> srv(String v) {
        String[] f = fields(v);
        if (f.length != 4) {
            return fail("SRVRRDATANotFourFields", "Value must be priority, weight, port and target");
        }
        for (int i = 0; i < 3; i++) {
            if (!isNumber(f[i], 65535)) {
                return fail("SRVRRDATAIllegalNumber", "Priority, weight and port must be integers from 0 to 65535");
            }
        }
        return domainName(f[3], "SRVRRDATAIllegalDomainName");
    }

    private static Optional<Failure> naptr(String v) {
        List<String> t = tokens(v);
        if (t == null || t.size() != 6) {
            return fail("NAPTRRRDATANotSixFields",
                    "Value must be order, preference, \"flags\", \"service\", \"regexp\" and replacement");
        }
        if (!isNumber(t.get(0), 65535) || !isNumber(t.get(1), 65535)) {
            return fail("NAPTRRRDATAIllegalNumber", "Order and preference must be integers from 0 to 65535");
        }
        for (int i = 2; i <= 4; i++) {
            if (!isQuoted(t.get(i))) {
                return fail("NAPTRRRDATAIllegalString", "Flags, service and regexp must be quoted strings");
            }
        }
        return domainName(t.get(5), "NAPTRRRDATAIllegalDomainName");
    }

    private static Optional<Failure> caa(String v) {
        List<String> t = tokens(v);
        if (t == null || t.size() != 3) {
            return fail("CAARRDATANotThreeFields", "Value must be flags, tag and a quoted value");
        }
        if (!isNumber(t.get(0), 255)) {
            return fail("CAARRDATAIllegalFlags", "Flags must be an integer from 0 to 255");
        }
        String tag = t.get(1);
        if (tag.isEmpty() || tag.length() > 15 || !tag.chars().allMatch(RdataSyntax::isAlphanumeric)) {
            return fail("CAARRDATAIllegalTag", "Tag must be alphanumeric");
        }
        if (!isQuoted(t.get(2))) {
            return fail("CAARRDATAIllegalValue", "Value must be enclosed in quotation marks");
        }
        return ok();
    }

    /** TXT/SPF: quoted strings of at most 255 characters each, escapes {@code \"}, {@code \\}, {@code \ooo}. */
    private static Optional<Failure> characterStrings(String v) {
        List<String> t = tokens(v);
        if (t == null || t.isEmpty() || !t.stream().allMatch(RdataSyntax::isQuoted)) {
            return fail("InvalidCharacterString", "Value should be enclosed in quotation marks");
        }
        for (String quoted : t) {
            int length = decodedLength(quoted.substring(1, quoted.length() - 1));
            if (length < 0) {
                return fail("InvalidCharacterString",
                        "Control and non-ASCII characters must be written as \\ooo octal escapes");
            }
            if (length > MAX_CHARACTER_STRING) {
                return fail("CharacterStringTooLong", "Value is too long: each string is at most 255 characters");
            }
        }
        return ok();
    }

    /** Length after unescaping, or -1 when a character must have been escaped. */
    private static int decodedLength(String inner) {
        int length = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                if (isOctal(inner, i + 1)) {
                    i += 3;
                } else {
                    i += 1;
                }
            } else if (c < ' ' || c >= 0x7f) {
                return -1;
            }
            length++;
        }
        return length;
    }

    private static boolean isOctal(String s, int from) {
        if (from + 3 > s.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '7') {
                return false;
            }
        }
        return true;
    }

    private static Optional<Failure> soa(String v) {
        String[] f = fields(v);
        if (f.length != 7) {
            return fail("SOARRDATANotSevenFields",
                    "Value must be mname, rname, serial, refresh, retry, expire and minimum");
        }
        if (!isDomainName(f[0]) || !isDomainName(f[1])) {
            return fail("SOARRDATAIllegalDomainName", "mname and rname must be domain names");
        }
        for (int i = 2; i < 7; i++) {
            if (!isNumber(f[i], MAX_UINT32)) {
                return fail("SOARRDATAIllegalNumber", "Serial and timers must be integers from 0 to 4294967295");
            }
        }
        return ok();
    }

    private static Optional<Failure> numbersThenHex(String v, String type, long[] maxima) {
        String[] f = fields(v);
        if (f.length != maxima.length + 1) {
            return fail(type + "RRDATAWrongFieldCount",
                    "Value must have " + (maxima.length + 1) + " fields separated by spaces");
        }
        for (int i = 0; i < maxima.length; i++) {
            if (!isNumber(f[i], maxima[i])) {
                return fail(type + "RRDATAIllegalNumber", "Field " + (i + 1) + " must be an integer from 0 to "
                        + maxima[i]);
            }
        }
        String hex = f[maxima.length];
        if (hex.length() % 2 != 0 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return fail(type + "RRDATAIllegalHex", "The last field must be an even number of hex digits");
        }
        return ok();
    }

    private static Optional<Failure> svcb(String v, String type) {
        String[] f = fields(v);
        if (f.length < 2) {
            return fail(type + "RRDATATooFewFields", "Value must be a priority, a target name and parameters");
        }
        if (!isNumber(f[0], 65535)) {
            return fail(type + "RRDATAIllegalPriority", "Priority must be an integer from 0 to 65535");
        }
        return domainName(f[1], type + "RRDATAIllegalDomainName");
    }

    private static String[] fields(String v) {
        return v.isEmpty() ? new String[0] : v.split("[ \\t]+");
    }

    /** Splits on blanks, keeping quoted strings (with their quotes) whole; null when a quote is unbalanced. */
    static List<String> tokens(String v) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int start = i;
            if (c == '"') {
                i++;
                while (i < v.length() && v.charAt(i) != '"') {
                    i += v.charAt(i) == '\\' ? 2 : 1;
                }
                if (i >= v.length()) {
                    return null;
                }
                i++;
                if (i < v.length() && v.charAt(i) != ' ' && v.charAt(i) != '\t') {
                    return null;
                }
            } else {
                while (i < v.length() && v.charAt(i) != ' ' && v.charAt(i) != '\t') {
                    i++;
                }
            }
            out.add(v.substring(start, i));
        }
        return out;
    }

    private static boolean isQuoted(String token) {
        return token.length() >= 2 && token.charAt(0) == '"' && token.charAt(token.length() - 1) == '"';
    }

    private static boolean isNumber(String text, long max) {
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Long.parseLong(text) <= max;
    }

    private static boolean isAlphanumeric(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
