package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.health.HealthStatus;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the final status of the health checks and the set of down endpoints change during a drill.
 *
 * <p>Invariants: {@code statusStarts[0] == 0}, ascending; {@code statuses.get(i)} is in force from
 * {@code statusStarts[i]} (inclusive) until the next start; statuses with equal final status per check are the
 * same instance (so answer caches keyed by status are reused). Likewise for {@code downStarts}/{@code down}.
 *
 * @param statusKeys one string per status, one character per health check of the initial design ('1' healthy,
 *                   '0' unhealthy): equal keys mean equal final statuses
 * @param changes every change of a single check's final status, in time order, for timelines and reports
 */
public record HealthTimeline(double[] statusStarts, List<HealthStatus> statuses, List<String> statusKeys,
                             double[] downStarts, List<Set<String>> down, List<StatusChange> changes) {

    /** One health check's final status changed at {@code at}; {@code reason} is the evaluator's (HC rules). */
    public record StatusChange(double at, String healthCheckId, boolean healthy, String reason, String rule) {
    }

    public HealthTimeline {
        Objects.requireNonNull(statusStarts, "statusStarts");
        statuses = List.copyOf(statuses);
        statusKeys = List.copyOf(statusKeys);
        down = List.copyOf(down);
        changes = List.copyOf(changes);
    }

    public int statusIndexAt(double time) {
        return indexAt(statusStarts, time);
    }

    public int downIndexAt(double time) {
        return indexAt(downStarts, time);
    }

    static int indexAt(double[] starts, double time) {
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
}
