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
import java.util.Map;

/**
 * Turns the live panels' effective health and answer path, or a drill's moment while the drills tab is shown,
 * into what the canvas lights.
 */
final class CanvasHighlightsFrom {

    private CanvasHighlightsFrom() {
    }

    /** The health-check statuses at the drill's scrub time, and the record sets they make unhealthy. */
    static CanvasHighlights drill(DrillMoment moment, Design design) {
        Map<RecordSetKey, String> checked = new HashMap<>();
        for (HostedZone zone : design.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                if (rs.healthCheckId() != null) {
                    checked.put(rs.key(), rs.healthCheckId());
                }
            }
        }
        return CanvasHighlights.atDrillMoment(moment.checkHealthy(), checked);
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
