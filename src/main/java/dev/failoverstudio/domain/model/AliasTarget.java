package dev.failoverstudio.domain.model;

import java.util.Objects;

/**
 * An alias target (R5, S1): an in-zone group when {@link #hostedZoneId()} equals the zone's own ID
 * (R6), otherwise an AWS resource. The zone ID is stored without any {@code /hostedzone/} prefix (S12).
 */
public record AliasTarget(String hostedZoneId, DomainName dnsName, boolean evaluateTargetHealth) {
    public AliasTarget {
        Objects.requireNonNull(hostedZoneId, "hostedZoneId");
        Objects.requireNonNull(dnsName, "dnsName");
        hostedZoneId = HostedZone.stripPrefix(hostedZoneId);
    }
}
