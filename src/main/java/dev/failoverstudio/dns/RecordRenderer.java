package dev.failoverstudio.dns;

import dev.failoverstudio.domain.resolve.DnsRecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the engine's presentation-form values (exactly as stored in the record sets, e.g. {@code 192.0.2.1},
 * {@code 10 mail.example.com.}, {@code "v=spf1 -all"}) into dnsjava records, parsed by dnsjava itself. Parsed
 * records are remembered, because a served design repeats a small set of values; the memory is bounded and
 * starts over when full (a wildcard zone can meet unboundedly many owner names).
 */
final class RecordRenderer {

    static final int MAX_REMEMBERED = 50_000;

    private final ConcurrentHashMap<Key, Record> remembered = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<DnsRecord, Record> sections = new ConcurrentHashMap<>();

    /**
     * @throws IOException when the value is not valid presentation form for {@code type} (the validator reports
     *                     such values; the server answers SERVFAIL rather than something else)
     */
    Record record(Name owner, int type, long ttl, String value) throws IOException {
        Key key = new Key(owner, type, ttl, value);
        Record record = remembered.get(key);
        if (record != null) {
            return record;
        }
        try {
            record = Record.fromString(owner, type, DClass.IN, ttl, value, Name.root);
        } catch (RuntimeException e) {
            // dnsjava signals some malformed values unchecked (e.g. an out-of-range TTL or number)
            throw new TextParseException("cannot read " + Type.string(type) + " value '" + value + "': " + e);
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key, record);
        return record;
    }

    /**
     * An authority-section record (the zone's NS or SOA, a delegation's NS, R21/R31) as dnsjava's record; the
     * engine hands out the same few per zone, so they are parsed once.
     */
    Record section(DnsRecord rr) throws IOException {
        Record record = sections.get(rr);
        if (record != null) {
            return record;
        }
        record = record(Name.fromString(rr.owner().text()), Type.value(rr.type()), rr.ttl(), rr.data());
        if (sections.size() >= MAX_REMEMBERED) {
            sections.clear();
        }
        sections.put(rr, record);
        return record;
    }

    /** dnsjava's {@link Name#equals} ignores case; the owner's spelling is kept from the first query seen. */
    private record Key(Name owner, int type, long ttl, String value) {
        Key {
            Objects.requireNonNull(owner);
            Objects.requireNonNull(value);
        }
    }
}
