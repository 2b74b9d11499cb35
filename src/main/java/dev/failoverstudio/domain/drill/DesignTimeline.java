package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.WeightedRouting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The design as the drill's design-changing events (Disabled/Inverted switches, weights, record sets) leave
 * it over time. Changes apply atomically at their instant (R184: the simulator reports INSYNC at once).
 *
 * <p>Invariants: {@code starts[0] == 0}; starts ascend strictly; {@code designs.get(i)} holds from
 * {@code starts[i]} until the next start. An event that names a record set or health check the design does not
 * have is a problem the drill reader reports; here it leaves the design as it was.
 */
public final class DesignTimeline {

    private final double[] starts;
    private final List<Design> designs;

    private DesignTimeline(double[] starts, List<Design> designs) {
        this.starts = starts;
        this.designs = List.copyOf(designs);
    }

    public static DesignTimeline of(Design initial, List<DrillEvent> events) {
        List<Double> starts = new ArrayList<>(List.of(0.0));
        List<Design> designs = new ArrayList<>(List.of(initial));
        for (DrillEvent event : events) {
            if (event.changesObservations()) {
                continue;
            }
            Design current = designs.get(designs.size() - 1);
            Design next = apply(current, event);
            if (next.equals(current)) {
                continue;
            }
            if (starts.get(starts.size() - 1) == event.at()) {
                designs.set(designs.size() - 1, next);
            } else {
                starts.add(event.at());
                designs.add(next);
            }
        }
        return new DesignTimeline(starts.stream().mapToDouble(Double::doubleValue).toArray(), designs);
    }

    public int size() {
        return designs.size();
    }

    public double start(int version) {
        return starts[version];
    }

    public Design design(int version) {
        return designs.get(version);
    }

    /**
     * The design in force at {@code time} seconds into the drill: the design the simulator resolves with at that
     * instant (a change at t is in force at t, R184 as the simulator models it). Before 0 it is the initial design.
     */
    public Design designAt(double time) {
        return designs.get(versionAt(time));
    }

    /** The version in force at {@code time} (a change at t is in force at t). */
    public int versionAt(double time) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= time) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    static Design apply(Design design, DrillEvent event) {
        if (event instanceof DrillEvent.HealthCheckSwitch s) {
            List<HealthCheck> checks = new ArrayList<>();
            for (HealthCheck check : design.healthChecks()) {
                HealthCheck changed = check;
                if (check.id().equals(s.healthCheckId())) {
                    if (s.disabled() != null) {
                        changed = changed.withDisabled(s.disabled());
                    }
                    if (s.inverted() != null) {
                        changed = changed.withInverted(s.inverted());
                    }
                }
                checks.add(changed);
            }
            return design.withHealthChecks(checks);
        }
        if (event instanceof DrillEvent.SetWeight w) {
            return mapRecordSets(design, w.recordSet(), rs -> rs.routing() instanceof WeightedRouting
                    ? rs.withRouting(rs.setIdentifier(), new WeightedRouting(w.weight())) : rs);
        }
        if (event instanceof DrillEvent.UpsertRecordSet u) {
            return upsert(design, u.recordSet());
        }
        if (event instanceof DrillEvent.DeleteRecordSet d) {
            return mapRecordSets(design, d.recordSet(), rs -> null);
        }
        return design;
    }

    private static Design mapRecordSets(Design design, RecordSetKey key,
                                        UnaryOperator<RecordSet> change) {
        Design result = design;
        for (HostedZone zone : design.zones()) {
            List<RecordSet> sets = new ArrayList<>();
            boolean touched = false;
            for (RecordSet rs : zone.recordSets()) {
                if (rs.key().equals(key)) {
                    touched = true;
                    RecordSet changed = change.apply(rs);
                    if (changed != null) {
                        sets.add(changed);
                    }
                } else {
                    sets.add(rs);
                }
            }
            if (touched) {
                result = result.withZone(zone.withRecordSets(sets));
            }
        }
        return result;
    }

    private static Design upsert(Design design, RecordSet recordSet) {
        HostedZone zone = design.zoneFor(recordSet.name()).orElse(null);
        if (zone == null) {
            return design;
        }
        List<RecordSet> sets = new ArrayList<>();
        boolean replaced = false;
        for (RecordSet rs : zone.recordSets()) {
            if (rs.key().equals(recordSet.key())) {
                sets.add(recordSet);
                replaced = true;
            } else {
                sets.add(rs);
            }
        }
        if (!replaced) {
            sets.add(recordSet);
        }
        return design.withZone(zone.withRecordSets(sets));
    }
}
