package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pastes copied cards and health checks into a zone, moved by {@code dx, dy}. Pasted things never collide
 * with what exists: every copied name gets a new name in the zone ({@code www} becomes {@code www-copy},
 * then {@code www-copy-2}; the apex becomes {@code copy.<apex>}), every set identifier a new one unique in the
 * zone ({@code eu-copy}), every health check a new ID. Aliases and health-check associations between copied
 * things follow the copies; those to things not copied keep pointing at the originals.
 */
public record PasteCommand(ClipboardContent content, String zoneId, double dx, double dy) implements EditCommand {

    public PasteCommand {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(zoneId, "zoneId");
    }

    @Override
    public String label() {
        return "Paste";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        return paste(before, content, zoneId, dx, dy);
    }

    static DesignDocument paste(DesignDocument before, ClipboardContent content, String zoneId, double dx,
                                double dy) {
        if (content.isEmpty()) {
            return before;
        }
        Design design = before.design();
        HostedZone zone = ZoneEdits.zone(design, zoneId);
        Map<NodeKey, Position> moved = new HashMap<>();

        Map<String, String> checkIds = new LinkedHashMap<>();
        Set<String> usedIds = new HashSet<>();
        design.healthChecks().forEach(h -> usedIds.add(h.id()));
        for (HealthCheck check : content.healthChecks()) {
            String id = NewRecordSets.uniqueHealthCheckId(usedIds);
            usedIds.add(id);
            checkIds.put(check.id(), id);
        }
        List<HealthCheck> checks = new ArrayList<>(design.healthChecks());
        for (HealthCheck check : content.healthChecks()) {
            HealthCheck copy = new HealthCheck(checkIds.get(check.id()), check.callerReference() == null ? null
                    : check.callerReference() + "-copy", remapChildren(check, checkIds), check.inverted(),
                    check.disabled(), check.version(), check.tags());
            checks.add(copy);
            place(content, moved, NodeKey.healthCheck(check.id()), NodeKey.healthCheck(copy.id()), dx, dy);
        }

        Map<DomainName, DomainName> names = newNames(zone, content);
        Set<String> usedSetIds = new HashSet<>();
        zone.recordSets().forEach(r -> {
            if (r.setIdentifier() != null) {
                usedSetIds.add(r.setIdentifier());
            }
        });
        List<RecordSet> pasted = new ArrayList<>();
        for (RecordSet r : content.recordSets()) {
            DomainName name = names.get(r.name());
            String setId = r.setIdentifier() == null ? null : uniqueSetId(r.setIdentifier(), usedSetIds);
            RecordSet copy = r.withName(name).withRouting(setId, r.routing());
            if (r.isAlias() && r.aliasTarget().hostedZoneId().equals(content.zoneId())) {
                DomainName target = names.getOrDefault(r.aliasTarget().dnsName(),
                        rebase(r.aliasTarget().dnsName(), content.origin(), zone.origin()));
                copy = copy.withAliasTarget(new AliasTarget(zone.id(), target,
                        r.aliasTarget().evaluateTargetHealth()));
            }
            if (r.healthCheckId() != null && checkIds.containsKey(r.healthCheckId())) {
                copy = copy.withHealthCheckId(checkIds.get(r.healthCheckId()));
            }
            pasted.add(copy);
            place(content, moved, NodeKey.group(content.zoneId(), r.groupKey()),
                    NodeKey.group(zone.id(), copy.groupKey()), dx, dy);
        }
        List<RecordSet> records = new ArrayList<>(zone.recordSets());
        records.addAll(pasted);
        HostedZone after = zone.withRecordSets(records);
        Design designAfter = design.withZone(after).withHealthChecks(checks);
        ZoneEdits.checkStructure(designAfter, zone, after, pasted, new ConnectionRules());
        Layout layout = before.layout().withAll(moved);
        return before.with(designAfter, layout);
    }

    private static void place(ClipboardContent content, Map<NodeKey, Position> moved, NodeKey original,
                              NodeKey copy, double dx, double dy) {
        Position p = content.positions().get(original);
        if (p != null) {
            moved.put(copy, p.plus(dx, dy));
        }
    }

    private static dev.failoverstudio.domain.model.HealthCheckConfig remapChildren(HealthCheck check,
                                                                                   Map<String, String> ids) {
        if (check.config() instanceof CalculatedCheck calculated) {
            return new CalculatedCheck(calculated.childHealthChecks().stream().map(id -> ids.getOrDefault(id, id))
                    .toList(), calculated.healthThreshold());
        }
        return check.config();
    }

    /** A new name, unused in the zone, for every name of the copied record sets. */
    private static Map<DomainName, DomainName> newNames(HostedZone zone, ClipboardContent content) {
        Set<DomainName> used = new HashSet<>();
        zone.recordSets().forEach(r -> used.add(r.name()));
        Map<DomainName, DomainName> names = new HashMap<>();
        for (RecordSet r : content.recordSets()) {
            if (names.containsKey(r.name())) {
                continue;
            }
            DomainName rebased = rebase(r.name(), content.origin(), zone.origin());
            DomainName fresh = null;
            for (int n = 1; fresh == null || used.contains(fresh); n++) {
                String suffix = n == 1 ? "copy" : "copy-" + n;
                fresh = rebased.equals(zone.origin()) || !rebased.isAtOrBelow(zone.origin())
                        ? DomainName.of(suffix + "." + zone.origin().text())
                        : DomainName.of(rebased.firstLabel() + "-" + suffix + "." + rebased.parent().text());
            }
            used.add(fresh);
            names.put(r.name(), fresh);
        }
        return names;
    }

    /** {@code name} moved from below {@code from} to below {@code to} (unchanged when the zones are the same). */
    private static DomainName rebase(DomainName name, DomainName from, DomainName to) {
        if (from == null || from.equals(to) || !name.isAtOrBelow(from)) {
            return name;
        }
        List<String> labels = name.labels();
        int keep = labels.size() - from.labelCount();
        DomainName result = to;
        for (int i = keep - 1; i >= 0; i--) {
            result = DomainName.of(labels.get(i) + "." + result.text());
        }
        return result;
    }

    private static String uniqueSetId(String base, Set<String> used) {
        String candidate = base + "-copy";
        for (int n = 2; used.contains(candidate); n++) {
            candidate = base + "-copy-" + n;
        }
        used.add(candidate);
        return candidate;
    }

}
