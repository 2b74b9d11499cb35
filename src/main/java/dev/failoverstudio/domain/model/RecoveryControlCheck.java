package dev.failoverstudio.domain.model;

/** A health check that follows a Route 53 ARC routing control: ON healthy, OFF unhealthy (HC15). */
public record RecoveryControlCheck(String routingControlArn) implements HealthCheckConfig {
    @Override
    public HealthCheckType type() {
        return HealthCheckType.RECOVERY_CONTROL;
    }
}
