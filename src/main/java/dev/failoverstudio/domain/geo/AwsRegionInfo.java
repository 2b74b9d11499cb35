package dev.failoverstudio.domain.geo;

/**
 * An AWS Region with the reference coordinates the latency and geoproximity models use (M2, A10, A13).
 *
 * @param latencyRecords true when Route 53 accepts the code as a latency record's {@code Region} (V24)
 */
public record AwsRegionInfo(String code, String place, GeoPoint point, boolean latencyRecords) {
}
