package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.net.IpPrefix;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Estimates the wire size of a response and the transport it needs (R30). The estimate compresses owner
 * names (they repeat the question name or one of its ancestors, so a 2-byte pointer) and nothing else; RDATA
 * is sized from the value's presentation form per type.
 */
final class WireSize {

    static final int UDP_LIMIT = 512;
    static final int EDNS0_UDP_LIMIT = 4096;

    private static final int HEADER = 12;
    /** Owner pointer (2) + type (2) + class (2) + TTL (4) + RDLENGTH (2). */
    private static final int RR_FIXED = 12;
    /** The OPT pseudo-record: root owner (1), type (2), payload size (2), extended rcode/flags (4), RDLENGTH (2). */
    private static final int OPT_RR = 11;

    private WireSize() {
    }

    /** The estimate for one response. */
    record Estimate(int bytes, Protocol protocol) {
    }

    /**
     * @param ecs the client subnet the query carried, or null; a query with ECS necessarily advertised EDNS0,
     *            and the response echoes the option. Without it EDNS0 is not known, so the classic 512-byte
     *            limit applies (the conservative case).
     */
    static Estimate estimate(Query query, String answerType, List<String> answers, List<DnsRecord> authority,
                             IpPrefix ecs) {
        return estimate(query, answerType, answers, sectionLength(authority), ecs);
    }

    /** The same, with the authority section's size already known (the zone's sections are sized once). */
    static Estimate estimate(Query query, String answerType, List<String> answers, int authorityBytes,
                             IpPrefix ecs) {
        int required = HEADER + query.name().wireLength() + 4;
        for (String value : answers) {
            required += RR_FIXED + rdataLength(answerType, value);
        }
        if (ecs != null) {
            // option code (2) + length (2) + family (2) + source and scope prefix (2) + the address bytes
            required += OPT_RR + 8 + (ecs.length() + 7) / 8;
        }
        int total = required + authorityBytes;
        int limit = ecs == null ? UDP_LIMIT : EDNS0_UDP_LIMIT;
        return new Estimate(total, required > limit ? Protocol.TCP : Protocol.UDP);
    }

    /** The size of a section's records (owner names compressed). */
    static int sectionLength(List<DnsRecord> records) {
        int total = 0;
        for (DnsRecord rr : records) {
            total += RR_FIXED + rdataLength(rr.type(), rr.data());
        }
        return total;
    }

    static int rdataLength(String type, String value) {
        String t = type == null ? "" : type;
        if (t.equals("A")) {
            return 4;
        }
        if (t.equals("AAAA")) {
            return 16;
        }
        String v = value.strip();
        if (t.equals("CNAME") || t.equals("NS") || t.equals("PTR")) {
            return nameLength(v);
        }
        String[] fields = v.split("\\s+");
        return switch (t) {
            case "MX" -> 2 + nameLength(fields[fields.length - 1]);
            case "SRV" -> 6 + nameLength(fields[fields.length - 1]);
            case "SOA" -> fields.length >= 2 ? nameLength(fields[0]) + nameLength(fields[1]) + 20 : bytes(v);
            case "TXT", "SPF" -> characterStrings(v);
            case "CAA" -> fields.length >= 3 ? 2 + bytes(fields[1]) + bytes(unquote(v.substring(
                    v.indexOf(fields[1]) + fields[1].length()).strip())) : bytes(v);
            default -> bytes(v);
        };
    }

    /** Wire length of a domain name written in presentation form; a malformed name is sized by its text. */
    static int nameLength(String name) {
        try {
            return DomainName.of(name).wireLength();
        } catch (IllegalArgumentException e) {
            return bytes(name) + 2;
        }
    }

    /** TXT RDATA: each quoted string (or unquoted word) is a length byte plus its bytes, split every 255. */
    static int characterStrings(String value) {
        int total = 0;
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int length = 0;
            if (c == '"') {
                i++;
                while (i < n && value.charAt(i) != '"') {
                    i += value.charAt(i) == '\\' ? escapeWidth(value, i) : 1;
                    length++;
                }
                i++; // closing quote
            } else {
                while (i < n && !Character.isWhitespace(value.charAt(i))) {
                    i += value.charAt(i) == '\\' ? escapeWidth(value, i) : 1;
                    length++;
                }
            }
            total += length + Math.max(1, (length + 254) / 255);
        }
        return Math.max(total, 1);
    }

    private static int escapeWidth(String s, int backslash) {
        if (backslash + 3 < s.length() && Character.isDigit(s.charAt(backslash + 1))) {
            return 4;
        }
        return 2;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
