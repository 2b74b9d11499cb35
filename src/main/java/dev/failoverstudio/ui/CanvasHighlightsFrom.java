package dev.failoverstudio.ui;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.ui.drill.vm.DrillMoment;
import dev.failoverstudio.ui.resolver.LivePanels;
import dev.failoverstudio.ui.vm.CanvasHighlights;
import dev.failoverstudio.ui.vm.health.EffectiveHealth;
import dev.failoverstudio.ui.vm.health.RecordHealth;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the live panels' effective health and answer path, or a drill's moment while the drills tab is shown,
 * into what the canvas lights.
 */
final class CanvasHighlightsFrom {

    private CanvasHighlightsFrom() {
    }

    /**
     * The drill's scrub time: the answer's path and the effective health there ({@link DrillMomentHighlights}),
     * the health-check statuses then, the record sets whose own check has failed by then in the drill's design at
     * that time (R40: unhealthy for every client), and the record sets of the shown design that the drill has
     * deleted by then. The cards stay the shown (user's) design.
     *
     * @param path   the record sets on the resolver pane's answer path at that time; empty for none
     * @param health effective health at that time for the resolver pane's client; {@link EffectiveHealth#NONE}
     */
    static CanvasHighlights drill(DrillMoment moment, Design shown, List<RecordSetKey> path, EffectiveHealth health) {
        Map<RecordSetKey, Boolean> records = new HashMap<>();
        Set<RecordSetKey> present = new HashSet<>();
        for (HostedZone zone : moment.design().zones()) {
            for (RecordSet rs : zone.recordSets()) {
                present.add(rs.key());
                if (Boolean.FALSE.equals(moment.checkHealthy().get(rs.healthCheckId()))) {
                    records.put(rs.key(), true);
                }
            }
        }
        health.recordSets().forEach((k, v) -> records.merge(k, v.state() == RecordHealth.State.UNHEALTHY,
                Boolean::logicalOr));
        Map<GroupKey, Boolean> groups = new HashMap<>();
        health.groups().forEach((k, v) -> groups.put(k, v.state() == RecordHealth.State.UNHEALTHY));
        Set<RecordSetKey> absent = new HashSet<>();
        for (HostedZone zone : shown.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                if (!present.contains(rs.key())) {
                    absent.add(rs.key());
                }
            }
        }
        return CanvasHighlights.atDrillMoment(path, records, groups, moment.checkHealthy(), absent);
    }

    static CanvasHighlights live(LivePanels live) {
        EffectiveHealth health = live.effectiveHealthProperty().get();
        if (health == null) {
            return CanvasHighlights.of(live.litPath(), Map.of(), Map.of());
        }
        Map<RecordSetKey, Boolean> records = new HashMap<>();
        health.recordSets().forEach((k, v) -> records.put(k, v.state() == RecordHealth.State.UNHEALTHY));
        Map<GroupKey, Boolean> groups = new HashMap<>();
        health.groups().forEach((k, v) -> groups.put(k, v.state() == RecordHealth.State.UNHEALTHY));
        return CanvasHighlights.of(live.litPath(), records, groups);
    }
}
