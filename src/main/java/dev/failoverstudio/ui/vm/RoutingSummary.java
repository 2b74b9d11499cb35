package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.WeightedRouting;

/** The short texts a member row shows: what its routing says and what it answers. */
final class RoutingSummary {

    private RoutingSummary() {
    }

    static String routing(Routing routing) {
        if (routing instanceof WeightedRouting w) {
            return "weight " + w.weight();
        } else if (routing instanceof FailoverRouting f) {
            return f.role().name();
        } else if (routing instanceof LatencyRouting l) {
            return l.region();
        } else if (routing instanceof GeolocationRouting g) {
            return g.location().describe();
        } else if (routing instanceof GeoproximityRouting g) {
            String where = g.location().awsRegion() != null ? g.location().awsRegion()
                    : g.location().localZoneGroup() != null ? g.location().localZoneGroup()
                    : g.location().latitude() + ", " + g.location().longitude();
            long bias = g.location().effectiveBias();
            return bias == 0 ? where : where + " bias " + (bias > 0 ? "+" : "") + bias;
        } else if (routing instanceof IpBasedRouting ip) {
            return "CIDR " + ip.locationName();
        }
        return routing.policy().label();
    }

    static String answer(RecordSet rs) {
        if (rs.aliasTarget() != null) {
            return "→ " + rs.aliasTarget().dnsName().text()
                    + (rs.aliasTarget().evaluateTargetHealth() ? "  (evaluate health)" : "");
        }
        if (rs.values().isEmpty()) {
            return "(no values)";
        }
        String first = rs.values().get(0);
        return rs.values().size() == 1 ? first : first + "  +" + (rs.values().size() - 1) + " more";
    }
}
