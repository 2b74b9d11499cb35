package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Contents of non-alias record sets (V17, V18): a TTL of 0–2,147,483,647 and at least one value; each value at
 * most 4,000 characters, never twice in one record set, and well formed for its type; a CNAME holds exactly
 * one value. A record set created by a traffic policy instance (R12) may be listed with neither values nor an
 * alias; it is left alone.
 */
final class RecordValueRules implements ZoneRule {

    static final long MAX_TTL = 2_147_483_647L;
    static final int MAX_VALUE_LENGTH = 4000;

    private final RdataSyntax syntax = new RdataSyntax();

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            if (r.isAlias()) {
                continue;
            }
            if (r.trafficPolicyInstanceId() != null && r.values().isEmpty() && r.ttl() == null) {
                continue;
            }
            checkTtl(r, out);
            checkValues(r, out);
        }
    }

    private static void checkTtl(RecordSet r, List<Problem> out) {
        if (r.ttl() == null) {
            out.add(Problem.error("V17", ApiErrors.INVALID_INPUT, r.key(), "Record set " + r.describe()
                    + " has values but no TTL; a non-alias record set needs a TTL"));
        } else if (r.ttl() < 0 || r.ttl() > MAX_TTL) {
            out.add(Problem.error("V17", ApiErrors.INVALID_INPUT, r.key(), "TTL " + r.ttl() + " of " + r.describe()
                    + " is outside 0 to 2147483647 seconds"));
        }
    }

    private void checkValues(RecordSet r, List<Problem> out) {
        if (r.values().isEmpty()) {
            out.add(Problem.error("V17", ApiErrors.INVALID_INPUT, r.key(), "Record set " + r.describe()
                    + " has no values; give at least one value or an alias target"));
            return;
        }
        if (r.type() == RecordType.CNAME && r.values().size() > 1) {
            out.add(Problem.error("V18", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "RRSet of type CNAME with DNS name "
                    + r.name().text() + " has " + r.values().size() + " values; a CNAME holds exactly one value"));
        }
        Set<String> seen = new HashSet<>();
        for (String value : r.values()) {
            if (value.length() > MAX_VALUE_LENGTH) {
                out.add(Problem.error("V17", ApiErrors.INVALID_INPUT, r.key(), "A value of " + r.describe() + " is "
                        + value.length() + " characters long; a value is at most 4000 characters"));
                continue;
            }
            if (!seen.add(value.strip())) {
                out.add(Problem.error("V17", ApiErrors.INVALID_CHANGE_BATCH, r.key(),
                        "Duplicate Resource Record: '" + value + "' appears twice in " + r.describe()));
                continue;
            }
            Optional<String> failure = syntax.check(r.type(), value);
            failure.ifPresent(message -> out.add(Problem.error("V18", ApiErrors.INVALID_CHANGE_BATCH, r.key(),
                    message)));
        }
    }
}
