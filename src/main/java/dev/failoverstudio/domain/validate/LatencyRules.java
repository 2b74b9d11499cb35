package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.geo.AwsRegionInfo;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Latency routing (V24, R90): a Region from table M2 that accepts latency records, at most once per group. */
final class LatencyRules implements ZoneRule {

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            if (r.routing() instanceof LatencyRouting latency) {
                boolean known = zone.geo().region(latency.region()).map(AwsRegionInfo::latencyRecords).orElse(false);
                if (!known) {
                    out.add(Problem.error("V24", ApiErrors.INVALID_INPUT, r.key(), "Region '" + latency.region()
                            + "' of " + r.describe() + " is not an AWS Region that latency records can use"));
                }
            }
        }
        for (Map.Entry<GroupKey, List<RecordSet>> group : zone.groups().entrySet()) {
            Set<String> seen = new HashSet<>();
            for (RecordSet r : group.getValue()) {
                if (r.routing() instanceof LatencyRouting latency && !seen.add(latency.region())) {
                    out.add(Problem.error("V24", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Group "
                            + group.getKey().describe() + " already has a latency record set for Region "
                            + latency.region() + "; each Region may appear once per group"));
                }
            }
        }
    }
}
