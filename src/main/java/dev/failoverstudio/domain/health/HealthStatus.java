package dev.failoverstudio.domain.health;

/**
 * The final status of every health check at one instant (HC1: Route 53 answers from precomputed status).
 * Implementations are immutable and cheap to query.
 */
public interface HealthStatus {

    /**
     * The verdict for {@code healthCheckId}. An ID that names no health check (a dangling reference, V50) is
     * reported healthy with a reason saying so, so that an invalid design still resolves.
     */
    HealthVerdict verdict(String healthCheckId);

    default boolean isHealthy(String healthCheckId) {
        return verdict(healthCheckId).healthy();
    }
}
