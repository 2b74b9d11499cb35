package dev.failoverstudio.ui;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.ui.resolver.LivePanels;
import dev.failoverstudio.ui.vm.CanvasHighlights;
import dev.failoverstudio.ui.vm.health.EffectiveHealth;
import dev.failoverstudio.ui.vm.health.RecordHealth;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns the live panels' effective health and answer path into what the canvas lights (a drill's moment while the
 * drills tab is shown: {@link dev.failoverstudio.ui.drill.vm.DrillMomentHighlights}).
 */
final class CanvasHighlightsFrom {

    private CanvasHighlightsFrom() {
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
