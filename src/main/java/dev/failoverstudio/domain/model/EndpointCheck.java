package dev.failoverstudio.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * An endpoint health check: HTTP, HTTPS, their string-matching variants, or TCP (HC3–HC12).
 * Numbers are kept as given so HV4/HV7/HV8 can report out-of-range values.
 *
 * @param port null when absent (console default 80/443, HV4)
 * @param requestInterval seconds between probes; null means the default 30 (HC8)
 * @param failureThreshold consecutive probes to change a checker's opinion; null means 3 (HC7)
 * @param regions checker Regions; empty means the eight defaults (HC10)
 */
public record EndpointCheck(HealthCheckType type, String ipAddress, Long port, String fullyQualifiedDomainName,
                            String resourcePath, String searchString, Long requestInterval, Long failureThreshold,
                            List<String> regions, boolean enableSni, boolean measureLatency)
        implements HealthCheckConfig {

    public static final long DEFAULT_REQUEST_INTERVAL = 30;
    public static final long DEFAULT_FAILURE_THRESHOLD = 3;
    /** The eight default checker Regions (HC10, M3). */
    public static final List<String> DEFAULT_REGIONS = List.of("us-east-1", "us-west-1", "us-west-2", "eu-west-1",
            "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1");

    public EndpointCheck {
        Objects.requireNonNull(type, "type");
        if (!type.isEndpoint()) {
            throw new IllegalArgumentException(type + " is not an endpoint check type");
        }
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    /** A plain HTTP check of an IP address with every other setting at its default. */
    public static EndpointCheck http(String ipAddress) {
        return new EndpointCheck(HealthCheckType.HTTP, ipAddress, 80L, null, "/", null, null, null, List.of(),
                false, false);
    }

    public long effectiveRequestInterval() {
        return requestInterval == null ? DEFAULT_REQUEST_INTERVAL : requestInterval;
    }

    public long effectiveFailureThreshold() {
        return failureThreshold == null ? DEFAULT_FAILURE_THRESHOLD : failureThreshold;
    }

    /** The Regions whose checkers probe this endpoint (HC10). */
    public List<String> effectiveRegions() {
        return regions.isEmpty() ? DEFAULT_REGIONS : regions;
    }

    public EndpointCheck withRegions(List<String> newRegions) {
        return new EndpointCheck(type, ipAddress, port, fullyQualifiedDomainName, resourcePath, searchString,
                requestInterval, failureThreshold, newRegions, enableSni, measureLatency);
    }
}
