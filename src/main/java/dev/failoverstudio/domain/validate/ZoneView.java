package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A hosted zone indexed for validation: its groups (name + type, glossary) and the types present at each name,
 * both in order of first appearance, so every rule reports in a deterministic order.
 *
 * <p>Immutable once built; the design it belongs to supplies health checks, CIDR collections and the
 * resource catalog.
 */
final class ZoneView {

    private final Design design;
    private final HostedZone zone;
    private final GeoTables geo;
    private final Map<GroupKey, List<RecordSet>> groups = new LinkedHashMap<>();
    private final Map<DomainName, List<GroupKey>> groupsByName = new LinkedHashMap<>();
    private final Map<GroupKey, Integer> firstIndex = new LinkedHashMap<>();
    private final Set<GroupKey> evaluatedTargets = new HashSet<>();

    ZoneView(Design design, HostedZone zone, GeoTables geo) {
        this.design = design;
        this.zone = zone;
        this.geo = geo;
        List<RecordSet> records = zone.recordSets();
        for (int i = 0; i < records.size(); i++) {
            RecordSet r = records.get(i);
            GroupKey key = r.groupKey();
            if (!groups.containsKey(key)) {
                groups.put(key, new ArrayList<>());
                groupsByName.computeIfAbsent(key.name(), n -> new ArrayList<>()).add(key);
                firstIndex.put(key, i);
            }
            groups.get(key).add(r);
        }
        for (RecordSet r : records) {
            if (r.isAlias() && r.aliasTarget().evaluateTargetHealth()) {
                inZoneTargetOf(r).ifPresent(evaluatedTargets::add);
            }
        }
    }

    Design design() {
        return design;
    }

    HostedZone zone() {
        return zone;
    }

    GeoTables geo() {
        return geo;
    }

    List<RecordSet> recordSets() {
        return zone.recordSets();
    }

    /** Every group in order of first appearance. */
    Map<GroupKey, List<RecordSet>> groups() {
        return Collections.unmodifiableMap(groups);
    }

    /** The record sets of one group; empty when the group does not exist. */
    List<RecordSet> group(GroupKey key) {
        return groups.getOrDefault(key, List.of());
    }

    /** The groups at one name, in order of first appearance. */
    List<GroupKey> groupsAt(DomainName name) {
        return groupsByName.getOrDefault(name, List.of());
    }

    Map<DomainName, List<GroupKey>> groupsByName() {
        return Collections.unmodifiableMap(groupsByName);
    }

    /** Position of the group's first record set in the zone list (later means "added later"). */
    int firstIndexOf(GroupKey key) {
        return firstIndex.getOrDefault(key, Integer.MAX_VALUE);
    }

    boolean isApex(DomainName name) {
        return zone.origin().equals(name);
    }

    /** The origin as messages write it, e.g. {@code example.com.}. */
    String originText() {
        return zone.origin().text();
    }

    /** True when the alias targets a group of this very zone (R6). */
    boolean isInZone(AliasTarget target) {
        return zone.isInZone(target);
    }

    /** The group an in-zone alias record set points to (same type, R141), whether or not it exists. */
    Optional<GroupKey> inZoneTargetOf(RecordSet r) {
        if (!r.isAlias() || !isInZone(r.aliasTarget())) {
            return Optional.empty();
        }
        return Optional.of(new GroupKey(r.aliasTarget().dnsName(), r.type()));
    }

    /** True when the group exists and is the target of at least one in-zone alias with ETH = true. */
    boolean isTargetOfEvaluatingAlias(GroupKey key) {
        return evaluatedTargets.contains(key) && groups.containsKey(key);
    }
}
