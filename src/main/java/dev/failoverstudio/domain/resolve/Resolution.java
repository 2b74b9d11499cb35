package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.List;

/**
 * The answer Route 53 gives to one query (C6, R185).
 *
 * @param answers the answer values exactly as stored in the chosen record sets or resource catalog (order is
 *                random, R29); empty for NXDOMAIN and NODATA
 * @param answerType the type of the answer records (the query type, or CNAME, R23); null without answers
 * @param ttl the TTL of the answer records (R180, R144), or for negative answers the negative-caching TTL
 *            (R181); null when there is nothing to cache (REFUSED, SERVFAIL, NOTIMP)
 * @param path the record sets chosen on the way, from the queried group to the one that supplied values,
 *             so the designer can light the path
 */
public record Resolution(Rcode rcode, List<String> answers, String answerType, Long ttl, List<TraceStep> trace,
                         List<RecordSetKey> path) {

    public Resolution {
        answers = List.copyOf(answers);
        trace = List.copyOf(trace);
        path = List.copyOf(path);
    }

    /** NOERROR with an empty answer section. */
    public boolean isNoData() {
        return rcode == Rcode.NOERROR && answers.isEmpty();
    }
}
