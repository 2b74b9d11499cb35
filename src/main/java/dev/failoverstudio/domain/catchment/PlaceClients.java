package dev.failoverstudio.domain.catchment;

import dev.failoverstudio.domain.geo.AwsRegionInfo;
import dev.failoverstudio.domain.geo.CountryInfo;
import dev.failoverstudio.domain.geo.GeoPoint;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.geo.MapShape;
import dev.failoverstudio.domain.geo.WorldMap;
import dev.failoverstudio.domain.resolve.ClientContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The client that stands for a place of the world map (R173), as the resolver pane would describe a click there:
 * <ul>
 * <li>geolocation (R101): the country, and for a US state the subdivision, with the Route 53 continent of the
 * country (M1). A country Route 53 cannot locate (BV, CX, EH, HM: R100) gives an unmapped client, which gets the
 * default record (R104);</li>
 * <li>latency and geoproximity (R91, R111): the coordinates of the place's representative point;</li>
 * <li>the nearest latency Region (M2) by great-circle distance, ties by code: the client's Region, which only a
 * private zone uses (R94, R107), since coordinates take precedence in public zones (R91). The Regions of the
 * separate partitions (GovCloud, China, European Sovereign Cloud) serve only their own accounts, so they are
 * left out, except the China Regions for clients in China.</li>
 * </ul>
 * Immutable.
 */
public final class PlaceClients {

    private final GeoTables geo;
    private final List<AwsRegionInfo> latencyRegions;
    private final Map<MapPlace, ClientContext> clients;

    public PlaceClients(WorldMap map, GeoTables geo) {
        this.geo = Objects.requireNonNull(geo, "geo");
        List<AwsRegionInfo> regions = new ArrayList<>();
        for (AwsRegionInfo r : geo.regions().values()) {
            if (r.latencyRecords()) {
                regions.add(r);
            }
        }
        this.latencyRegions = List.copyOf(regions);
        Map<MapPlace, ClientContext> all = new LinkedHashMap<>();
        for (MapShape shape : map.shapes()) {
            all.put(shape.place(), client(shape.place(), shape.representativePoint()));
        }
        this.clients = Collections.unmodifiableMap(all);
    }

    /** Every place of the map with its representative client, countries first, in map order. */
    public Map<MapPlace, ClientContext> all() {
        return clients;
    }

    /** The client for someone at {@code point} inside {@code place} (a click on the map). */
    public ClientContext client(MapPlace place, GeoPoint point) {
        String region = nearestRegion(point, place.country());
        CountryInfo country = geo.country(place.country()).orElse(null);
        if (country == null || !country.supported()) {
            return new ClientContext(null, null, null, region, point.latitude(), point.longitude(), null, null);
        }
        return new ClientContext(country.continent(), country.code(), place.subdivision(), region, point.latitude(),
                point.longitude(), null, null);
    }

    /**
     * The commercial latency Region nearest to the point (M2), ties by Region code; for a client in China
     * ({@code country} CN) the China Regions count too. Null without any Region.
     */
    public String nearestRegion(GeoPoint point, String country) {
        AwsRegionInfo best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (AwsRegionInfo r : latencyRegions) {
            if (separatePartition(r.code()) && !("CN".equals(country) && r.code().startsWith("cn-"))) {
                continue;
            }
            double km = r.point().distanceKm(point);
            if (km < bestKm || (km == bestKm && best != null && r.code().compareTo(best.code()) < 0)) {
                best = r;
                bestKm = km;
            }
        }
        return best == null ? null : best.code();
    }

    private static boolean separatePartition(String regionCode) {
        return regionCode.startsWith("us-gov-") || regionCode.startsWith("cn-") || regionCode.startsWith("eusc-");
    }
}
