package dev.failoverstudio.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * An AWS resource that alias records may target, as described by the resource catalog (C9): its
 * addresses, its health and its TTL.
 *
 * @param healthy the resource's overall health; null means "not stated" (healthy unless target groups say
 *                otherwise, R42)
 * @param targetGroups for ALB/NLB: per-target-group counts (A6); empty when not modelled
 * @param ttl the TTL answers from this resource carry (R144; ELB 60 s); null means 60
 */
public record AwsResource(DomainName dnsName, AwsResourceKind kind, List<String> ipv4, List<String> ipv6,
                          Boolean healthy, List<TargetGroupHealth> targetGroups, Long ttl) {

    public static final long DEFAULT_TTL = 60;

    public AwsResource {
        Objects.requireNonNull(dnsName, "dnsName");
        ipv4 = ipv4 == null ? List.of() : List.copyOf(ipv4);
        ipv6 = ipv6 == null ? List.of() : List.copyOf(ipv6);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    }

    public long effectiveTtl() {
        return ttl == null ? DEFAULT_TTL : ttl;
    }
}
