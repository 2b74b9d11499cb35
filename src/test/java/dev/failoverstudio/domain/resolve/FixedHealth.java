package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.health.HealthVerdict;

import java.util.HashMap;
import java.util.Map;

/**
 * Final health-check statuses set directly by a test, so engine tests exercise routing (R40–R137)
 * independently of how statuses are computed (§5, tested in the health package).
 */
final class FixedHealth implements HealthStatus {

    private final Map<String, Boolean> statuses = new HashMap<>();

    static FixedHealth allHealthy() {
        return new FixedHealth();
    }

    FixedHealth unhealthy(String... ids) {
        for (String id : ids) {
            statuses.put(id, false);
        }
        return this;
    }

    FixedHealth healthy(String... ids) {
        for (String id : ids) {
            statuses.put(id, true);
        }
        return this;
    }

    @Override
    public HealthVerdict verdict(String healthCheckId) {
        boolean healthy = statuses.getOrDefault(healthCheckId, true);
        return new HealthVerdict(healthy, healthy ? "is healthy" : "is unhealthy", "HC17");
    }
}
