package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import dev.failoverstudio.domain.model.WeightedRouting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds test zones tersely: names are relative to the origin ({@code "www"}, {@code "@"} for the apex) and
 * each record set is added with its routing, then values or an alias target.
 */
final class ZoneFixture {

    static final String ZONE_ID = "ZEXAMPLE";

    private final DomainName origin;
    private final String zoneId;
    private final List<RecordSet> recordSets = new ArrayList<>();
    private final Map<String, List<CidrLocation>> cidrCollections = new LinkedHashMap<>();
    private final Map<DomainName, AwsResource> resources = new LinkedHashMap<>();
    private boolean privateZone;

    ZoneFixture(String origin) {
        this(origin, ZONE_ID);
    }

    ZoneFixture(String origin, String zoneId) {
        this.origin = DomainName.of(origin);
        this.zoneId = zoneId;
    }

    ZoneFixture privateZone() {
        privateZone = true;
        return this;
    }

    DomainName name(String relative) {
        if (relative.equals("@")) {
            return origin;
        }
        return relative.endsWith(".") ? DomainName.of(relative) : DomainName.of(relative + "." + origin.text());
    }

    /** Starts a record set; finish it with {@link Rec#values} or {@link Rec#alias}. */
    Rec add(String name, RecordType type) {
        return new Rec(name(name), type);
    }

    HostedZone build() {
        return new HostedZone(zoneId, origin, privateZone, recordSets);
    }

    /** Adds a location with its blocks to the CIDR collection {@code collectionId} (R14). */
    ZoneFixture cidr(String collectionId, String location, String... blocks) {
        cidrCollections.computeIfAbsent(collectionId, id -> new ArrayList<>())
                .add(new CidrLocation(location, List.of(blocks)));
        return this;
    }

    /** Adds an AWS resource to the catalog (C9); {@code healthy} null means "not stated". */
    ZoneFixture resource(String dnsName, AwsResourceKind kind, List<String> ipv4, List<String> ipv6, Boolean healthy,
                         Long ttl, TargetGroupHealth... targetGroups) {
        DomainName name = DomainName.of(dnsName);
        resources.put(name, new AwsResource(name, kind, ipv4, ipv6, healthy, List.of(targetGroups), ttl));
        return this;
    }

    /** The zone with the CIDR collections and resource catalog added to this fixture. */
    Design design() {
        List<CidrCollection> collections = new ArrayList<>();
        cidrCollections.forEach((id, locations) -> collections.add(new CidrCollection(id, id, 1, locations)));
        return new Design(List.of(build()), List.of(), collections, new ResourceCatalog(resources), null);
    }

    final class Rec {
        private final DomainName name;
        private final RecordType type;
        private String setId;
        private Routing routing = SimpleRouting.INSTANCE;
        private String healthCheck;
        private long ttl = 60;

        private Rec(DomainName name, RecordType type) {
            this.name = name;
            this.type = type;
        }

        Rec weighted(String id, long weight) {
            setId = id;
            routing = new WeightedRouting(weight);
            return this;
        }

        Rec failover(String id, FailoverRole role) {
            setId = id;
            routing = new FailoverRouting(role);
            return this;
        }

        Rec primary(String id) {
            return failover(id, FailoverRole.PRIMARY);
        }

        Rec secondary(String id) {
            return failover(id, FailoverRole.SECONDARY);
        }

        Rec latency(String id, String region) {
            setId = id;
            routing = new LatencyRouting(region);
            return this;
        }

        Rec geo(String id, GeoLocation location) {
            setId = id;
            routing = new GeolocationRouting(location);
            return this;
        }

        Rec proximity(String id, GeoProximityLocation location) {
            setId = id;
            routing = new GeoproximityRouting(location);
            return this;
        }

        Rec multivalue(String id) {
            setId = id;
            routing = MultiValueRouting.INSTANCE;
            return this;
        }

        Rec cidr(String id, String collectionId, String location) {
            setId = id;
            routing = new IpBasedRouting(collectionId, location);
            return this;
        }

        Rec healthCheck(String id) {
            healthCheck = id;
            return this;
        }

        Rec ttl(long seconds) {
            ttl = seconds;
            return this;
        }

        ZoneFixture values(String... values) {
            recordSets.add(new RecordSet(name, type, setId, routing, ttl, List.of(values), null, healthCheck, null));
            return ZoneFixture.this;
        }

        /** An in-zone alias to {@code target} (relative name). */
        ZoneFixture alias(String target, boolean evaluateTargetHealth) {
            return aliasTo(zoneId, name(target), evaluateTargetHealth);
        }

        /** An alias to an AWS resource in another hosted zone. */
        ZoneFixture resourceAlias(String resourceZoneId, String dnsName, boolean evaluateTargetHealth) {
            return aliasTo(resourceZoneId, DomainName.of(dnsName), evaluateTargetHealth);
        }

        private ZoneFixture aliasTo(String targetZone, DomainName target, boolean eth) {
            recordSets.add(new RecordSet(name, type, setId, routing, null, List.of(),
                    new AliasTarget(targetZone, target, eth), healthCheck, null));
            return ZoneFixture.this;
        }
    }
}
