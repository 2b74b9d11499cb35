package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.RecoveryControlCheck;

/** One line saying what a health check watches, e.g. {@code HTTPS apse2-a.origin.example.net:443/health}. */
final class HealthCheckSummary {

    private HealthCheckSummary() {
    }

    static String describe(HealthCheck check) {
        String flags = (check.inverted() ? " · inverted" : "") + (check.disabled() ? " · disabled" : "");
        if (check.config() instanceof EndpointCheck e) {
            String host = e.fullyQualifiedDomainName() != null ? e.fullyQualifiedDomainName()
                    : e.ipAddress() != null ? e.ipAddress() : "?";
            String port = e.port() == null ? "" : ":" + e.port();
            String path = e.resourcePath() == null || e.type().name().equals("TCP") ? "" : e.resourcePath();
            return e.type() + " " + host + port + path + flags;
        } else if (check.config() instanceof CalculatedCheck c) {
            return "CALCULATED " + c.healthThreshold() + " of " + c.childHealthChecks().size() + flags;
        } else if (check.config() instanceof CloudWatchCheck c) {
            return "CloudWatch " + c.alarmName() + flags;
        } else if (check.config() instanceof RecoveryControlCheck) {
            return "Recovery control" + flags;
        }
        return check.type() + flags;
    }
}
