package dev.failoverstudio.domain.geo;

/**
 * One closed ring of a place's outline, in degrees. Longitudes are unwrapped: consecutive points never differ
 * by more than 180°, so a ring that crosses the antimeridian (Fiji, Chukotka, the Aleutians) reaches past
 * ±180° instead of jumping; its westernmost point lies in [-180, 180). A ring around a pole (Antarctica) is
 * closed through the pole. The closing edge from the last point back to the first is implied. Immutable.
 */
public final class MapRing {

    static final double KM_PER_DEGREE = Math.toRadians(1) * GeoPoint.EARTH_RADIUS_KM;

    private final double[] longitudes;
    private final double[] latitudes;
    private final double minLongitude;
    private final double maxLongitude;
    private final double minLatitude;
    private final double maxLatitude;

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
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double yi = latitudes[i];
            double yj = latitudes[j];
            if ((yi > y) != (yj > y)) {
                double xi = longitudes[i];
                if (x < (longitudes[j] - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /**
     * Approximate distance in km from the point to the ring's outline, on a local equirectangular projection
     * centred on the point (accurate to a few per cent within a few hundred km, which is all snapping needs).
     */
    double distanceKm(double latitude, double longitude) {
        double kx = Math.cos(Math.toRadians(latitude)) * KM_PER_DEGREE;
        double best = Double.POSITIVE_INFINITY;
        int n = longitudes.length;
        double px = wrap(longitudes[n - 1] - longitude) * kx;
        double py = (latitudes[n - 1] - latitude) * KM_PER_DEGREE;
        for (int i = 0; i < n; i++) {
            double qx = wrap(longitudes[i] - longitude) * kx;
            double qy = (latitudes[i] - latitude) * KM_PER_DEGREE;
            // an edge whose ends wrap to opposite sides of the globe is far away, not across the point
            if (Math.abs(qx - px) < 180 * kx) {
                best = Math.min(best, segmentDistance(px, py, qx, qy));
            }
            px = qx;
            py = qy;
        }
        return best;
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
