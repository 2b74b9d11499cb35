package dev.failoverstudio.ui;

import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.ui.drill.vm.DrillMoment;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * While the drills tab is shown, the world map's "answers everywhere" colours follow the health at the drill's
 * scrub time, as the canvas does ({@link CanvasHighlightsFrom#drill}); otherwise the health panel's own. The map
 * is repainted only when the health at the scrub time changes, not at every scrub step.
 */
final class MapFollowsDrill {

    private record Shown(Map<String, Boolean> checks, Set<String> downEndpoints) {
    }

    private final ObjectProperty<HealthStatus> override;
    private final ObservableValue<DrillMoment> moment;
    private final BooleanSupplier drillsShown;
    private Shown shown;

    /**
     * @param override    the map's health override ({@code WorldMapViewModel.healthOverrideProperty()})
     * @param moment      the drill's state at its scrub time, null before a run
     * @param drillsShown whether the drills tab is the one shown; {@link #update()} is called when it changes
     */
    MapFollowsDrill(ObjectProperty<HealthStatus> override, ObservableValue<DrillMoment> moment,
                    BooleanSupplier drillsShown) {
        this.override = Objects.requireNonNull(override, "override");
        this.moment = Objects.requireNonNull(moment, "moment");
        this.drillsShown = Objects.requireNonNull(drillsShown, "drillsShown");
        moment.addListener((obs, a, b) -> update());
        update();
    }

    /** Sets or clears the map's override after the moment or the shown tab changed. */
    void update() {
        DrillMoment m = drillsShown.getAsBoolean() ? moment.getValue() : null;
        if (m == null) {
            shown = null;
            override.set(null);
            return;
        }
        Shown now = new Shown(m.checkHealthy(), m.downEndpoints());
        if (!now.equals(shown) || override.get() == null) {
            shown = now;
            override.set(m.status());
        }
    }
}
