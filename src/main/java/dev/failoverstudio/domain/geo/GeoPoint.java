package dev.failoverstudio.domain.geo;

/** A point on the globe in degrees. Distances use the haversine formula on a 6,371 km sphere (M2). */
public record GeoPoint(double latitude, double longitude) {

    public static final double EARTH_RADIUS_KM = 6371.0;

    public double distanceKm(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = Math.toRadians(other.latitude - latitude);
        double dLambda = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
