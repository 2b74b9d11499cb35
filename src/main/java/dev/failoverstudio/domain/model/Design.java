package dev.failoverstudio.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The document a user designs: hosted zones, health checks, CIDR collections, the catalog of AWS resources
 * aliases may target, and the simulated health observations. Immutable; edits produce new designs.
 */
public record Design(List<HostedZone> zones, List<HealthCheck> healthChecks, List<CidrCollection> cidrCollections,
                     ResourceCatalog resourceCatalog, HealthSnapshot healthSnapshot) {

    public Design {
        zones = List.copyOf(zones);
        healthChecks = List.copyOf(healthChecks);
        cidrCollections = List.copyOf(cidrCollections);
        resourceCatalog = resourceCatalog == null ? ResourceCatalog.EMPTY : resourceCatalog;
        healthSnapshot = healthSnapshot == null ? HealthSnapshot.EMPTY : healthSnapshot;
    }

    /** A design holding one zone and nothing else. */
    public static Design of(HostedZone zone) {
        return new Design(List.of(zone), List.of(), List.of(), ResourceCatalog.EMPTY, HealthSnapshot.EMPTY);
    }

    public Optional<HealthCheck> healthCheck(String id) {
        return healthChecks.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Optional<CidrCollection> cidrCollection(String id) {
        return cidrCollections.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The zone whose origin is the longest suffix of {@code name}, if any (R20). */
    public Optional<HostedZone> zoneFor(DomainName name) {
        HostedZone best = null;
        for (HostedZone zone : zones) {
            if (name.isAtOrBelow(zone.origin())
                    && (best == null || zone.origin().labelCount() > best.origin().labelCount())) {
                best = zone;
            }
        }
        return Optional.ofNullable(best);
    }

    public Design withZone(HostedZone zone) {
        List<HostedZone> copy = new ArrayList<>(zones);
        boolean replaced = false;
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(zone.id())) {
                copy.set(i, zone);
                replaced = true;
            }
        }
        if (!replaced) {
            copy.add(zone);
        }
        return new Design(copy, healthChecks, cidrCollections, resourceCatalog, healthSnapshot);
    }

    public Design withHealthChecks(List<HealthCheck> checks) {
        return new Design(zones, checks, cidrCollections, resourceCatalog, healthSnapshot);
    }

    public Design withCidrCollections(List<CidrCollection> collections) {
        return new Design(zones, healthChecks, collections, resourceCatalog, healthSnapshot);
    }

    public Design withResourceCatalog(ResourceCatalog catalog) {
        return new Design(zones, healthChecks, cidrCollections, catalog, healthSnapshot);
    }

    public Design withHealthSnapshot(HealthSnapshot snapshot) {
        return new Design(zones, healthChecks, cidrCollections, resourceCatalog,
                Objects.requireNonNull(snapshot, "snapshot"));
    }
}
