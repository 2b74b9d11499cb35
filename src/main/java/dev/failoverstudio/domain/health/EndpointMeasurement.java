package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthObservation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures an endpoint check from its raw observation by the 18 % rule (HC9, HC19, C5).
 *
 * <p>Only the check's own Regions count (HC10); entries for other Regions are ignored. A Region of the check
 * that is missing from a per-Region observation "reports nothing" (C5): it is left out of both the numerator
 * and the denominator, so the share is taken over the Regions that did report. When none reported, the
 * check has no data yet (HC16).
 */
final class EndpointMeasurement {

    private EndpointMeasurement() {
    }

    static Measurement measure(EndpointCheck check, HealthObservation observation) {
        List<String> regions = CheckerRegions.forCheck(check);
        if (observation == null) {
            return Measurement.noData("no observation yet");
        }
        if (observation instanceof HealthObservation.Uniform uniform) {
            int healthy = uniform.passing() ? regions.size() : 0;
            return shareOf(healthy, regions.size(), List.of());
        }
        if (observation instanceof HealthObservation.PerRegion perRegion) {
            return measurePerRegion(regions, perRegion.checkerRegions());
        }
        // INSUFFICIENT_DATA is a CloudWatch notion (HC14); for an endpoint it carries no opinion.
        return Measurement.noData("INSUFFICIENT_DATA does not apply to an endpoint check, so no data yet");
    }

    private static Measurement measurePerRegion(List<String> regions, Map<String, Boolean> opinions) {
        int healthy = 0;
        int reporting = 0;
        List<String> silent = new ArrayList<>();
        for (String region : regions) {
            Boolean opinion = opinions.get(region);
            if (opinion == null) {
                silent.add(region);
            } else {
                reporting++;
                if (opinion) {
                    healthy++;
                }
            }
        }
        if (reporting == 0) {
            return Measurement.noData("none of its " + regions.size() + " checker Regions has reported yet");
        }
        return shareOf(healthy, reporting, silent);
    }

    private static Measurement shareOf(int healthy, int reporting, List<String> silent) {
        if (reporting == 0) {
            // A check with an empty Region list cannot exist (defaults apply), but stay total.
            return Measurement.noData("the check has no checker Regions");
        }
        String who = silent.isEmpty() ? " checker Regions" : " reporting checker Regions";
        String verb = healthy == 1 ? " sees" : " see";
        String reason = healthy + " of " + reporting + who + verb + " it healthy ("
                + EighteenPercentRule.comparison(healthy, reporting) + ")";
        if (!silent.isEmpty()) {
            reason += "; " + String.join(", ", silent) + (silent.size() == 1 ? " reports" : " report") + " nothing";
        }
        return Measurement.of(EighteenPercentRule.isHealthy(healthy, reporting), reason, "HC9");
    }
}
