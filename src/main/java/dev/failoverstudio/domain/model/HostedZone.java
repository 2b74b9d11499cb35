package dev.failoverstudio.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A hosted zone: its origin, its ID and its record sets in the order they were given.
 *
 * <p>Invariants: {@code id} carries no {@code /hostedzone/} prefix (S12); the record set list is
 * immutable. Record sets outside the origin are kept so the validator can report them (V13).
 */
public record HostedZone(String id, DomainName origin, boolean privateZone, List<RecordSet> recordSets) {

    private static final String PREFIX = "/hostedzone/";

    public HostedZone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        id = stripPrefix(id);
        recordSets = List.copyOf(recordSets);
    }

    /** Removes the {@code /hostedzone/} prefix the API sometimes adds (S12). */
    public static String stripPrefix(String zoneId) {
        if (zoneId == null) {
            return null;
        }
        String trimmed = zoneId.strip();
        return trimmed.startsWith(PREFIX) ? trimmed.substring(PREFIX.length()) : trimmed;
    }

    public HostedZone withRecordSets(List<RecordSet> newRecordSets) {
        return new HostedZone(id, origin, privateZone, newRecordSets);
    }

    /** True when {@code target} is an alias into this very zone (R6). */
    public boolean isInZone(AliasTarget target) {
        return target != null && id.equals(target.hostedZoneId());
    }
}
