package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.RecoveryControlCheck;

/**
 * The health check settings Route 53 refuses outright because a field is missing or not allowed for the type
 * (CreateHealthCheck fails): commands refuse them, so the design never holds a check that no health check
 * request, and no saved file, could express. Values out of range (a port of 0, an interval of 20) stay for the
 * validator.
 */
public final class HealthCheckShape {

    /** The search string a check gets when it becomes a string-matching one without a search string. */
    public static final String DEFAULT_SEARCH_STRING = "OK";

    private HealthCheckShape() {
    }

    /**
     * {@code e} changed to {@code type} the way the Route 53 console does it: fields the new type does not have
     * are cleared (TCP: no resource path; non-matching types: no search string; SNI only for HTTPS, on by
     * default as in the console), and a string-matching type gets {@value #DEFAULT_SEARCH_STRING} as search string when it had none; everything else is kept.
     *
     * @param type an endpoint type (HTTP, HTTPS, their string-matching variants, TCP)
     */
    public static EndpointCheck retype(EndpointCheck e, HealthCheckType type) {
        if (!type.isEndpoint()) {
            throw new IllegalArgumentException(type + " is not an endpoint check type");
        }
        String path = type == HealthCheckType.TCP ? null : e.resourcePath();
        boolean sni = isHttps(type) && (isHttps(e.type()) ? e.enableSni() : true);
        String search = type.isStringMatch() ? (e.searchString() == null ? DEFAULT_SEARCH_STRING : e.searchString())
                : null;
        return new EndpointCheck(type, e.ipAddress(), e.port(), e.fullyQualifiedDomainName(), path, search,
                e.requestInterval(), e.failureThreshold(), e.regions(), sni, e.measureLatency());
    }

    private static boolean isHttps(HealthCheckType type) {
        return type == HealthCheckType.HTTPS || type == HealthCheckType.HTTPS_STR_MATCH;
    }

    /** Throws {@link EditRejectedException} (with the rule) when Route 53 would refuse {@code check} outright. */
    public static void check(HealthCheck check) {
        if (check.config() instanceof EndpointCheck e) {
            if (e.ipAddress() == null && e.fullyQualifiedDomainName() == null) {
                throw new EditRejectedException("HV3", "A " + e.type() + " health check needs an IP address or a"
                        + " domain name");
            }
            if (e.type().isStringMatch() && e.searchString() == null) {
                throw new EditRejectedException("HV6", "A " + e.type() + " health check needs a search string");
            }
            if (!e.type().isStringMatch() && e.searchString() != null) {
                throw new EditRejectedException("HV6", "A search string applies only to string-matching checks,"
                        + " not to " + e.type());
            }
            if (e.type() == HealthCheckType.TCP && e.resourcePath() != null) {
                throw new EditRejectedException("HV5", "A TCP health check has no resource path");
            }
            if (e.type() == HealthCheckType.TCP && e.enableSni()) {
                throw new EditRejectedException("HV10", "A TCP health check does not send SNI");
            }
        } else if (check.config() instanceof CloudWatchCheck c) {
            if (c.alarmRegion() == null || c.alarmName() == null) {
                throw new EditRejectedException("HV16", "A CloudWatch health check needs an alarm Region and name");
            }
        } else if (check.config() instanceof RecoveryControlCheck r && r.routingControlArn() == null) {
            throw new EditRejectedException("HV17", "A recovery control health check needs a routing control ARN");
        }
    }
}
