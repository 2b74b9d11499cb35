package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IP-based routing (R130–R137): the record set of the location whose block matches the client prefix
 * longest, then the default; first healthy, else the matched location's (R134, A20); no match and no default
 * means no answer (R135, A21).
 */
final class IpBasedSelector extends OrderedSelector {

    @Override
    public List<RecordSet> applicable(List<RecordSet> group, Evaluation eval, int depth) {
        ClientLocation client = eval.client();
        String collectionId = null;
        RecordSet fallback = null;
        Set<String> referenced = new HashSet<>();
        for (RecordSet rs : group) {
            if (!(rs.routing() instanceof IpBasedRouting ip)) {
                continue;
            }
            collectionId = collectionId == null ? ip.collectionId() : collectionId;
            if (ip.isDefault()) {
                fallback = fallback == null ? rs : fallback;
            } else {
                referenced.add(ip.locationName());
            }
        }
        CidrTable table = collectionId == null ? null : eval.cidrTable(collectionId);
        CidrTable.Match match = table == null ? null : table.longestMatch(client.prefix, referenced);
        RecordSet matched = null;
        if (match != null) {
            for (RecordSet rs : group) {
                if (rs.routing() instanceof IpBasedRouting ip && ip.locationName().equals(match.location())) {
                    matched = rs;
                    break;
                }
            }
        }
        List<RecordSet> chain = new ArrayList<>(2);
        if (matched != null) {
            chain.add(matched);
        }
        if (fallback != null) {
            chain.add(fallback);
        }
        if (eval.trace().on()) {
            String who = client.prefix == null ? "a client without address or subnet" : client.prefixDescription;
            String what = match == null ? "no block matches, so only the default applies"
                    : "matches location " + match.location() + " through block " + match.block();
            eval.trace().add(depth, "rank", null, who + ": " + what, match == null ? "R135" : "R133");
        }
        return chain;
    }

    @Override
    String lastResortRule() {
        return "R134";
    }

    @Override
    String rankingRule() {
        return "R134";
    }
}
