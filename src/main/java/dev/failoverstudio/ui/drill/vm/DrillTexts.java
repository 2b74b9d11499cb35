package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.drill.DrillAssertion;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.PopulationLocation;

import java.util.Set;

/** Timeline events and assertions in words, for lists. */
public final class DrillTexts {

    private DrillTexts() {
    }

    public static String describe(DrillEvent event) {
        String at = "t=" + Numbers.format(event.at()) + " s  ";
        if (event instanceof DrillEvent.EndpointState e) {
            return at + "endpoint " + e.endpoint() + " " + (e.up() ? "up" : "down")
                    + (e.timesOut() ? " (timeout)" : "") + regions(e.checkerRegions());
        } else if (event instanceof DrillEvent.RegionState r) {
            return at + "Region " + r.region() + " " + (r.up() ? "up" : "down") + (r.timesOut() ? " (timeout)" : "");
        } else if (event instanceof DrillEvent.HealthCheckObserved h) {
            return at + "health check " + h.healthCheckId() + " observed " + switch (h.observed()) {
                case UP -> "up";
                case DOWN -> "down";
                case INSUFFICIENT_DATA -> "insufficient data";
            } + regions(h.checkerRegions());
        } else if (event instanceof DrillEvent.HealthCheckSwitch s) {
            return at + "health check " + s.healthCheckId()
                    + (s.disabled() == null ? "" : s.disabled() ? " Disabled" : " enabled")
                    + (s.inverted() == null ? "" : s.inverted() ? " Inverted" : " not inverted");
        } else if (event instanceof DrillEvent.SetWeight w) {
            return at + "weight of " + w.recordSet().describe() + " := " + w.weight();
        } else if (event instanceof DrillEvent.UpsertRecordSet u) {
            return at + "upsert " + u.recordSet().key().describe();
        } else if (event instanceof DrillEvent.DeleteRecordSet d) {
            return at + "delete " + d.recordSet().describe();
        }
        return at + event;
    }

    /** "Frankfurt (EU): 50.00 %  DE eu-central-1": a population location whose share is in percent. */
    public static String describe(PopulationLocation l) {
        java.util.List<String> where = new java.util.ArrayList<>();
        for (String part : new String[] {l.client().continent(), l.client().country(), l.client().subdivision(),
                l.client().region()}) {
            if (part != null) {
                where.add(part);
            }
        }
        return l.name() + " (" + l.group() + "): " + String.format(java.util.Locale.ROOT, "%.2f", l.share())
                + " %  " + String.join(" ", where);
    }

    public static String describe(DrillAssertion assertion) {
        if (assertion instanceof DrillAssertion.Figure f) {
            return f.figure().jsonName() + bounds(f.atLeast(), f.atMost(), " s", 1);
        }
        DrillAssertion.Share s = (DrillAssertion.Share) assertion;
        String window = s.from() == s.to() ? "at t=" + Numbers.format(s.from()) + " s"
                : "from t=" + Numbers.format(s.from()) + " to " + Numbers.format(s.to()) + " s";
        return window + ": " + s.clients().describe() + " that " + s.target().describe()
                + bounds(s.atLeast(), s.atMost(), " %", 100);
    }

    private static String bounds(Double atLeast, Double atMost, String unit, double scale) {
        StringBuilder sb = new StringBuilder();
        if (atLeast != null) {
            sb.append(" ≥ ").append(Numbers.format(atLeast * scale)).append(unit);
        }
        if (atMost != null) {
            sb.append(" ≤ ").append(Numbers.format(atMost * scale)).append(unit);
        }
        return sb.toString();
    }

    private static String regions(Set<String> regions) {
        return regions.isEmpty() ? "" : " seen from " + String.join(", ", regions.stream().sorted().toList());
    }
}
