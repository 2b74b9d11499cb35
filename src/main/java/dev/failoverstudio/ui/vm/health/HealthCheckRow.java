package dev.failoverstudio.ui.vm.health;

import java.util.List;
import java.util.Map;

/**
 * One line of the health table: what a health check monitors, what the simulated checkers observe and the
 * final status with the evaluator's reason and rule (HC9–HC17). Immutable; rebuilt on every change.
 *
 * @param observed what the checkers see, in words ("passing", "ALARM", "no data yet", "5 of 8 Regions passing")
 * @param up true when the observation counts as up (toggling takes it down), false when down
 * @param checkerRegions the check's checker Regions (endpoint checks; HC10), empty otherwise
 * @param regionOpinions per checker Region: true passing, false failing, absent no report
 * @param children the child checks of a calculated check (HC13), each with its final status
 * @param tags the check's user tags as {@code Key=Value}, in the check's order
 */
public record HealthCheckRow(String id, String name, Kind kind, String type, String target, String interval,
                             String threshold, String observed, boolean up, boolean healthy, String reason,
                             String rule, boolean inverted, boolean disabled, List<String> checkerRegions,
                             Map<String, Boolean> regionOpinions, List<String> children,
                             List<String> tags) {

    public enum Kind { ENDPOINT, CALCULATED, CLOUDWATCH, RECOVERY_CONTROL }

    public HealthCheckRow {
        checkerRegions = List.copyOf(checkerRegions);
        regionOpinions = Map.copyOf(regionOpinions);
        children = List.copyOf(children);
        tags = List.copyOf(tags);
    }

    /** The tags on one line, as the health table's Tags column shows them. */
    public String tagsText() {
        return String.join(", ", tags);
    }

    public String status() {
        return healthy ? "Healthy" : "Unhealthy";
    }

    /** Inverted / Disabled, as badges show them. */
    public String switches() {
        return (inverted ? "Inverted" : "") + (inverted && disabled ? ", " : "") + (disabled ? "Disabled" : "");
    }
}
