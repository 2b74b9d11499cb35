package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.RoutingPolicy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Multivalue answer routing (V30, V37, R120): never an alias; any type except NS, CNAME, SOA and DS. A health
 * check is optional.
 */
final class MultivalueRules implements ZoneRule {

    static final Set<RecordType> MULTIVALUE_TYPES = Set.copyOf(EnumSet.complementOf(
            EnumSet.of(RecordType.NS, RecordType.CNAME, RecordType.SOA, RecordType.DS)));

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            if (r.policy() != RoutingPolicy.MULTIVALUE) {
                continue;
            }
            if (r.isAlias()) {
                out.add(Problem.error("V37", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Multivalue answer record set "
                        + r.describe() + " cannot be an alias; give it values instead"));
            }
            if (!MULTIVALUE_TYPES.contains(r.type())) {
                out.add(Problem.error("V30", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Record type " + r.type()
                        + " cannot use multivalue answer routing; NS, CNAME, SOA and DS are not allowed"));
            }
        }
    }
}
