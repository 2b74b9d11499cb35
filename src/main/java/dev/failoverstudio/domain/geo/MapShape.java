package dev.failoverstudio.domain.geo;

import java.util.List;
import java.util.Objects;

/**
 * A place's outline on the world map and the point that stands for it. The rings follow the even-odd rule:
 * a point is inside when an odd number of rings contain it (outer rings and holes alike, so Lesotho is a hole
 * of South Africa). A place too small for the map's scale (Gibraltar, Tuvalu…) has no ring and is only its
 * point. Immutable.
 *
 * @param representativePoint where a typical client of the place is assumed to be (geoproximity and latency
 *                            distances, R91, R111): inside the largest polygon, or the capital where that
 *                            lies far from where people live (see assets/map/README.md)
 */
public record MapShape(MapPlace place, GeoPoint representativePoint, List<MapRing> rings) {

    public MapShape {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(representativePoint, "representativePoint");
        rings = List.copyOf(rings);
    }

    /** True for a place drawn as a marker only, too small for the map's outlines. */
    public boolean isPointOnly() {
        return rings.isEmpty();
    }

    /** Even-odd containment over all rings, from either side of the antimeridian. */
    public boolean contains(double latitude, double longitude) {
        boolean inside = false;
        for (MapRing ring : rings) {
            if (ring.contains(latitude, longitude)) {
                inside = !inside;
            }
        }
        return inside;
    }
}
