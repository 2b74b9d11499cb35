package dev.failoverstudio.io.formats.project;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns the record sets of raw {@code list-resource-record-sets} output, which names neither its zone nor the
 * zone's ID, into a one-zone design.
 *
 * <p>The origin is the name of the SOA record set (R: exactly one, at the apex, V9), else of the NS record set
 * nearest the root, else the longest name suffix all record sets share. The zone ID is the one the in-zone
 * aliases use (an alias whose target lies in the zone and names a group of the list), else one derived from
 * the origin, so importing the same output twice gives the same ID.
 */
public final class ListOutputImport {

    private ListOutputImport() {
    }

    /**
     * The empty zone {@code records} belong in, with the origin and ID {@link #design} gives them; for change
     * batches, which name no zone either and are applied to an empty one.
     */
    public static HostedZone zoneFor(List<RecordSet> records) {
        DomainName origin = origin(records);
        return new HostedZone(zoneId(records, origin), origin, false, List.of());
    }

    static Design design(List<RecordSet> records) {
        DomainName origin = origin(records);
        String id = zoneId(records, origin);
        return Design.of(new HostedZone(id, origin, false, records));
    }

    static DomainName origin(List<RecordSet> records) {
        for (RecordSet r : records) {
            if (r.type() == RecordType.SOA) {
                return r.name();
            }
        }
        DomainName nearestNs = null;
        for (RecordSet r : records) {
            if (r.type() == RecordType.NS && (nearestNs == null || r.name().labelCount() < nearestNs.labelCount())) {
                nearestNs = r.name();
            }
        }
        if (nearestNs != null) {
            return nearestNs;
        }
        DomainName common = records.get(0).name();
        for (RecordSet r : records) {
            while (!r.name().isAtOrBelow(common)) {
                common = common.parent();
            }
        }
        if (common.isWildcard()) {
            common = common.parent();
        }
        return common;
    }

    private static String zoneId(List<RecordSet> records, DomainName origin) {
        for (RecordSet r : records) {
            if (r.isAlias() && r.aliasTarget().dnsName().isAtOrBelow(origin)) {
                DomainName target = r.aliasTarget().dnsName();
                boolean inList = records.stream().anyMatch(t -> t.name().equals(target) && t.type() == r.type());
                if (inList) {
                    return r.aliasTarget().hostedZoneId();
                }
            }
        }
        String hex = UUID.nameUUIDFromBytes(origin.text().getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "").toUpperCase(Locale.ROOT);
        return "Z" + hex.substring(0, 13);
    }
}
