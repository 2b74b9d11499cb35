package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Record sets and health checks the palette creates: each valid on its own per the validator, with sensible
 * defaults, and with names, set identifiers and IDs not used yet in the design. Deterministic: the same design
 * gives the same new things (IDs are name-based UUIDs of a counter), so tests and undo/redo are repeatable.
 *
 * <p>Defaults: type A with a documentation address (RFC 5737) and TTL 60 (300 for simple routing); weighted
 * weight 10; failover PRIMARY (then SECONDARY for a second member); latency and geoproximity Region
 * {@code us-east-1} (then other Regions); geolocation the default location {@code *} (then countries);
 * IP-based the first location of the design's first CIDR collection (a new collection is made by
 * {@link #paletteCommand} when there is none); set identifiers {@code <policy>-<n>}.
 */
public final class NewRecordSets {

    /** Regions offered in turn for latency and geoproximity members (M2 codes). */
    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-1", "us-west-2",
            "eu-central-1", "ap-northeast-1", "sa-east-1", "ap-south-1", "ca-central-1", "eu-north-1");
    /** Countries offered in turn after the default geolocation (ISO 3166-1 alpha-2). */
    static final List<String> COUNTRIES = List.of("US", "DE", "GB", "FR", "JP", "BR", "IN", "AU", "CA", "SG");
    private static final long TTL = 60;
    private static final long SIMPLE_TTL = 300;
    private static final long WEIGHT = 10;

    /** A new record set of {@code policy}: a new group in zone {@code zoneId}, e.g. weighted: weight 10. */
    public RecordSet create(Design design, String zoneId, RoutingPolicy policy) {
        HostedZone zone = ZoneEdits.zone(design, zoneId);
        DomainName name = freshName(zone, slug(policy));
        Routing routing = firstRouting(design, policy);
        String setId = policy == RoutingPolicy.SIMPLE ? null : freshSetId(zone, slug(policy));
        return new RecordSet(name, RecordType.A, setId, routing, policy == RoutingPolicy.SIMPLE ? SIMPLE_TTL : TTL,
                List.of(freshAddress(zone)), null, null, null);
    }

    /**
     * The command a palette drop runs: adds {@link #create} at {@code position}, and for IP-based routing in a
     * design without CIDR collections first adds one ({@link #newCidrCollection}), as one undo step.
     */
    public EditCommand paletteCommand(Design design, String zoneId, RoutingPolicy policy, Position position) {
        if (policy == RoutingPolicy.IP_BASED && design.cidrCollections().isEmpty()) {
            CidrCollection collection = newCidrCollection(design);
            Design withCollection = design.withCidrCollections(List.of(collection));
            RecordSet r = create(withCollection, zoneId, policy);
            return new CompositeCommand("Add " + policy.label() + " record set",
                    List.of(new AddCidrCollectionCommand(collection), new AddRecordSetCommand(zoneId, r, position)));
        }
        return new AddRecordSetCommand(zoneId, create(design, zoneId, policy), position);
    }

    /**
     * A new member for an existing group ("add member" on a card): the group's name, type and policy, and a
     * routing value the group does not use yet (the next weight, the missing failover role, an unused Region or
     * location). Refused for a simple group, which has exactly one record set (V11).
     */
    public RecordSet newMember(Design design, String zoneId, GroupKey group) {
        HostedZone zone = ZoneEdits.zone(design, zoneId);
        List<RecordSet> members = zone.recordSets().stream().filter(r -> r.groupKey().equals(group)).toList();
        if (members.isEmpty()) {
            throw new EditRejectedException(null, "There is no group " + group.describe());
        }
        RoutingPolicy policy = members.get(0).policy();
        if (policy == RoutingPolicy.SIMPLE) {
            throw new EditRejectedException("V11", "A simple group has exactly one record set; choose a routing"
                    + " policy for " + group.describe() + " first");
        }
        Routing routing = nextRouting(design, policy, members);
        Long ttl = members.stream().map(RecordSet::ttl).filter(t -> t != null).findFirst().orElse(TTL);
        return new RecordSet(group.name(), group.type(), freshSetId(zone, slug(policy)), routing, ttl,
                sampleValues(zone, group.type()), null, null, null);
    }

    /** A new HTTPS endpoint health check with an ID not used yet (checks the apex name on port 443). */
    public HealthCheck newHealthCheck(Design design) {
        Set<String> used = new HashSet<>();
        design.healthChecks().forEach(h -> used.add(h.id()));
        String id = uniqueHealthCheckId(used);
        String host = design.zones().isEmpty() ? "www.example.com"
                : "www." + design.zones().get(0).origin().text().replaceAll("\\.$", "");
        EndpointCheck config = new EndpointCheck(HealthCheckType.HTTPS, null, 443L, host, "/health", null, 30L, 3L,
                List.of(), true, false);
        return new HealthCheck(id, "failover-studio-" + id.substring(0, 8), config, false, false, 1);
    }

    /** A new CIDR collection with one location {@code office} of one documentation block (RFC 5737). */
    public CidrCollection newCidrCollection(Design design) {
        Set<String> used = new HashSet<>();
        design.cidrCollections().forEach(c -> used.add(c.id()));
        String id = uniqueId("cidr-collection", used);
        return new CidrCollection(id, "collection-" + (design.cidrCollections().size() + 1), 1,
                List.of(new CidrLocation("office", List.of("198.51.100.0/24"))));
    }

    /** The first name-based UUID of {@code failover-studio-health-check-<n>} not in {@code used}. */
    static String uniqueHealthCheckId(Set<String> used) {
        return uniqueId("health-check", used);
    }

    private static String uniqueId(String kind, Set<String> used) {
        for (int n = 1; ; n++) {
            String id = UUID.nameUUIDFromBytes(("failover-studio-" + kind + "-" + n)
                    .getBytes(StandardCharsets.UTF_8)).toString();
            if (!used.contains(id)) {
                return id;
            }
        }
    }

    private static Routing firstRouting(Design design, RoutingPolicy policy) {
        return switch (policy) {
            case SIMPLE -> SimpleRouting.INSTANCE;
            case WEIGHTED -> new WeightedRouting(WEIGHT);
            case FAILOVER -> new FailoverRouting(FailoverRole.PRIMARY);
            case LATENCY -> new LatencyRouting(REGIONS.get(0));
            case GEOLOCATION -> new GeolocationRouting(GeoLocation.defaultLocation());
            case GEOPROXIMITY -> new GeoproximityRouting(new GeoProximityLocation(REGIONS.get(0), null, null, null,
                    null));
            case MULTIVALUE -> MultiValueRouting.INSTANCE;
            case IP_BASED -> ipBased(design, Set.of());
        };
    }

    private static Routing nextRouting(Design design, RoutingPolicy policy, List<RecordSet> members) {
        Set<Object> used = new HashSet<>();
        members.forEach(m -> used.add(m.routing()));
        return switch (policy) {
            case SIMPLE -> SimpleRouting.INSTANCE;
            case WEIGHTED -> new WeightedRouting(WEIGHT);
            case FAILOVER -> used.contains(new FailoverRouting(FailoverRole.PRIMARY))
                    ? new FailoverRouting(FailoverRole.SECONDARY) : new FailoverRouting(FailoverRole.PRIMARY);
            case LATENCY -> new LatencyRouting(REGIONS.stream().filter(r -> !used.contains(new LatencyRouting(r)))
                    .findFirst().orElse(REGIONS.get(0)));
            case GEOLOCATION -> used.contains(new GeolocationRouting(GeoLocation.defaultLocation()))
                    ? new GeolocationRouting(GeoLocation.country(COUNTRIES.stream()
                    .filter(c -> !used.contains(new GeolocationRouting(GeoLocation.country(c)))).findFirst()
                    .orElse(COUNTRIES.get(0))))
                    : new GeolocationRouting(GeoLocation.defaultLocation());
            case GEOPROXIMITY -> new GeoproximityRouting(new GeoProximityLocation(REGIONS.stream()
                    .filter(r -> members.stream().noneMatch(m -> m.routing() instanceof GeoproximityRouting g
                            && r.equals(g.location().awsRegion())))
                    .findFirst().orElse(REGIONS.get(0)), null, null, null, null));
            case MULTIVALUE -> MultiValueRouting.INSTANCE;
            case IP_BASED -> ipBased(design, used);
        };
    }

    /** The first unused location of the group's (or else the design's first) collection, else the default. */
    private static Routing ipBased(Design design, Set<Object> used) {
        String collectionId = used.stream().filter(u -> u instanceof IpBasedRouting).map(u -> (IpBasedRouting) u)
                .map(IpBasedRouting::collectionId).findFirst()
                .orElse(design.cidrCollections().isEmpty() ? null : design.cidrCollections().get(0).id());
        if (collectionId == null) {
            throw new EditRejectedException("V28", "IP-based routing needs a CIDR collection; add one first");
        }
        Optional<CidrCollection> collection = design.cidrCollection(collectionId);
        for (CidrLocation location : collection.map(CidrCollection::locations).orElse(List.of())) {
            IpBasedRouting candidate = new IpBasedRouting(collectionId, location.name());
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
        return new IpBasedRouting(collectionId, IpBasedRouting.DEFAULT_LOCATION);
    }

    private static String slug(RoutingPolicy policy) {
        return switch (policy) {
            case SIMPLE -> "app";
            case MULTIVALUE -> "multivalue";
            case IP_BASED -> "ip-based";
            default -> policy.name().toLowerCase(Locale.ROOT);
        };
    }

    /** {@code <slug>.<origin>}, then {@code <slug>-2.<origin>}…, the first name without record sets. */
    private static DomainName freshName(HostedZone zone, String slug) {
        Set<DomainName> used = new HashSet<>();
        zone.recordSets().forEach(r -> used.add(r.name()));
        for (int n = 1; ; n++) {
            DomainName name = DomainName.of((n == 1 ? slug : slug + "-" + n) + "." + zone.origin().text());
            if (!used.contains(name)) {
                return name;
            }
        }
    }

    /** {@code <slug>-<n>}, the first not used as a set identifier anywhere in the zone. */
    private static String freshSetId(HostedZone zone, String slug) {
        Set<String> used = new HashSet<>();
        zone.recordSets().forEach(r -> used.add(r.setIdentifier()));
        for (int n = 1; ; n++) {
            String id = slug + "-" + n;
            if (!used.contains(id)) {
                return id;
            }
        }
    }

    /** {@code 192.0.2.<n>} (RFC 5737), the first not used as a value in the zone. */
    private static String freshAddress(HostedZone zone) {
        Set<String> used = new HashSet<>();
        zone.recordSets().forEach(r -> used.addAll(r.values()));
        for (int n = 1; n < 255; n++) {
            String address = "192.0.2." + n;
            if (!used.contains(address)) {
                return address;
            }
        }
        return "192.0.2.1";
    }

    private static List<String> sampleValues(HostedZone zone, RecordType type) {
        String host = "app." + zone.origin().text();
        return switch (type) {
            case A -> List.of(freshAddress(zone));
            case AAAA -> List.of("2001:db8::" + Integer.toHexString(1 + zone.recordSets().size() % 0xfffe));
            case CNAME -> List.of(host);
            case MX -> List.of("10 mail." + zone.origin().text());
            case TXT, SPF -> List.of("\"v=example\"");
            default -> List.of();
        };
    }
}
