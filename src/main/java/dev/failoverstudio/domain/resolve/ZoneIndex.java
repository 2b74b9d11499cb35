package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.SimpleRouting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lookup structures of one hosted zone, built once per design: groups by name and type, the names that
 * exist (R22, including empty non-terminals), delegation points (R21), and the apex SOA with its negative
 * caching TTL (R7, R181).
 */
final class ZoneIndex {

    /** R7 defaults when a zone file omits the apex SOA. */
    static final long DEFAULT_SOA_TTL = 900;
    static final long DEFAULT_SOA_MINIMUM = 86400;

    private final HostedZone zone;
    private final Map<DomainName, Map<RecordType, List<RecordSet>>> byName = new HashMap<>();
    private final Set<DomainName> existingNames = new HashSet<>();
    private final Set<DomainName> delegations = new HashSet<>();
    private final long negativeTtl;
    private final List<DnsRecord> apexNs;
    private final DnsRecord soa;
    private final String nameserver;
    private final int apexNsBytes;
    private final int soaBytes;
    private final AliasNesting aliasNesting;

    ZoneIndex(HostedZone zone) {
        this.zone = zone;
        DomainName origin = zone.origin();
        for (RecordSet rs : zone.recordSets()) {
            if (!rs.name().isAtOrBelow(origin)) {
                continue; // V13 reports it; it can never be answered from this zone
            }
            byName.computeIfAbsent(rs.name(), n -> new EnumMap<>(RecordType.class))
                    .computeIfAbsent(rs.type(), t -> new ArrayList<>()).add(rs);
            for (DomainName n = rs.name(); n != null && n.isAtOrBelow(origin); n = n.parent()) {
                if (!existingNames.add(n)) {
                    break;
                }
            }
            if (rs.type() == RecordType.NS && !rs.name().equals(origin)) {
                delegations.add(rs.name());
            }
        }
        existingNames.add(origin); // R7: the apex always exists (SOA and NS)
        Map<RecordType, List<RecordSet>> apex = byName.computeIfAbsent(origin, n -> new EnumMap<>(RecordType.class));
        apex.computeIfAbsent(RecordType.NS, t -> new ArrayList<>(List.of(defaultNs(origin))));
        apex.computeIfAbsent(RecordType.SOA, t -> new ArrayList<>(List.of(defaultSoa(origin, apex))));
        byName.replaceAll((name, types) -> {
            types.replaceAll((type, list) -> List.copyOf(list));
            return Collections.unmodifiableMap(types);
        });
        this.negativeTtl = computeNegativeTtl();
        List<DnsRecord> ns = new ArrayList<>();
        for (RecordSet rs : group(origin, RecordType.NS)) {
            for (String value : rs.values()) {
                long ttl = rs.ttl() == null ? DEFAULT_NS_TTL : rs.ttl();
                ns.add(new DnsRecord(origin, RecordType.NS.name(), ttl, value));
            }
        }
        this.apexNs = List.copyOf(ns);
        List<RecordSet> soaSets = group(origin, RecordType.SOA);
        String soaValue = soaSets.get(0).values().isEmpty() ? "" : soaSets.get(0).values().get(0);
        this.soa = new DnsRecord(origin, RecordType.SOA.name(), negativeTtl, soaValue);
        String first = apexNs.isEmpty() ? DEFAULT_NAME_SERVERS.get(0) : apexNs.get(0).data().strip();
        this.apexNsBytes = WireSize.sectionLength(apexNs);
        this.soaBytes = WireSize.sectionLength(List.of(soa));
        this.nameserver = first.endsWith(".") && first.length() > 1 ? first.substring(0, first.length() - 1) : first;
        List<List<RecordSet>> groups = new ArrayList<>();
        byName.values().forEach(types -> groups.addAll(types.values()));
        this.aliasNesting = new AliasNesting(this, groups);
    }

    /** The four name servers Route 53 would assign (R7); the simulator uses fixed documentation-style names. */
    static final List<String> DEFAULT_NAME_SERVERS = List.of("ns-2048.awsdns-64.com.", "ns-2049.awsdns-65.net.",
            "ns-2050.awsdns-66.org.", "ns-2051.awsdns-67.co.uk.");
    static final long DEFAULT_NS_TTL = 172800;

    private static RecordSet defaultNs(DomainName origin) {
        return new RecordSet(origin, RecordType.NS, null, SimpleRouting.INSTANCE, DEFAULT_NS_TTL,
                DEFAULT_NAME_SERVERS, null, null, null);
    }

    private static RecordSet defaultSoa(DomainName origin, Map<RecordType, List<RecordSet>> apex) {
        List<RecordSet> ns = apex.get(RecordType.NS);
        String firstNameServer = ns.isEmpty() || ns.get(0).values().isEmpty()
                ? DEFAULT_NAME_SERVERS.get(0) : ns.get(0).values().get(0);
        if (!firstNameServer.endsWith(".")) {
            firstNameServer = firstNameServer + ".";
        }
        String value = firstNameServer + " awsdns-hostmaster.amazon.com. 1 7200 900 1209600 " + DEFAULT_SOA_MINIMUM;
        return new RecordSet(origin, RecordType.SOA, null, SimpleRouting.INSTANCE, DEFAULT_SOA_TTL,
                List.of(value), null, null, null);
    }

    HostedZone zone() {
        return zone;
    }

    DomainName origin() {
        return zone.origin();
    }

    /** The record sets of a group, in the order the zone lists them; empty when the group does not exist. */
    List<RecordSet> group(DomainName name, RecordType type) {
        Map<RecordType, List<RecordSet>> types = byName.get(name);
        if (types == null) {
            return List.of();
        }
        List<RecordSet> list = types.get(type);
        return list == null ? List.of() : list;
    }

    List<RecordSet> group(GroupKey key) {
        return group(key.name(), key.type());
    }

    /** How many levels answering a query here can nest ({@link AliasNesting}). */
    int aliasLevels() {
        return aliasNesting.levels();
    }

    /** Whether an alias chain of this zone comes back to itself (V35, A25). */
    boolean hasAliasCycles() {
        return aliasNesting.cyclic();
    }

    boolean hasRecordSets(DomainName name) {
        return byName.containsKey(name);
    }

    /** R22: a name exists when it has record sets or something lies below it. */
    boolean exists(DomainName name) {
        return existingNames.contains(name);
    }

    /** The delegation point at or above {@code name} and strictly below the apex, if any (R21). */
    DomainName delegationCovering(DomainName name) {
        if (delegations.isEmpty()) {
            return null;
        }
        DomainName found = null;
        for (DomainName n = name; n != null && n.isStrictlyBelow(zone.origin()); n = n.parent()) {
            if (delegations.contains(n)) {
                found = n; // keep climbing: the highest cut occludes everything below it
            }
        }
        return found;
    }

    /** The apex NS records, as the authority section of a positive answer (R31). */
    List<DnsRecord> apexNsRecords() {
        return apexNs;
    }

    /** The apex SOA record with the negative-caching TTL, as the authority section of NXDOMAIN/NODATA (R181). */
    DnsRecord soaRecord() {
        return soa;
    }

    /** The wire size of {@link #apexNsRecords()} (R30), computed once. */
    int apexNsBytes() {
        return apexNsBytes;
    }

    /** The wire size of {@link #soaRecord()} (R30), computed once. */
    int soaBytes() {
        return soaBytes;
    }

    /** The first apex name server without its trailing dot (S8 {@code Nameserver}). */
    String nameserver() {
        return nameserver;
    }

    /** R181: the lesser of the SOA record's TTL and its MINIMUM field (R7 defaults: 900). */
    long negativeTtl() {
        return negativeTtl;
    }

    private long computeNegativeTtl() {
        List<RecordSet> soa = group(zone.origin(), RecordType.SOA);
        if (soa.isEmpty()) {
            return Math.min(DEFAULT_SOA_TTL, DEFAULT_SOA_MINIMUM);
        }
        RecordSet record = soa.get(0);
        long ttl = record.ttl() == null ? DEFAULT_SOA_TTL : record.ttl();
        long minimum = DEFAULT_SOA_MINIMUM;
        if (!record.values().isEmpty()) {
            String[] fields = record.values().get(0).strip().split("\\s+");
            if (fields.length == 7) {
                try {
                    minimum = Long.parseLong(fields[6]);
                } catch (NumberFormatException e) {
                    minimum = DEFAULT_SOA_MINIMUM; // V18 reports the malformed SOA
                }
            }
        }
        return Math.min(ttl, minimum);
    }
}
