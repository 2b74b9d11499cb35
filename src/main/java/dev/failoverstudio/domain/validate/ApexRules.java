package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;

import java.util.List;

/**
 * V9 (apex SOA/NS, A23): the only SOA record set is the simple one at the apex and holds exactly one value.
 * A missing SOA or NS is fine here: the engine synthesises defaults (R7). Deleting or creating them is a
 * change-batch matter ({@link ChangeBatchApplier}). Non-simple SOA/NS record sets are reported by V16.
 */
final class ApexRules implements ZoneRule {

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        int apexSoa = 0;
        for (RecordSet r : zone.recordSets()) {
            if (r.type() != RecordType.SOA) {
                continue;
            }
            if (!zone.isApex(r.name())) {
                out.add(Problem.error("V9", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "RRSet of type SOA with DNS name "
                        + r.name().text() + " is not permitted: the only SOA record is the one at the apex "
                        + zone.originText()));
                continue;
            }
            apexSoa++;
            if (apexSoa > 1) {
                out.add(Problem.error("V9", ApiErrors.INVALID_CHANGE_BATCH, r.key(),
                        "Zone " + zone.originText() + " has more than one SOA record set; exactly one is allowed"));
            }
            if (!r.isAlias() && r.values().size() > 1) {
                out.add(Problem.error("V9", ApiErrors.INVALID_CHANGE_BATCH, r.key(),
                        "The SOA record set of " + zone.originText() + " has " + r.values().size()
                                + " values; it holds exactly one"));
            }
        }
    }
}
