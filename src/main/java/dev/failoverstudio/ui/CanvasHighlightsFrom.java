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
     * The health-check statuses at the drill's scrub time, the record sets they make unhealthy in the drill's
     * design at that time, and the record sets of the shown design that the drill has deleted by then. The cards
     * stay the shown (user's) design.
     */
    static CanvasHighlights drill(DrillMoment moment, Design shown) {
        Map<RecordSetKey, String> checked = new HashMap<>();
        Set<RecordSetKey> present = new HashSet<>();
        for (HostedZone zone : moment.design().zones()) {
            for (RecordSet rs : zone.recordSets()) {
                present.add(rs.key());
                if (rs.healthCheckId() != null) {
                    checked.put(rs.key(), rs.healthCheckId());
                }
            }
        }
        Set<RecordSetKey> absent = new HashSet<>();
        for (HostedZone zone : shown.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                if (!present.contains(rs.key())) {
                    absent.add(rs.key());
                }
            }
        }
        return CanvasHighlights.atDrillMoment(moment.checkHealthy(), checked, absent);
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
