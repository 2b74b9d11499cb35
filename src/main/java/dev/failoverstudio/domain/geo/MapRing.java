package dev.failoverstudio.domain.geo;

/**
 * One closed ring of a place's outline, in degrees. Longitudes are unwrapped: consecutive points never differ
 * by more than 180°, so a ring that crosses the antimeridian (Fiji, Chukotka, the Aleutians) reaches past
 * ±180° instead of jumping; its westernmost point lies in [-180, 180). A ring around a pole (Antarctica) is
 * closed through the pole. The closing edge from the last point back to the first is implied. Immutable.
 */
public final class MapRing {

    static final double KM_PER_DEGREE = Math.toRadians(1) * GeoPoint.EARTH_RADIUS_KM;
    /** Edges per chunk: a chunk's bounding box lets picking skip most edges of long rings (Russia, Canada). */
    private static final int CHUNK = 32;

    private final double[] longitudes;
    private final double[] latitudes;
    private final double minLongitude;
    private final double maxLongitude;
    private final double minLatitude;
    private final double maxLatitude;
    /** Bounding boxes of the edges of each chunk; edge i joins point i-1 (point n-1 for i = 0) to point i. */
    private final double[] chunkMinLon;
    private final double[] chunkMaxLon;
    private final double[] chunkMinLat;
    private final double[] chunkMaxLat;

    /** @throws IllegalArgumentException with fewer than three points or arrays of different lengths */
    public MapRing(double[] longitudes, double[] latitudes) {
        if (longitudes.length != latitudes.length || longitudes.length < 3) {
            throw new IllegalArgumentException("a ring needs at least three points with both coordinates");
        }
        this.longitudes = longitudes.clone();
        this.latitudes = latitudes.clone();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < longitudes.length; i++) {
            minX = Math.min(minX, longitudes[i]);
            maxX = Math.max(maxX, longitudes[i]);
            minY = Math.min(minY, latitudes[i]);
            maxY = Math.max(maxY, latitudes[i]);
        }
        this.minLongitude = minX;
        this.maxLongitude = maxX;
        this.minLatitude = minY;
        this.maxLatitude = maxY;
        int n = longitudes.length;
        int chunks = (n + CHUNK - 1) / CHUNK;
        chunkMinLon = new double[chunks];
        chunkMaxLon = new double[chunks];
        chunkMinLat = new double[chunks];
        chunkMaxLat = new double[chunks];
        for (int c = 0; c < chunks; c++) {
            int first = c * CHUNK;
            int prev = first == 0 ? n - 1 : first - 1;
            double x0 = longitudes[prev];
            double x1 = x0;
            double y0 = latitudes[prev];
            double y1 = y0;
            for (int i = first; i < Math.min(n, first + CHUNK); i++) {
                x0 = Math.min(x0, longitudes[i]);
                x1 = Math.max(x1, longitudes[i]);
                y0 = Math.min(y0, latitudes[i]);
                y1 = Math.max(y1, latitudes[i]);
            }
            chunkMinLon[c] = x0;
            chunkMaxLon[c] = x1;
            chunkMinLat[c] = y0;
            chunkMaxLat[c] = y1;
        }
    }

    public int size() {
        return longitudes.length;
    }

    /** The unwrapped longitude of point {@code i} (may lie beyond ±180°). */
    public double longitude(int i) {
        return longitudes[i];
    }

    public double latitude(int i) {
        return latitudes[i];
    }

    public double minLongitude() {
        return minLongitude;
    }

    public double maxLongitude() {
        return maxLongitude;
    }

    public double minLatitude() {
        return minLatitude;
    }

    public double maxLatitude() {
        return maxLatitude;
    }

    /**
     * Whether the point lies inside the ring (even-odd rule, plate carrée), trying the longitude and its
     * copies 360° east and west so that unwrapped rings are hit from either side of the antimeridian.
     */
    boolean contains(double latitude, double longitude) {
        if (latitude < minLatitude || latitude > maxLatitude) {
            return false;
        }
        for (int k = -1; k <= 1; k++) {
            double x = longitude + 360.0 * k;
            if (x >= minLongitude && x <= maxLongitude) {
                return raycast(latitude, x);
            }
        }
        return false;
    }

    private boolean raycast(double y, double x) {
        boolean inside = false;
        int n = longitudes.length;
        for (int c = 0; c < chunkMinLat.length; c++) {
            // an edge only counts when it straddles the point's latitude east of the point
            if (y < chunkMinLat[c] || y > chunkMaxLat[c] || x > chunkMaxLon[c]) {
                continue;
            }
            int first = c * CHUNK;
            int last = Math.min(n, first + CHUNK);
            for (int i = first; i < last; i++) {
                int j = i == 0 ? n - 1 : i - 1;
                double yi = latitudes[i];
                double yj = latitudes[j];
                if ((yi > y) != (yj > y)) {
                    double xi = longitudes[i];
                    if (x < (longitudes[j] - xi) * (y - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }

    /**
     * Approximate distance in km from the point to the ring's outline, on a local equirectangular projection
     * centred on the point (accurate to a few per cent within a few hundred km, which is all snapping needs);
     * {@code Double.POSITIVE_INFINITY} when the outline is farther than {@code limitKm}.
     */
    double distanceKm(double latitude, double longitude, double limitKm) {
        double kx = Math.cos(Math.toRadians(latitude)) * KM_PER_DEGREE;
        double best = Double.POSITIVE_INFINITY;
        int n = longitudes.length;
        for (int c = 0; c < chunkMinLat.length; c++) {
            if (boxDistanceKm(c, latitude, longitude, kx) > Math.min(best, limitKm)) {
                continue;
            }
            int first = c * CHUNK;
            int last = Math.min(n, first + CHUNK);
            int j = first == 0 ? n - 1 : first - 1;
            double px = wrap(longitudes[j] - longitude) * kx;
            double py = (latitudes[j] - latitude) * KM_PER_DEGREE;
            for (int i = first; i < last; i++) {
                double qx = wrap(longitudes[i] - longitude) * kx;
                double qy = (latitudes[i] - latitude) * KM_PER_DEGREE;
                // an edge whose ends wrap to opposite sides of the globe is far away, not across the point
                if (Math.abs(qx - px) < 180 * kx) {
                    best = Math.min(best, segmentDistance(px, py, qx, qy));
                }
                px = qx;
                py = qy;
            }
        }
        return best <= limitKm ? best : Double.POSITIVE_INFINITY;
    }

    /** A lower bound of the distance from the point to the edges of chunk {@code c}, in km. */
    private double boxDistanceKm(int c, double latitude, double longitude, double kx) {
        double dy = Math.max(0, Math.max(chunkMinLat[c] - latitude, latitude - chunkMaxLat[c])) * KM_PER_DEGREE;
        double dx = Double.POSITIVE_INFINITY;
        for (int k = -1; k <= 1; k++) {
            double x = longitude + 360.0 * k;
            dx = Math.min(dx, Math.max(0, Math.max(chunkMinLon[c] - x, x - chunkMaxLon[c])));
        }
        dx *= kx; // the metric of distanceKm: the point's own latitude scales longitude
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static double segmentDistance(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        double x = ax + t * dx;
        double y = ay + t * dy;
        return Math.sqrt(x * x + y * y);
    }

    private static double wrap(double dLon) {
        double d = dLon % 360.0;
        if (d >= 180) {
            d -= 360;
        } else if (d < -180) {
            d += 360;
        }
        return d;
    }
}
