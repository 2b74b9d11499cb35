package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckConfig;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.io.assets.GeoTablesLoader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test builders: record sets, designs around the zone {@code example.com.} ({@value #ZONE_ID}), and problem lookups. */
final class Fixtures {

    static final String ZONE_ID = "Z3M3LMPEXAMPLE";
    static final String ORIGIN = "example.com";
    /** A public, routable address health checks may probe (HV3 refuses the documentation ranges). */
    static final String PUBLIC_IP = "54.239.28.85";
    static final String COLLECTION_ID = "a1b2c3d4-0000-4000-8000-00000000c0de";
    static final GeoTables GEO = GeoTablesLoader.loadBundled();

    private Fixtures() {
    }

    static RecordBuilder rs(String name, RecordType type) {
        return new RecordBuilder(name, type);
    }

    /** A simple A record set with TTL 60. */
    static RecordBuilder a(String name, String... values) {
        return rs(name, RecordType.A).ttl(60L).values(values);
    }

    /** An in-zone alias of type A with Evaluate Target Health on. */
    static RecordBuilder aliasA(String name, String target) {
        return rs(name, RecordType.A).inZoneAlias(target, true);
    }

    static DesignBuilder design() {
        return new DesignBuilder();
    }

    static HealthCheck httpCheck(String id) {
        return new HealthCheck(id, id, EndpointCheck.http(PUBLIC_IP), false, false, 1);
    }

    static HealthCheck check(String id, HealthCheckConfig config) {
        return new HealthCheck(id, id, config, false, false, 1);
    }

    /**
     * A name relative to the origin: "www" and "a.b" become "www.example.com" and "a.b.example.com"; "@" is the
     * apex; names ending in a dot or in "example.com" are absolute.
     */
    static String fqdn(String name) {
        if (name.equals("@")) {
            return ORIGIN;
        }
        return name.endsWith(".") || name.endsWith(ORIGIN) ? name : name + "." + ORIGIN;
    }

    static List<Problem> withCode(List<Problem> problems, String code) {
        return problems.stream().filter(p -> p.code().equals(code)).toList();
    }

    static Problem single(List<Problem> problems, String code) {
        List<Problem> found = withCode(problems, code);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one " + code + " problem, got " + found + " in " + problems);
        }
        return found.get(0);
    }

    static final class RecordBuilder {
        private final String name;
        private final RecordType type;
        private String setIdentifier;
        private Routing routing = SimpleRouting.INSTANCE;
        private Long ttl;
        private List<String> values = List.of();
        private AliasTarget alias;
        private String healthCheckId;
        private String trafficPolicyInstanceId;

        RecordBuilder(String name, RecordType type) {
            this.name = fqdn(name);
            this.type = type;
        }

        RecordBuilder ttl(Long value) {
            this.ttl = value;
            return this;
        }

        RecordBuilder values(String... newValues) {
            this.values = Arrays.asList(newValues);
            if (ttl == null && alias == null) {
                ttl = 60L;
            }
            return this;
        }

        RecordBuilder setIdentifier(String id) {
            this.setIdentifier = id;
            return this;
        }

        RecordBuilder routing(String id, Routing r) {
            this.setIdentifier = id;
            this.routing = r;
            return this;
        }

        RecordBuilder weighted(String id, long weight) {
            return routing(id, new WeightedRouting(weight));
        }

        RecordBuilder primary(String id) {
            return routing(id, new FailoverRouting(FailoverRole.PRIMARY));
        }

        RecordBuilder secondary(String id) {
            return routing(id, new FailoverRouting(FailoverRole.SECONDARY));
        }

        RecordBuilder latency(String id, String region) {
            return routing(id, new LatencyRouting(region));
        }

        RecordBuilder geo(String id, GeoLocation location) {
            return routing(id, new GeolocationRouting(location));
        }

        RecordBuilder geoproximity(String id, GeoProximityLocation location) {
            return routing(id, new GeoproximityRouting(location));
        }

        RecordBuilder multivalue(String id) {
            return routing(id, MultiValueRouting.INSTANCE);
        }

        RecordBuilder ipBased(String id, String collectionId, String location) {
            return routing(id, new IpBasedRouting(collectionId, location));
        }

        RecordBuilder alias(String zoneId, String dnsName, boolean eth) {
            this.alias = new AliasTarget(zoneId, DomainName.of(fqdn(dnsName)), eth);
            this.ttl = null;
            this.values = List.of();
            return this;
        }

        RecordBuilder inZoneAlias(String target, boolean eth) {
            return alias(ZONE_ID, target, eth);
        }

        RecordBuilder healthCheck(String id) {
            this.healthCheckId = id;
            return this;
        }

        RecordBuilder trafficPolicy(String id) {
            this.trafficPolicyInstanceId = id;
            return this;
        }

        RecordSet build() {
            return new RecordSet(DomainName.of(name), type, setIdentifier, routing, ttl, values, alias, healthCheckId,
                    trafficPolicyInstanceId);
        }
    }

    static final class DesignBuilder {
        private String origin = ORIGIN;
        private String zoneId = ZONE_ID;
        private boolean privateZone;
        private final List<RecordSet> records = new ArrayList<>();
        private final List<HealthCheck> healthChecks = new ArrayList<>();
        private final List<CidrCollection> collections = new ArrayList<>();
        private final Map<DomainName, AwsResource> resources = new LinkedHashMap<>();
        private final List<HostedZone> otherZones = new ArrayList<>();

        DesignBuilder with(RecordBuilder... builders) {
            for (RecordBuilder b : builders) {
                records.add(b.build());
            }
            return this;
        }

        DesignBuilder with(RecordSet... sets) {
            records.addAll(Arrays.asList(sets));
            return this;
        }

        DesignBuilder origin(String newOrigin) {
            this.origin = newOrigin;
            return this;
        }

        DesignBuilder privateZone() {
            this.privateZone = true;
            return this;
        }

        DesignBuilder healthCheck(HealthCheck... checks) {
            healthChecks.addAll(Arrays.asList(checks));
            return this;
        }

        /** HTTP health checks of {@link #PUBLIC_IP} with the given IDs. */
        DesignBuilder httpChecks(String... ids) {
            for (String id : ids) {
                healthChecks.add(httpCheck(id));
            }
            return this;
        }

        DesignBuilder collection(CidrCollection c) {
            collections.add(c);
            return this;
        }

        DesignBuilder resource(String dnsName, AwsResourceKind kind) {
            DomainName n = DomainName.of(dnsName);
            resources.put(n, new AwsResource(n, kind, List.of("198.51.100.7"), List.of(), null, List.of(), null));
            return this;
        }

        DesignBuilder otherZone(HostedZone zone) {
            otherZones.add(zone);
            return this;
        }

        HostedZone zone() {
            return new HostedZone(zoneId, DomainName.of(origin), privateZone, records);
        }

        Design build() {
            List<HostedZone> zones = new ArrayList<>();
            zones.add(zone());
            zones.addAll(otherZones);
            return new Design(zones, healthChecks, collections, new ResourceCatalog(resources), HealthSnapshot.EMPTY);
        }

        List<Problem> validate() {
            return new DesignValidator(GEO).validate(build());
        }
    }
}
