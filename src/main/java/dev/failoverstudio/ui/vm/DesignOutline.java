package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.WeightedRouting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a hosted zone into outline lines: one per group, with a line per record set below it. */
final class DesignOutline {

    private DesignOutline() {
    }

    static OutlineNode zone(HostedZone zone) {
        Map<GroupKey, List<RecordSet>> groups = new LinkedHashMap<>();
        for (RecordSet rs : zone.recordSets()) {
            groups.computeIfAbsent(rs.groupKey(), k -> new ArrayList<>()).add(rs);
        }
        List<OutlineNode> groupNodes = new ArrayList<>();
        groups.forEach((key, members) -> {
            List<OutlineNode> rows = new ArrayList<>();
            for (RecordSet rs : members) {
                rows.add(new OutlineNode(recordSet(rs), rs.isAlias() ? "alias" : "record-set", List.of()));
            }
            String text = key.name().text() + "  " + key.type() + "  · " + members.get(0).policy().label()
                    + (members.size() > 1 ? " (" + members.size() + " record sets)" : "");
            groupNodes.add(new OutlineNode(text, "group", rows));
        });
        return new OutlineNode(zone.origin().text() + "  (" + zone.id() + ", " + groups.size() + " groups)", "zone",
                groupNodes);
    }

    private static String recordSet(RecordSet rs) {
        StringBuilder sb = new StringBuilder();
        if (rs.setIdentifier() != null) {
            sb.append('[').append(rs.setIdentifier()).append("] ");
        }
        String routing = routing(rs.routing());
        if (!routing.isEmpty()) {
            sb.append(routing).append("  ");
        }
        AliasTarget target = rs.aliasTarget();
        if (target != null) {
            sb.append("alias → ").append(target.dnsName().text())
                    .append(target.evaluateTargetHealth() ? " (evaluate target health)" : "");
        } else {
            sb.append(String.join(", ", rs.values())).append("  TTL ").append(rs.ttl());
        }
        if (rs.healthCheckId() != null) {
            sb.append("  ♥ ").append(rs.healthCheckId());
        }
        return sb.toString();
    }

    private static String routing(Routing routing) {
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
            return where + " bias " + g.location().effectiveBias();
        } else if (routing instanceof IpBasedRouting ip) {
            return "CIDR " + ip.locationName();
        }
        return "";
    }
}
