package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.HealthCheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Measures a calculated check (HC13): it is healthy when at least {@code HealthThreshold} of its children
 * have a healthy <em>final</em> status (after each child's own Disabled/Inverted, HC17).
 *
 * <p>Choices for designs Route 53 would not accept, so that evaluation never fails:
 * <ul>
 *   <li>a child ID naming no health check (HV14) counts as unhealthy: something that does not exist cannot
 *       vouch for an endpoint, and an "all children" check must not turn healthy because a child vanished;</li>
 *   <li>a calculated child (HV15) counts with its own final status, computed first;</li>
 *   <li>a calculated check that depends on itself through calculated children has no defined status; it is
 *       measured unhealthy (see {@link #inCycle});</li>
 *   <li>a child listed twice counts once, and "number of children" means distinct children.</li>
 * </ul>
 */
final class CalculatedMeasurement {

    private CalculatedMeasurement() {
    }

    static List<String> distinctChildren(CalculatedCheck config) {
        return List.copyOf(new LinkedHashSet<>(config.childHealthChecks()));
    }

    /**
     * Whether the verdict of {@code check} depends on its children's statuses: only when it is enabled
     * (disabling stops aggregation, HC17) and its threshold is neither 0 nor above the number of children.
     * Only such checks can take part in a cycle.
     */
    static boolean readsChildren(HealthCheck check) {
        if (check.disabled() || !(check.config() instanceof CalculatedCheck config)) {
            return false;
        }
        long threshold = config.healthThreshold();
        return threshold > 0 && threshold <= distinctChildren(config).size();
    }

    /** The measurement of a calculated check that does not read its children (threshold 0 or too high). */
    static Measurement fixedByThreshold(CalculatedCheck config) {
        long threshold = config.healthThreshold();
        int children = distinctChildren(config).size();
        if (threshold <= 0) {
            return Measurement.healthy("HealthThreshold " + threshold + ": no healthy child needed, always healthy",
                    "HC13");
        }
        return Measurement.unhealthy("HealthThreshold " + threshold + " is above its " + children
                + (children == 1 ? " child check" : " child checks") + ": always unhealthy", "HC13");
    }

    /**
     * A check that reads children which, through calculated children, lead back to it. The members are named
     * in sorted order so that the reason does not depend on the order the checks were listed in.
     */
    static Measurement inCycle(Collection<String> cycle) {
        List<String> members = new ArrayList<>(cycle);
        Collections.sort(members);
        return Measurement.unhealthy("depends on itself through calculated children " + String.join(", ", members)
                + " (not allowed, HV15): a cycle has no status and counts as unhealthy", "HC13");
    }

    /**
     * Counts healthy children.
     *
     * @param checks every health check by ID
     * @param finalVerdict the final verdict of an existing child; called only for IDs in {@code checks}
     */
    static Measurement countChildren(CalculatedCheck config, Map<String, HealthCheck> checks,
                                     Function<String, HealthVerdict> finalVerdict) {
        List<String> children = distinctChildren(config);
        long threshold = config.healthThreshold();
        int healthy = 0;
        List<String> unhealthy = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String child : children) {
            HealthCheck childCheck = checks.get(child);
            if (childCheck == null) {
                unhealthy.add(child);
                notes.add(child + " does not exist (HV14) and counts as unhealthy");
                continue;
            }
            if (childCheck.config() instanceof CalculatedCheck) {
                notes.add(child + " is itself calculated (not allowed, HV15); its own status is used");
            }
            if (finalVerdict.apply(child).healthy()) {
                healthy++;
            } else {
                unhealthy.add(child);
            }
        }
        StringBuilder reason = new StringBuilder()
                .append(healthy).append(" of ").append(children.size())
                .append(children.size() == 1 ? " child check" : " child checks")
                .append(healthy == 1 ? " is" : " are").append(" healthy, HealthThreshold ").append(threshold);
        if (!unhealthy.isEmpty()) {
            reason.append("; unhealthy: ").append(String.join(", ", unhealthy));
        }
        for (String note : notes) {
            reason.append("; ").append(note);
        }
        return Measurement.of(healthy >= threshold, reason.toString(), "HC13");
    }
}
