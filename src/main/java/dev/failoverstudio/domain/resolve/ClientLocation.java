package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.geo.AwsRegionInfo;
import dev.failoverstudio.domain.geo.GeoPoint;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.net.IpPrefix;

import java.util.Locale;

/**
 * What the routing policies know about the client, derived once per query from a {@link ClientContext} and
 * the kind of zone that answers:
 * <ul>
 * <li>public zones: the geolocation attributes as given (R101, R173), the reference point for distance-based
 * policies (coordinates, else the nearest Region, else us-east-1: R91, R116, A15, A35) and the client prefix
 * for IP-based routing (ECS, else the resolver address: R132, R174);</li>
 * <li>private zones: the Region of the VPC (the context's {@code region}) is the only location; EDNS0 client
 * subnet and client coordinates are not used (R94, R171), and the geolocation attributes are those of the
 * Region (R107). Without a known Region the client is unmapped and the us-east-1 reference applies.</li>
 * </ul>
 */
final class ClientLocation {

    static final String DEFAULT_REFERENCE_REGION = "us-east-1";

    final String continent;
    final String country;
    final String subdivision;
    final GeoPoint referencePoint;
    /** The Region the reference point is the position of, or null when it is the client's own coordinates. */
    final String referenceRegion;
    final String referenceDescription;
    final String referenceRule;
    final IpPrefix prefix;
    final String prefixDescription;
    /** The client subnet the query carried (R170), whatever the zone; it means EDNS0 was advertised (R30). */
    final IpPrefix ecsSubnet;
    final boolean privateZone;

    /** How an address-only client was located, for the trace; null when the location was given. */
    String locatedFrom;

    ClientLocation(ClientContext client, GeoTables geo, boolean privateZone) {
        this.privateZone = privateZone;
        String regionCode = lower(client.region());
        AwsRegionInfo region = geo.region(regionCode).orElse(null);
        this.ecsSubnet = ecs(client.ecsSubnet());

        if (privateZone) {
            RegionGeography.Place place = region == null ? null : RegionGeography.of(region.code()).orElse(null);
            this.country = place == null ? null : place.country();
            this.subdivision = place == null ? null : place.subdivision();
        } else if (client.country() == null && client.subdivision() == null && client.continent() == null) {
            this.country = locate(client, ecsSubnet, geo);
            this.subdivision = null;
        } else {
            this.country = upper(client.country());
            this.subdivision = upper(client.subdivision());
        }
        String derivedContinent = privateZone ? null : upper(client.continent());
        if (derivedContinent == null && geoCountry() != null) {
            derivedContinent = geo.continentOf(geoCountry()).orElse(null);
        }
        this.continent = derivedContinent;

        if (client.hasCoordinates() && !privateZone) {
            referencePoint = new GeoPoint(client.latitude(), client.longitude());
            referenceRegion = null;
            referenceDescription = String.format(Locale.ROOT, "client coordinates %.2f, %.2f", client.latitude(),
                    client.longitude());
            referenceRule = "R91";
        } else if (region != null) {
            referencePoint = region.point();
            referenceRegion = region.code();
            referenceDescription = privateZone
                    ? "the Region of the VPC, " + region.code() + " (" + region.place() + ")"
                    : "the client's nearest Region " + region.code() + " (" + region.place() + ")";
            referenceRule = privateZone ? "R94" : "R91";
        } else {
            AwsRegionInfo fallback = geo.region(DEFAULT_REFERENCE_REGION).orElseThrow(
                    () -> new IllegalStateException("the Region table lacks " + DEFAULT_REFERENCE_REGION));
            referencePoint = fallback.point();
            referenceRegion = fallback.code();
            referenceDescription = "unknown client location: the " + DEFAULT_REFERENCE_REGION
                    + " reference point";
            referenceRule = "A35";
        }

        IpPrefix parsed = null;
        String described = null;
        if (ecsSubnet != null && !privateZone) {
            parsed = ecsSubnet;
            described = "EDNS0 client subnet " + parsed;
        }
        if (parsed == null && client.ip() != null) {
            parsed = IpPrefix.parse(client.ip()).filter(p -> p.length() == p.maxLength()).orElse(null);
            described = parsed == null ? null : "resolver address " + parsed;
        }
        this.prefix = parsed;
        this.prefixDescription = described;
    }

    /**
     * Where a client given only by address is (scenario-format.md "client", R170): the country of the ECS
     * subnet, else of the resolver address, from the bundled table. Countries Route 53 cannot locate (BV, HM…)
     * and addresses the table does not know leave the client unmapped (R104).
     */
    private String locate(ClientContext client, IpPrefix ecs, GeoTables geo) {
        IpPrefix source = ecs;
        String from = "EDNS0 client subnet";
        if (source == null && client.ip() != null) {
            source = IpPrefix.parseAddress(client.ip().strip()).orElse(null);
            from = "resolver address";
        }
        if (source == null) {
            return null;
        }
        String found = geo.ipCountries().country(source).orElse(null);
        boolean supported = found != null && geo.country(found).map(c -> c.supported()).orElse(false);
        locatedFrom = found == null ? from + " " + source + " is in no known country"
                : from + " " + source + " is in " + found + (supported ? "" : ", which Route 53 cannot locate")
                + " (IP Geolocation by DB-IP)";
        return supported ? found : null;
    }

    /**
     * The ECS option as a masked prefix (R133, A41). A bare address gets the default source prefix length of
     * the console test tool, 24 bits for IPv4 and 64 for IPv6 (R172).
     */
    static IpPrefix ecs(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.indexOf('/') < 0) {
            t = t + (t.indexOf(':') < 0 ? "/24" : "/64");
        }
        return IpPrefix.parse(t).map(IpPrefix::masked).orElse(null);
    }

    /** The client is in China for the cn-north-1 latency rule (R92, A11). */
    boolean inChina() {
        return "CN".equals(country);
    }

    /** The country used for geolocation; a subdivision without a country means a US state (M5). */
    String geoCountry() {
        return country == null && subdivision != null ? "US" : country;
    }

    boolean unmapped() {
        return continent == null && country == null && subdivision == null;
    }

    String describeGeo() {
        if (unmapped()) {
            if (privateZone) {
                return "a VPC in an unknown Region (unmapped)";
            }
            return locatedFrom == null ? "unmapped client" : "unmapped client (" + locatedFrom + ")";
        }
        StringBuilder sb = new StringBuilder(privateZone ? "the VPC's Region, in " : "");
        if (geoCountry() != null) {
            sb.append(geoCountry());
            if (subdivision != null) {
                sb.append('-').append(subdivision);
            }
        }
        if (continent != null) {
            sb.append(geoCountry() != null ? ", " : "").append("continent ").append(continent);
        }
        if (locatedFrom != null) {
            sb.append(" (").append(locatedFrom).append(')');
        }
        return sb.toString();
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
