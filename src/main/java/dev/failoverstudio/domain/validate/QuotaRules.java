package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;

import java.util.List;
import java.util.Map;

/**
 * V8 quotas (DG:DNSLimitations.md): 400 values per record set; 100 record sets per name and type for weighted,
 * latency, geolocation, multivalue and IP-based groups (V21), 30 for geoproximity (V31); 10,000 record sets per
 * zone, which is only a default an account can raise, hence a warning.
 */
final class QuotaRules implements ZoneRule {

    static final int MAX_VALUES_PER_RECORD_SET = 400;
    static final int DEFAULT_MAX_RECORD_SETS_PER_ZONE = 10_000;
    static final int MAX_GROUP_SIZE = 100;
    static final int MAX_GEOPROXIMITY_GROUP_SIZE = 30;

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        int total = zone.recordSets().size();
        if (total > DEFAULT_MAX_RECORD_SETS_PER_ZONE) {
            out.add(Problem.warning("V8", null, "Zone " + zone.originText() + " holds " + total
                    + " record sets; the default quota is 10,000 per hosted zone (ask AWS to raise it)"));
        }
        for (RecordSet r : zone.recordSets()) {
            if (r.values().size() > MAX_VALUES_PER_RECORD_SET) {
                out.add(Problem.error("V8", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Record set " + r.describe()
                        + " has " + r.values().size() + " values; a record set holds at most 400"));
            }
        }
        for (Map.Entry<GroupKey, List<RecordSet>> group : zone.groups().entrySet()) {
            List<RecordSet> members = group.getValue();
            RoutingPolicy policy = members.get(0).policy();
            int limit = limitFor(policy);
            if (limit > 0 && members.size() > limit) {
                out.add(Problem.error("V8", ApiErrors.INVALID_CHANGE_BATCH, members.get(limit).key(),
                        "Group " + group.getKey().describe() + " has " + members.size() + " " + policy.label()
                                + " record sets; at most " + limit + " may share a name and type"));
            }
        }
    }

    private static int limitFor(RoutingPolicy policy) {
        return switch (policy) {
            case WEIGHTED, LATENCY, GEOLOCATION, MULTIVALUE, IP_BASED -> MAX_GROUP_SIZE;
            case GEOPROXIMITY -> MAX_GEOPROXIMITY_GROUP_SIZE;
            case SIMPLE, FAILOVER -> 0;
        };
    }
}
