package dev.failoverstudio.dns;

import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.ResolutionEngine;
import dev.failoverstudio.domain.model.Design;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the server answers from at one instant: a compiled design and the final status of its health checks.
 * Immutable; the server holds the current one in an {@link java.util.concurrent.atomic.AtomicReference}, so a
 * newly published snapshot (an edited design, a changed health state) applies from the next query on and a
 * query in flight finishes with the snapshot it started with.
 *
 * <p>The health status is kept as one object for the snapshot's lifetime: the engine's answer cache is tied to
 * that identity, so quiet answers stay cached until the next snapshot.
 */
public final class ServedDesign {

    private final CompiledDesign compiled;
    private final HealthStatus health;
    /** Origins of public zones whose answers can depend on where the client is (ECS scope, RFC 7871). */
    private final List<DomainName> locationDependentZones;

    public ServedDesign(CompiledDesign compiled, HealthStatus health) {
        this.compiled = Objects.requireNonNull(compiled, "compiled");
        this.health = Objects.requireNonNull(health, "health");
        List<DomainName> origins = new ArrayList<>();
        for (HostedZone zone : compiled.design().zones()) {
            if (!zone.privateZone() && zone.recordSets().stream().map(RecordSet::routing)
                    .anyMatch(ServedDesign::dependsOnLocation)) {
                origins.add(zone.origin());
            }
        }
        this.locationDependentZones = List.copyOf(origins);
    }

    /** Compiles {@code design} and evaluates its simulated health (HC1: answers use precomputed status). */
    public static ServedDesign of(ResolutionEngine engine, HealthEvaluator evaluator, Design design) {
        return new ServedDesign(engine.compile(design), evaluator.evaluate(design));
    }

    public CompiledDesign compiled() {
        return compiled;
    }

    public HealthStatus health() {
        return health;
    }

    public Design design() {
        return compiled.design();
    }

    /**
     * Whether the answer for {@code name} may differ with the client's location: the name lies in a public zone
     * holding latency, geolocation, geoproximity or IP-based record sets (R170). Judged per zone rather than per
     * answer because an alias tree, a NODATA from a geolocation group without default (R26) or a health
     * back-out can all make a name's answer location dependent without a location-routed record set on the path.
     */
    boolean dependsOnClientLocation(DomainName name) {
        for (DomainName origin : locationDependentZones) {
            if (name.isAtOrBelow(origin)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dependsOnLocation(Routing routing) {
        return routing instanceof LatencyRouting || routing instanceof GeolocationRouting
                || routing instanceof GeoproximityRouting || routing instanceof IpBasedRouting;
    }
}
