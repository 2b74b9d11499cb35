package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.model.Design;

import java.util.List;

/** Computes {@link KeyFigures} from a run's series; see there for the definitions. */
final class Figures {

    private Figures() {
    }

    /** When the incident starts and when the world is back as it was, from the events alone. */
    record Incident(Double at, Double restoredAt) {
    }

    static Incident incident(Design design, Drill drill, DrillEndpoints endpoints) {
        ObservedWorld world = new ObservedWorld(design, endpoints, drill.events());
        Object initial = world.signature();
        Double incidentAt = null;
        Double restoredAt = null;
        List<DrillEvent> events = drill.events();
        for (int i = 0; i < events.size(); i++) {
            DrillEvent event = events.get(i);
            world.apply(event);
            if (incidentAt == null && takesSomethingDown(event)) {
                incidentAt = event.at();
            }
            boolean lastAtInstant = i + 1 == events.size() || events.get(i + 1).at() != event.at();
            if (incidentAt != null && restoredAt == null && lastAtInstant && event.at() > incidentAt
                    && ObservedWorld.sameSignature(initial, world.signature())) {
                restoredAt = event.at();
            }
        }
        return new Incident(incidentAt, restoredAt);
    }

    private static boolean takesSomethingDown(DrillEvent event) {
        if (event instanceof DrillEvent.HealthCheckObserved h) {
            return h.observed() != DrillEvent.Observed.UP;
        }
        if (event instanceof DrillEvent.EndpointState e) {
            return !e.up();
        }
        return event instanceof DrillEvent.RegionState r && !r.up();
    }

    static KeyFigures compute(Incident incident, HealthTimeline health, double[] times, double[] unhealthy,
                              double[] baseline) {
        Double at = incident.at();
        if (at == null) {
            return new KeyFigures(null, null, 0, null, null, null, null, null, null, null);
        }
        String baselineKey = health.statusKeys().get(health.statusIndexAt(Math.nextDown(at)));
        Double detectedAt = null;
        double[] starts = health.statusStarts();
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] >= at) {
                detectedAt = starts[i];
                break;
            }
        }
        Double restoredAt = incident.restoredAt();
        double end = restoredAt == null ? Double.POSITIVE_INFINITY : restoredAt;
        int first = firstSampleAtOrAfter(times, at);
        double affected = first < 0 ? 0 : unhealthy[first];
        Double moved50 = null;
        Double moved99 = null;
        Double full = null;
        if (affected > 0) {
            for (int k = first; k < times.length && times[k] < end; k++) {
                if (moved50 == null && unhealthy[k] <= 0.5 * affected) {
                    moved50 = times[k];
                }
                if (moved99 == null && unhealthy[k] <= 0.01 * affected) {
                    moved99 = times[k];
                }
                if (unhealthy[k] == 0) {
                    full = times[k];
                    break;
                }
            }
        }
        Double recoveryDetectedAt = null;
        Double back99 = null;
        Double fullyBack = null;
        if (restoredAt != null) {
            int index = health.statusIndexAt(restoredAt);
            if (health.statusKeys().get(index).equals(baselineKey)) {
                recoveryDetectedAt = restoredAt;
            } else {
                for (int i = index + 1; i < starts.length; i++) {
                    if (health.statusKeys().get(i).equals(baselineKey)) {
                        recoveryDetectedAt = starts[i];
                        break;
                    }
                }
            }
            if (recoveryDetectedAt != null) {
                int from = firstSampleAtOrAfter(times, recoveryDetectedAt);
                for (int k = Math.max(0, from); from >= 0 && k < times.length; k++) {
                    if (back99 == null && baseline[k] >= 0.99) {
                        back99 = times[k];
                    }
                    if (baseline[k] >= 1.0) {
                        fullyBack = times[k];
                        break;
                    }
                }
            }
        }
        return new KeyFigures(at, detectedAt, affected, moved50, moved99, full, restoredAt, recoveryDetectedAt,
                back99, fullyBack);
    }

    static int firstSampleAtOrAfter(double[] times, double t) {
        for (int k = 0; k < times.length; k++) {
            if (times[k] >= t - 1e-9) {
                return k;
            }
        }
        return -1;
    }
}
