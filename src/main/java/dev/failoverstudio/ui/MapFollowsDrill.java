package dev.failoverstudio.ui;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.ui.drill.vm.DrillMoment;
import dev.failoverstudio.ui.vm.resolver.WorldMapViewModel.MomentOverride;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * While the drills tab is shown, the world map's "answers everywhere" colours follow the drill's design and
 * health at its scrub time (the drill's record and weight changes up to then applied), as the canvas does
 * ({@link dev.failoverstudio.ui.drill.vm.DrillMomentHighlights}); otherwise the open design and the health panel's
 * own. The map is repainted only when the design version or the health at the scrub time changes, not at every
 * scrub step.
 */
final class MapFollowsDrill {

    /** What the map shows; the design is compared by identity, as a drill's design versions are shared. */
    private record Shown(Map<String, Boolean> checks, Set<String> downEndpoints, Design design) {
        boolean sameAs(Shown other) {
            return other != null && design == other.design && checks.equals(other.checks)
                    && downEndpoints.equals(other.downEndpoints);
        }
    }

    private final ObjectProperty<MomentOverride> override;
    private final ObservableValue<DrillMoment> moment;
    private final BooleanSupplier drillsShown;
    private Shown shown;

    /**
     * @param override    the map's override ({@code WorldMapViewModel.momentOverrideProperty()})
     * @param moment      the drill's state at its scrub time, null before a run
     * @param drillsShown whether the drills tab is the one shown; {@link #update()} is called when it changes
     */
    MapFollowsDrill(ObjectProperty<MomentOverride> override, ObservableValue<DrillMoment> moment,
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
        Shown now = new Shown(m.checkHealthy(), m.downEndpoints(), m.design());
        if (!now.sameAs(shown) || override.get() == null) {
            shown = now;
            override.set(new MomentOverride(m.design(), m.status()));
        }
    }
}
