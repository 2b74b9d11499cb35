package dev.failoverstudio.domain.health;

/**
 * The final status of one health check (HC17) with the reason a user can read and the rule that decided it.
 */
public record HealthVerdict(boolean healthy, String reason, String rule) {

    public static HealthVerdict healthy(String reason, String rule) {
        return new HealthVerdict(true, reason, rule);
    }

    public static HealthVerdict unhealthy(String reason, String rule) {
        return new HealthVerdict(false, reason, rule);
    }
}
