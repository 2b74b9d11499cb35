package dev.failoverstudio.dns;

import java.time.Instant;
import java.util.Objects;

/**
 * One answered query, as a query log shows it.
 *
 * @param time when the answer was sent
 * @param client the source address of the query (the resolver)
 * @param subnet the EDNS0 client subnet the query carried as {@code address/length}, or null
 * @param question the question as {@code name type}, e.g. {@code www.example.com. A}
 * @param rcode the response code, e.g. {@code NOERROR}, {@code NXDOMAIN}, {@code REFUSED}
 * @param answer the answer values separated by {@code ", "}, empty for none
 * @param rule the spec rule that decided the answer (the last record-set choice of the engine's trace, R34), or the
 *             protocol rule for a response the engine did not make (e.g. {@code RFC 1035} for FORMERR)
 * @param tcp whether the query came over TCP
 */
public record QueryEvent(Instant time, String client, String subnet, String question, String rcode, String answer,
                         String rule, boolean tcp) {

    public QueryEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(rcode, "rcode");
        Objects.requireNonNull(answer, "answer");
    }
}
