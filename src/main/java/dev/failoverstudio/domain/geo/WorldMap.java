package dev.failoverstudio.domain.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The world map the resolver pane draws and picks on: one {@link MapShape} per country of the Route 53
 * country table (M1) and one per US state (M5), in plate carrée degrees. Immutable and safe to share.
 *
 * <p>Picking ({@link #at}) answers which place a client at a latitude and longitude is in:
 * <ol>
 * <li>within {@value #POINT_PLACE_RADIUS_KM} km of a place drawn only as a point (Gibraltar, Tuvalu…): that place;</li>
 * <li>inside a country's outline: that country, or for the US the state whose outline contains the point
 * (the US alone when no state outline does: the "US without a state" of R105);</li>
 * <li>inside a state outline only (coastlines of the two sources differ by a few hundred metres): the state;</li>
 * <li>otherwise the place whose outline (or point) is nearest, if it is within the tolerance — so a click on
 * the water beside a small island, simplified away at this scale, still picks it (Manama, Monaco);</li>
 * <li>otherwise nothing: open ocean.</li>
 * </ol>
 * A grid of one-degree cells lists the rings whose bounding box touches each cell, so a pick tests a handful
 * of rings; rings that cross the antimeridian are listed in the cells on both sides.
 */
public final class WorldMap {

    /** The default tolerance of {@link #at(double, double)}: about the size of a click on a world-scale map. */
    public static final double DEFAULT_TOLERANCE_KM = 30.0;
    /** Places drawn only as a point are picked within this distance of it, even on another place's land. */
    public static final double POINT_PLACE_RADIUS_KM = 5.0;

    private static final int COLUMNS = 360;
    private static final int ROWS = 180;

    private final List<MapShape> countries;
    private final List<MapShape> usStates;
    private final List<MapShape> all;
    private final Map<MapPlace, MapShape> byPlace;
    /** Every ring of every shape, and the shape it belongs to (index into {@link #shapes}). */
    private final MapRing[] rings;
    private final int[] ringShape;
    private final MapShape[] shapes;
    /** Sum of the shape's ring bounding-box areas in square degrees: an enclave is smaller than its host. */
    private final double[] extent;
    private final List<MapShape> pointPlaces = new ArrayList<>();
    /** Cell (row * COLUMNS + column) to the indexes of the rings whose bounding box touches it, ascending. */
    private final int[][] cells;

    /**
     * @param countries one shape per country code (no subdivision)
     * @param usStates one shape per US state (country US with a subdivision)
     * @throws IllegalArgumentException when a place appears twice or a list holds the other kind
     */
    public WorldMap(List<MapShape> countries, List<MapShape> usStates) {
        this.countries = List.copyOf(countries);
        this.usStates = List.copyOf(usStates);
        Map<MapPlace, MapShape> index = new LinkedHashMap<>();
        List<MapShape> both = new ArrayList<>(this.countries);
        both.addAll(this.usStates);
        this.all = List.copyOf(both);
        for (MapShape s : this.countries) {
            if (s.place().isUsState()) {
                throw new IllegalArgumentException("a state among the countries: " + s.place());
            }
        }
        for (MapShape s : this.usStates) {
            if (!s.place().isUsState() || s.isPointOnly()) {
                throw new IllegalArgumentException("not a US state outline: " + s.place());
            }
        }
        for (MapShape s : both) {
            if (index.put(s.place(), s) != null) {
                throw new IllegalArgumentException("place twice on the map: " + s.place());
            }
        }
        this.byPlace = Collections.unmodifiableMap(index);
        this.shapes = both.toArray(new MapShape[0]);
        List<MapRing> ringList = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int s = 0; s < shapes.length; s++) {
            if (shapes[s].isPointOnly()) {
                pointPlaces.add(shapes[s]);
            }
            for (MapRing ring : shapes[s].rings()) {
                ringList.add(ring);
                owner.add(s);
            }
        }
        this.rings = ringList.toArray(new MapRing[0]);
        this.extent = new double[shapes.length];
        for (int s = 0; s < shapes.length; s++) {
            for (MapRing ring : shapes[s].rings()) {
                extent[s] += (ring.maxLongitude() - ring.minLongitude()) * (ring.maxLatitude() - ring.minLatitude());
            }
        }
        this.ringShape = owner.stream().mapToInt(Integer::intValue).toArray();
        this.cells = buildGrid(rings);
    }

    private static int[][] buildGrid(MapRing[] rings) {
        List<List<Integer>> lists = new ArrayList<>(COLUMNS * ROWS);
        for (int i = 0; i < COLUMNS * ROWS; i++) {
            lists.add(null);
        }
        for (int r = 0; r < rings.length; r++) {
            MapRing ring = rings[r];
            int row0 = row(ring.minLatitude());
            int row1 = row(ring.maxLatitude());
            int col0 = (int) Math.floor(ring.minLongitude() + 180);
            int col1 = (int) Math.floor(ring.maxLongitude() + 180);
            if (col1 - col0 >= COLUMNS) {
                col0 = 0;
                col1 = COLUMNS - 1;
            }
            for (int row = row0; row <= row1; row++) {
                for (int col = col0; col <= col1; col++) {
                    int cell = row * COLUMNS + Math.floorMod(col, COLUMNS);
                    List<Integer> list = lists.get(cell);
                    if (list == null) {
                        list = new ArrayList<>(4);
                        lists.set(cell, list);
                    }
                    list.add(r);
                }
            }
        }
        int[][] grid = new int[COLUMNS * ROWS][];
        int[] none = new int[0];
        for (int i = 0; i < grid.length; i++) {
            List<Integer> list = lists.get(i);
            grid[i] = list == null ? none : list.stream().mapToInt(Integer::intValue).toArray();
        }
        return grid;
    }

    private static int row(double latitude) {
        return Math.max(0, Math.min(ROWS - 1, (int) Math.floor(latitude + 90)));
    }

    private static int column(double longitude) {
        return Math.floorMod((int) Math.floor(longitude + 180), COLUMNS);
    }

    /** The countries, with places drawn only as points, in code order. */
    public List<MapShape> countries() {
        return countries;
    }

    /** The 50 states and DC. */
    public List<MapShape> usStates() {
        return usStates;
    }

    /** Countries then states. */
    public List<MapShape> shapes() {
        return all;
    }

    public Optional<MapShape> shape(MapPlace place) {
        return Optional.ofNullable(byPlace.get(place));
    }

    /** The place at a point, with the {@linkplain #DEFAULT_TOLERANCE_KM default tolerance} for water clicks. */
    public Optional<MapPlace> at(double latitude, double longitude) {
        return at(latitude, longitude, DEFAULT_TOLERANCE_KM);
    }

    /**
     * The place at a point (see the class comment for the order of the rules).
     *
     * @param longitude any value; it is taken modulo 360
     * @param toleranceKm how far off the outlines a point on the water may be and still pick the nearest place;
     *                    0 for strict containment
     */
    public Optional<MapPlace> at(double latitude, double longitude, double toleranceKm) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude) || latitude < -90 || latitude > 90
                || Double.isInfinite(longitude)) {
            return Optional.empty();
        }
        double lon = normalise(longitude);
        GeoPoint here = new GeoPoint(latitude, lon);
        for (MapShape point : pointPlaces) {
            if (point.representativePoint().distanceKm(here) <= POINT_PLACE_RADIUS_KM) {
                return Optional.of(point.place());
            }
        }
        int[] candidates = cells[row(latitude) * COLUMNS + column(lon)];
        int country = -1;
        int state = -1;
        int i = 0;
        while (i < candidates.length) {
            int shape = ringShape[candidates[i]];
            boolean inside = false;
            // the cell lists rings in shape order, so one shape's rings are consecutive
            for (; i < candidates.length && ringShape[candidates[i]] == shape; i++) {
                if (rings[candidates[i]].contains(latitude, lon)) {
                    inside = !inside;
                }
            }
            if (inside) {
                // outlines of two places overlap only where one is an enclave the other does not cut out
                // (San Marino in Italy at this scale): the smaller place wins
                if (shapes[shape].place().isUsState()) {
                    if (state < 0 || extent[shape] < extent[state]) {
                        state = shape;
                    }
                } else if (country < 0 || extent[shape] < extent[country]) {
                    country = shape;
                }
            }
        }
        if (country >= 0 && !"US".equals(shapes[country].place().country())) {
            return Optional.of(shapes[country].place());
        }
        if (state >= 0) {
            return Optional.of(shapes[state].place());
        }
        if (country >= 0) {
            return Optional.of(shapes[country].place());
        }
        return toleranceKm > 0 ? nearest(latitude, lon, toleranceKm) : Optional.empty();
    }

    /** The place whose outline or point is nearest within the tolerance, preferring a state over the US. */
    private Optional<MapPlace> nearest(double latitude, double longitude, double toleranceKm) {
        double bestCountryKm = toleranceKm;
        MapShape bestCountry = null;
        double bestStateKm = toleranceKm;
        MapShape bestState = null;
        GeoPoint here = new GeoPoint(latitude, longitude);
        for (MapShape point : pointPlaces) {
            double km = point.representativePoint().distanceKm(here);
            if (km <= bestCountryKm) {
                bestCountryKm = km;
                bestCountry = point;
            }
        }
        double latSpan = toleranceKm / MapRing.KM_PER_DEGREE;
        double cos = Math.cos(Math.toRadians(Math.min(89.0, Math.abs(latitude) + latSpan)));
        double lonSpan = Math.min(180, toleranceKm / (MapRing.KM_PER_DEGREE * cos));
        int row0 = row(latitude - latSpan);
        int row1 = row(latitude + latSpan);
        int colSpan = (int) Math.ceil(lonSpan) + 1;
        int centre = column(longitude);
        boolean[] seen = new boolean[rings.length];
        for (int row = row0; row <= row1; row++) {
            for (int dc = -Math.min(colSpan, COLUMNS / 2); dc <= Math.min(colSpan, COLUMNS / 2 - 1); dc++) {
                for (int r : cells[row * COLUMNS + Math.floorMod(centre + dc, COLUMNS)]) {
                    if (seen[r]) {
                        continue;
                    }
                    seen[r] = true;
                    MapShape shape = shapes[ringShape[r]];
                    boolean isState = shape.place().isUsState();
                    double limit = isState ? bestStateKm : bestCountryKm;
                    if (!nearBox(rings[r], latitude, longitude, latSpan, lonSpan)) {
                        continue;
                    }
                    double km = rings[r].distanceKm(latitude, longitude, limit);
                    if (km <= limit) {
                        if (isState) {
                            bestStateKm = km;
                            bestState = shape;
                        } else {
                            bestCountryKm = km;
                            bestCountry = shape;
                        }
                    }
                }
            }
        }
        if (bestState != null && (bestCountry == null || "US".equals(bestCountry.place().country())
                || bestStateKm < bestCountryKm)) {
            return Optional.of(bestState.place());
        }
        return Optional.ofNullable(bestCountry).map(MapShape::place);
    }

    private static boolean nearBox(MapRing ring, double latitude, double longitude, double latSpan, double lonSpan) {
        if (latitude + latSpan < ring.minLatitude() || latitude - latSpan > ring.maxLatitude()) {
            return false;
        }
        for (int k = -1; k <= 1; k++) {
            double x = longitude + 360.0 * k;
            if (x + lonSpan >= ring.minLongitude() && x - lonSpan <= ring.maxLongitude()) {
                return true;
            }
        }
        return false;
    }

    private static double normalise(double longitude) {
        double l = (longitude + 180) % 360;
        if (l < 0) {
            l += 360;
        }
        return l - 180;
    }
}
