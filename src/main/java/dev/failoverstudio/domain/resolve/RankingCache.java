package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rankings that depend only on the group and where the client is, never on health: latency order (R91,
 * R92) and biased-distance order (R111). Computing them costs great-circle trigonometry per record set, so a
 * compiled design remembers them per (group, reference point). Bounded: the map is emptied when it grows
 * past {@link #MAX_ENTRIES}, which only costs recomputation.
 */
final class RankingCache {

    static final int MAX_ENTRIES = 50_000;

    private final ConcurrentHashMap<Key, List<RecordSet>> rankings = new ConcurrentHashMap<>();

    List<RecordSet> get(String policy, List<RecordSet> group, ClientLocation client,
                        Supplier<List<RecordSet>> compute) {
        Key key = new Key(policy, group.get(0).groupKey(), client.referencePoint.latitude(),
                client.referencePoint.longitude(), client.inChina(), client.referenceRegion);
        List<RecordSet> known = rankings.get(key);
        if (known != null) {
            return known;
        }
        if (rankings.size() >= MAX_ENTRIES) {
            rankings.clear();
        }
        List<RecordSet> ranked = List.copyOf(compute.get());
        rankings.putIfAbsent(key, ranked);
        return ranked;
    }

    private record Key(String policy, GroupKey group, double latitude, double longitude, boolean china,
                       String referenceRegion) {
    }
}
