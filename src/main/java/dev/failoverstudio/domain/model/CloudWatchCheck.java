package dev.failoverstudio.domain.model;

/**
 * A health check that follows the data behind a CloudWatch alarm (HC14).
 *
 * @param insufficientDataHealthStatus null when absent (treated as LastKnownStatus by Route 53's console
 *                                     default; HV16 reports it)
 */
public record CloudWatchCheck(String alarmRegion, String alarmName,
                              InsufficientDataHealthStatus insufficientDataHealthStatus)
        implements HealthCheckConfig {

    @Override
    public HealthCheckType type() {
        return HealthCheckType.CLOUDWATCH_METRIC;
    }
}
