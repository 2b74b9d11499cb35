package dev.failoverstudio.dns;

import dev.failoverstudio.domain.resolve.DnsRecord;
import dev.failoverstudio.domain.resolve.Resolution;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

import java.util.List;

/**
 * Renders a {@link Resolution} as a DNS response the way {@code dig} prints one: a header line with the rcode,
 * then the question, answer and authority sections, every record in presentation form with its TTL, as dnsjava
 * writes it. Values the engine returns are parsed by dnsjava ({@link Record#fromString}); a value dnsjava cannot
 * read (the validator reports such values) is shown as stored with a {@code ; not valid} note, so the pane never
 * hides what the design holds.
 *
 * <p>Stateless and thread-safe.
 */
public final class DigText {

    /** The response text, lines separated by {@code \n}. */
    public String render(Resolution resolution) {
        StringBuilder out = new StringBuilder();
        int answers = resolution.answers().size();
        int authority = resolution.authority().size();
        out.append(";; ->>HEADER<<- opcode: QUERY, status: ").append(resolution.rcode().name()).append('\n');
        out.append(";; flags: qr").append(resolution.nameserver() == null ? "" : " aa")
                .append("; QUERY: 1, ANSWER: ").append(answers).append(", AUTHORITY: ").append(authority)
                .append('\n');
        out.append('\n').append(";; QUESTION SECTION:\n");
        out.append(';').append(resolution.query().name().text()).append("\t\tIN\t")
                .append(resolution.query().type()).append('\n');
        if (answers > 0) {
            out.append('\n').append(";; ANSWER SECTION:\n");
            String type = resolution.answerType() == null ? resolution.query().type() : resolution.answerType();
            long ttl = resolution.ttl() == null ? 0 : resolution.ttl();
            for (String value : resolution.answers()) {
                out.append(line(resolution.query().name().text(), type, ttl, value)).append('\n');
            }
        }
        if (authority > 0) {
            out.append('\n').append(";; AUTHORITY SECTION:\n");
            for (DnsRecord record : resolution.authority()) {
                out.append(line(record.owner().text(), record.type(), record.ttl(), record.data())).append('\n');
            }
        }
        out.append('\n').append(";; SERVER: ")
                .append(resolution.nameserver() == null ? "(no zone answers)" : resolution.nameserver())
                .append('\n');
        out.append(";; MSG SIZE ~").append(resolution.wireSize()).append(" bytes, ")
                .append(resolution.protocol().name()).append('\n');
        return out.toString();
    }

    /** The answer records alone, one per line, as {@link #render} prints them. */
    public List<String> answerLines(Resolution resolution) {
        String type = resolution.answerType() == null ? resolution.query().type() : resolution.answerType();
        long ttl = resolution.ttl() == null ? 0 : resolution.ttl();
        return resolution.answers().stream()
                .map(value -> line(resolution.query().name().text(), type, ttl, value))
                .toList();
    }

    private static String line(String owner, String type, long ttl, String value) {
        int typeCode = Type.value(type);
        if (typeCode < 0) {
            return raw(owner, type, ttl, value, "unknown type");
        }
        try {
            Record record = Record.fromString(Name.fromString(owner, Name.root), typeCode, DClass.IN, ttl, value,
                    Name.root);
            return record.toString();
        } catch (TextParseException e) {
            return raw(owner, type, ttl, value, "not valid " + type + " data");
        } catch (java.io.IOException | RuntimeException e) {
            // dnsjava reports some malformed values unchecked (out-of-range numbers)
            return raw(owner, type, ttl, value, "not valid " + type + " data");
        }
    }

    private static String raw(String owner, String type, long ttl, String value, String why) {
        return owner + "\t" + ttl + "\tIN\t" + type + "\t" + value + "\t; " + why;
    }
}
