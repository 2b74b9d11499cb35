package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.List;
import java.util.Objects;

/**
 * The answer Route 53 gives to one query (C6, R185: the fields of {@code TestDNSAnswerResponse}, S8, plus the
 * TTL, the trace and the chosen path).
 *
 * @param answers the answer values exactly as stored in the chosen record sets or resource catalog (order is
 *                random, R29); empty for NXDOMAIN and NODATA
 * @param answerType the type of the answer records (the query type, or CNAME, R23); null without answers
 * @param ttl the TTL of the answer records (R180, R144), or for negative answers the negative-caching TTL
 *            (R181); null when there is nothing to cache (REFUSED, SERVFAIL, NOTIMP, a referral)
 * @param path the record sets chosen on the way, from the queried group to the one that supplied values,
 *             so the designer can light the path
 * @param query the question answered (S8 {@code RecordName}, {@code RecordType})
 * @param nameserver the Route 53 name server that answers for the zone (S8 {@code Nameserver}: the first
 *                   apex NS value, without the trailing dot); null when no zone answers (REFUSED, NOTIMP)
 * @param authority the authority section (R31): the zone's NS records with a positive answer, the SOA with
 *                  NXDOMAIN and NODATA, the delegation's NS records in a referral (R21); empty otherwise.
 *                  Informative: conformance is on the answer section and rcode
 * @param wireSize the estimated size of the whole response message in bytes (R30), with name compression
 *                 for owner names only; informative
 * @param protocol UDP, or TCP when the header, question and answer section exceed the UDP limit (512 bytes
 *                 without EDNS0, 4096 with it; R30). The authority section alone never forces TCP: a server
 *                 leaves it out rather than truncating (RFC 2181 §9)
 */
public record Resolution(Rcode rcode, List<String> answers, String answerType, Long ttl, List<TraceStep> trace,
                         List<RecordSetKey> path, Query query, String nameserver, List<DnsRecord> authority,
                         int wireSize, Protocol protocol) {

    public Resolution {
        Objects.requireNonNull(rcode, "rcode");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(protocol, "protocol");
        answers = List.copyOf(answers);
        trace = List.copyOf(trace);
        path = List.copyOf(path);
        authority = List.copyOf(authority);
    }

    /** The same response with its answer values in another order (R29); the wire size does not change. */
    public Resolution withAnswers(List<String> reordered) {
        return new Resolution(rcode, reordered, answerType, ttl, trace, path, query, nameserver, authority, wireSize,
                protocol);
    }

    /** NOERROR with an empty answer section (NODATA, R23/R26; a referral also looks like this in the test tool). */
    public boolean isNoData() {
        return rcode == Rcode.NOERROR && answers.isEmpty();
    }

    /** A referral to a delegated child (R21): no answer, the child's NS records in the authority section. */
    public boolean isReferral() {
        return isNoData() && !authority.isEmpty() && authority.get(0).type().equals("NS");
    }
}
