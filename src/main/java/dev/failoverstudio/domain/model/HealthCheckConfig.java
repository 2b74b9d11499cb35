package dev.failoverstudio.domain.model;

/** What a health check monitors (HC2): an endpoint, other checks, a CloudWatch alarm or a routing control. */
public sealed interface HealthCheckConfig
        permits EndpointCheck, CalculatedCheck, CloudWatchCheck, RecoveryControlCheck {

    HealthCheckType type();
}
