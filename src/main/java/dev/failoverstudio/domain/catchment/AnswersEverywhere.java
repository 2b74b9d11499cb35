package dev.failoverstudio.domain.catchment;

import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.Resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Resolves one query for the representative client of every country and US state of the world map
 * ({@link PlaceClients}) and groups the places by answer, so latency (R91), geolocation (R102) and
 * geoproximity (R111) catchments can be drawn at a glance.
 *
 * <p>Uses the engine's quiet path ({@link CompiledDesign#resolveQuietly}): after a health change the first map
 * evaluates each place once, and later maps for the same health status walk the remembered answers. Each place
 * draws from its own random generator seeded from the given seed and its position on the map, so the map is
 * reproducible and does not depend on the order places are resolved in (R33). A place whose answer passes
 * through a weighted or multivalue group is shown as that group's catchment rather than by one random draw
 * ({@link MapAnswer#randomGroup()}). Safe to share between threads.
 */
public final class AnswersEverywhere {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final PlaceClients clients;
    /** The random-policy record sets of the design last mapped: the same design is usually asked again. */
    private volatile RandomPolicies lastDesign;

    public AnswersEverywhere(PlaceClients clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    public PlaceClients clients() {
        return clients;
    }

    /** The answer of every place for {@code query}; {@code seed} fixes the random choices (R33). */
    public AnswerMap resolve(CompiledDesign design, HealthStatus health, Query query, long seed) {
        RandomPolicies known = lastDesign;
        if (known == null || known.design != design) {
            known = new RandomPolicies(design, randomPolicies(design));
            lastDesign = known;
        }
        Map<RecordSetKey, RoutingPolicy> policies = known.policies;
        List<AnswerMap.PlaceAnswer> answers = new ArrayList<>(clients.all().size());
        int index = 0;
        for (Map.Entry<MapPlace, ClientContext> e : clients.all().entrySet()) {
            SplittableRandom random = new SplittableRandom(seed + GOLDEN * ++index);
            Resolution r = design.resolveQuietly(health, query, e.getValue(), random);
            answers.add(new AnswerMap.PlaceAnswer(e.getKey(), e.getValue(), r, answerOf(r, policies)));
        }
        return new AnswerMap(query, answers);
    }

    static MapAnswer answerOf(Resolution r, Map<RecordSetKey, RoutingPolicy> randomPolicies) {
        for (RecordSetKey key : r.path()) {
            if (randomPolicies.containsKey(key)) {
                return new MapAnswer(r.rcode(), r.answerType(), List.of(), new GroupKey(key.name(), key.type()));
            }
        }
        return new MapAnswer(r.rcode(), r.answerType(), r.answers(), null);
    }

    private record RandomPolicies(CompiledDesign design, Map<RecordSetKey, RoutingPolicy> policies) {
    }

    /**
     * The record sets chosen by a random draw: multivalue (R121), and weighted ones with a rival in their weight
     * class. Route 53 draws among the non-zero weights and turns to the zero weights only when none of those is
     * healthy (R71, R72), so the one non-zero member of a group beside zero-weight standbys is a fixed answer,
     * and so is a lone zero-weight standby once it answers.
     */
    private static Map<RecordSetKey, RoutingPolicy> randomPolicies(CompiledDesign design) {
        Map<RecordSetKey, RoutingPolicy> out = new HashMap<>();
        for (HostedZone zone : design.design().zones()) {
            Map<GroupKey, long[]> weightClasses = new HashMap<>(); // per group: {zero weights, non-zero weights}
            for (RecordSet rs : zone.recordSets()) {
                if (rs.routing() instanceof WeightedRouting w) {
                    weightClasses.computeIfAbsent(rs.groupKey(), k -> new long[2])[w.weight() > 0 ? 1 : 0]++;
                }
            }
            for (RecordSet rs : zone.recordSets()) {
                if (rs.policy() == RoutingPolicy.MULTIVALUE) {
                    out.put(rs.key(), RoutingPolicy.MULTIVALUE);
                } else if (rs.routing() instanceof WeightedRouting w
                        && weightClasses.get(rs.groupKey())[w.weight() > 0 ? 1 : 0] > 1) {
                    out.put(rs.key(), RoutingPolicy.WEIGHTED);
                }
            }
        }
        return out;
    }
}
