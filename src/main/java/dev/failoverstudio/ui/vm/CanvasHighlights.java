package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the live panels paint over the canvas: the record sets the selected query's answer came through (R34's
 * path, lit on the canvas) and the record sets and groups Route 53 considers unhealthy for the resolver pane's
 * client, alias subtrees with Evaluate Target Health included (R40, R41); or, while a drill is scrubbed, the
 * health-check statuses and the record sets the drill's events have deleted at that moment. Immutable.
 *
 * @param path              record sets on the answer's path
 * @param unhealthyRecords  record sets whose effective health is unhealthy
 * @param unhealthyGroups   groups (name and type) with no healthy applicable record set
 * @param checkStatus       health-check statuses that replace the design's (a drill's scrub time); usually empty
 * @param absentRecords     record sets of the shown design that a drill's design at its scrub time does not have
 *                          (deleted by a drill event); usually empty
 */
public record CanvasHighlights(Set<RecordSetKey> path, Set<RecordSetKey> unhealthyRecords,
                               Set<GroupKey> unhealthyGroups, Map<String, Boolean> checkStatus,
                               Set<RecordSetKey> absentRecords) {

    public static final CanvasHighlights NONE = new CanvasHighlights(Set.of(), Set.of(), Set.of(), Map.of(),
            Set.of());

    public CanvasHighlights {
        path = Set.copyOf(path);
        unhealthyRecords = Set.copyOf(unhealthyRecords);
        unhealthyGroups = Set.copyOf(unhealthyGroups);
        checkStatus = Map.copyOf(checkStatus);
        absentRecords = Set.copyOf(absentRecords);
    }

    /**
     * What a drill shows at its scrub time: the answer's path and the record sets and groups unhealthy then (as
     * {@link #of}), each health check's final status then (true healthy), which the health-check cards and badges
     * show instead of the design's simulated health, and the record sets the drill has deleted by then.
     *
     * @param absent record sets the canvas shows that the drill's design at that time does not have
     */
    public static CanvasHighlights atDrillMoment(Iterable<RecordSetKey> path, Map<RecordSetKey, Boolean> recordUnhealthy,
                                                Map<GroupKey, Boolean> groupUnhealthy,
                                                Map<String, Boolean> checkHealthy, Set<RecordSetKey> absent) {
        CanvasHighlights lit = of(path, recordUnhealthy, groupUnhealthy);
        return new CanvasHighlights(lit.path, lit.unhealthyRecords, lit.unhealthyGroups, checkHealthy, absent);
    }

    /** The status a drill moment gives health check {@code id}, or null when the canvas shows the design's own. */
    public Boolean checkStatus(String id) {
        return id == null ? null : checkStatus.get(id);
    }

    /** Builds highlights from per-key verdicts: {@code true} marks a key unhealthy. */
    public static CanvasHighlights of(Iterable<RecordSetKey> path, Map<RecordSetKey, Boolean> recordUnhealthy,
                                      Map<GroupKey, Boolean> groupUnhealthy) {
        Objects.requireNonNull(path, "path");
        Set<RecordSetKey> onPath = new HashSet<>();
        path.forEach(onPath::add);
        return new CanvasHighlights(onPath, keysMarked(recordUnhealthy), keysMarked(groupUnhealthy), Map.of(),
                Set.of());
    }

    private static <K> Set<K> keysMarked(Map<K, Boolean> marks) {
        Set<K> out = new HashSet<>();
        marks.forEach((k, v) -> {
            if (Boolean.TRUE.equals(v)) {
                out.add(k);
            }
        });
        return out;
    }

    public boolean onPath(RecordSetKey key) {
        return path.contains(key);
    }

    /** True when a drill's design at its scrub time has deleted this record set. */
    public boolean absent(RecordSetKey key) {
        return absentRecords.contains(key);
    }

    public boolean unhealthy(RecordSetKey key) {
        return unhealthyRecords.contains(key);
    }

    public boolean unhealthy(GroupKey key) {
        return unhealthyGroups.contains(key);
    }
}
