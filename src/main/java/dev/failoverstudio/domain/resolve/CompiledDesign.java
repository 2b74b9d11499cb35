package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HostedZone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A design prepared for answering: zone indexes and parsed CIDR tables, built once. Immutable and safe to
 * share between threads; every {@link #resolve} call is independent.
 */
public final class CompiledDesign {

    private final Design design;
    private final GeoTables geo;
    private final List<ZoneIndex> zones = new ArrayList<>();
    private final Map<String, CidrTable> cidrTables = new HashMap<>();
    private final RankingCache rankings = new RankingCache();
    /** Quiet answers for the health status last asked about; a new status starts a new cache. */
    private volatile AnswerCache answerCache;
    /** The deepest nesting any zone's alias chains ask of an evaluation ({@link AliasNesting}). */
    private final int aliasLevels;

    CompiledDesign(Design design, GeoTables geo) {
        this.design = Objects.requireNonNull(design, "design");
        this.geo = Objects.requireNonNull(geo, "geo");
        for (HostedZone zone : design.zones()) {
            zones.add(new ZoneIndex(zone));
        }
        for (CidrCollection collection : design.cidrCollections()) {
            cidrTables.put(collection.id(), new CidrTable(collection));
        }
        aliasLevels = zones.stream().mapToInt(ZoneIndex::aliasLevels).max().orElse(0);
    }

    public Design design() {
        return design;
    }

    /** Answers one query with a trace (R34). */
    public Resolution resolve(HealthStatus health, Query query, ClientContext client, RandomGenerator random) {
        return new Evaluation(this, health, client, random, true).resolve(query);
    }

    /** Answers one query without recording a trace: the same answer, for sampling and serving. */
    public Resolution resolveQuietly(HealthStatus health, Query query, ClientContext client, RandomGenerator random) {
        AnswerCache cache = answerCache;
        if (cache == null || !cache.serves(health)) {
            cache = new AnswerCache(this, health);
            answerCache = cache;
        }
        return cache.resolve(query, client, random);
    }

    int aliasLevels() {
        return aliasLevels;
    }

    /** Whether some zone's alias chains come back to themselves (V35, A25). */
    boolean hasAliasCycles() {
        return zones.stream().anyMatch(ZoneIndex::hasAliasCycles);
    }

    GeoTables geo() {
        return geo;
    }

    RankingCache rankings() {
        return rankings;
    }

    CidrTable cidrTable(String collectionId) {
        return cidrTables.get(collectionId);
    }

    /** The zone whose origin is the longest suffix of {@code name} (R20), or null. */
    ZoneIndex zoneFor(DomainName name) {
        ZoneIndex best = null;
        for (ZoneIndex zone : zones) {
            if (name.isAtOrBelow(zone.origin())
                    && (best == null || zone.origin().labelCount() > best.origin().labelCount())) {
                best = zone;
            }
        }
        return best;
    }
}
