package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.geo.AwsRegionInfo;
import dev.failoverstudio.domain.geo.GeoPoint;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.net.IpPrefix;

import java.util.Locale;

/**
 * What the routing policies know about the client, derived once per query from a {@link ClientContext}:
 * the geolocation attributes (R101, R173), the reference point for distance-based policies (R91, R116) and
 * the client prefix for IP-based routing (R174).
 */
final class ClientLocation {

    static final String DEFAULT_REFERENCE_REGION = "us-east-1";

    final String continent;
    final String country;
    final String subdivision;
    final GeoPoint referencePoint;
    final String referenceDescription;
    final String referenceRule;
    final IpPrefix prefix;
    final String prefixDescription;

    ClientLocation(ClientContext client, GeoTables geo) {
        this.country = upper(client.country());
        this.subdivision = upper(client.subdivision());
        String derivedContinent = upper(client.continent());
        if (derivedContinent == null && country != null) {
            derivedContinent = geo.continentOf(country).orElse(null);
        }
        this.continent = derivedContinent;

        AwsRegionInfo region = geo.region(client.region()).orElse(null);
        if (client.hasCoordinates()) {
            referencePoint = new GeoPoint(client.latitude(), client.longitude());
            referenceDescription = String.format(Locale.ROOT, "client coordinates %.2f, %.2f", client.latitude(),
                    client.longitude());
            referenceRule = "R91";
        } else if (region != null) {
            referencePoint = region.point();
            referenceDescription = "the client's nearest Region " + region.code() + " (" + region.place() + ")";
            referenceRule = "R91";
        } else {
            AwsRegionInfo fallback = geo.region(DEFAULT_REFERENCE_REGION).orElseThrow(
                    () -> new IllegalStateException("the Region table lacks " + DEFAULT_REFERENCE_REGION));
            referencePoint = fallback.point();
            referenceDescription = "unknown client location: the " + DEFAULT_REFERENCE_REGION
                    + " reference point";
            referenceRule = "A35";
        }

        IpPrefix parsed = null;
        String described = null;
        if (client.ecsSubnet() != null) {
            parsed = IpPrefix.parse(client.ecsSubnet()).map(IpPrefix::masked).orElse(null);
            described = parsed == null ? null : "EDNS0 client subnet " + parsed;
        }
        if (parsed == null && client.ip() != null) {
            parsed = IpPrefix.parse(client.ip()).filter(p -> p.length() == p.maxLength()).orElse(null);
            described = parsed == null ? null : "resolver address " + parsed;
        }
        this.prefix = parsed;
        this.prefixDescription = described;
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
            return "unmapped client";
        }
        StringBuilder sb = new StringBuilder();
        if (geoCountry() != null) {
            sb.append(geoCountry());
            if (subdivision != null) {
                sb.append('-').append(subdivision);
            }
        }
        if (continent != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("continent ").append(continent);
        }
        return sb.toString();
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
