package dev.failoverstudio.domain.model;

/**
 * Where a geoproximity resource is (R110, S1): exactly one of an AWS Region, a Local Zone group or
 * coordinates (V31), plus an optional bias. Coordinates stay strings, as in the API (S11), so V31 can check
 * their syntax; {@link #bias()} is null when absent (meaning 0).
 */
public record GeoProximityLocation(String awsRegion, String localZoneGroup, String latitude, String longitude,
                                   Long bias) {

    public long effectiveBias() {
        return bias == null ? 0 : bias;
    }

    public boolean hasCoordinates() {
        return latitude != null || longitude != null;
    }
}
