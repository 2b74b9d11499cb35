package dev.failoverstudio.cli;

import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.WeightedRouting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Designs of a known shape and size for the benchmarks: the Developer Guide's latency → weighted tree, and
 * a large zone made of many such trees.
 */
public final class SyntheticDesigns {

    public static final String ZONE_ID = "ZBENCHMARK";
    private static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1"};

    private SyntheticDesigns() {
    }

    /** One latency alias → weighted tree at {@code www.example.com.} (R158 shape), two instances per Region. */
    public static Design latencyWeightedTree() {
        return trees(1, 2);
    }

    /**
     * {@code trees} copies of the latency → weighted tree ({@code app<i>.example.com.}), each with four
     * Regions of {@code perRegion} weighted instances: {@code trees × 4 × (perRegion + 1)} record sets.
     */
    public static Design trees(int trees, int perRegion) {
        DomainName origin = DomainName.of("example.com.");
        List<RecordSet> records = new ArrayList<>();
        List<HealthCheck> checks = new ArrayList<>();
        Map<String, HealthObservation> observations = new HashMap<>();
        for (int t = 0; t < trees; t++) {
            String app = trees == 1 ? "www" : "app" + t;
            DomainName top = DomainName.of(app + ".example.com.");
            for (String region : REGIONS) {
                DomainName pool = DomainName.of(region + "." + app + ".example.com.");
                records.add(new RecordSet(top, RecordType.A, region, new LatencyRouting(region), null, List.of(),
                        new AliasTarget(ZONE_ID, pool, true), null, null));
                for (int i = 0; i < perRegion; i++) {
                    String id = "hc-" + t + "-" + region + "-" + i;
                    checks.add(new HealthCheck(id, id, EndpointCheck.http(null), false, false, 1));
                    observations.put(id, (i + t) % 5 == 0 ? HealthObservation.FAILING : HealthObservation.PASSING);
                    records.add(new RecordSet(pool, RecordType.A, region + "-" + i, new WeightedRouting(1 + i % 3),
                            60L, List.of("192.0.2." + (1 + (t * 7 + i) % 250)), null, id, null));
                }
            }
        }
        HostedZone zone = new HostedZone(ZONE_ID, origin, false, records);
        return new Design(List.of(zone), checks, List.of(), ResourceCatalog.EMPTY, HealthSnapshot.of(observations));
    }
}
