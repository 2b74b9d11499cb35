package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.DomainName;

import java.util.Objects;

/**
 * One resource record of a response section other than the answer (R31): the zone's NS records after a
 * positive answer, the SOA after NXDOMAIN or NODATA, the delegation's NS records in a referral (R21).
 *
 * @param type the record type as it appears on the wire ({@code NS}, {@code SOA})
 * @param data the RDATA in presentation form, as stored in the record set
 */
public record DnsRecord(DomainName owner, String type, long ttl, String data) {

    public DnsRecord {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public String toString() {
        return owner.text() + " " + ttl + " " + type + " " + data;
    }
}
