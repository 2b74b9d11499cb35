package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.RecoveryControlCheck;

import java.util.List;
import java.util.Optional;

/**
 * Health checks (HV3–HV18): endpoint settings ({@link EndpointCheckRules}); calculated checks with at most 256
 * children (warning above 255, A27), a threshold of 0–256, children that exist (HV14) and are not calculated
 * (HV15); CloudWatch checks with an alarm Region and a name of 1–256 characters (HV16); recovery controls with
 * an ARN of 1–255 characters (HV17); the default quota of 200 health checks (HV18, warning). HV1 (a type) and
 * HV11/HV12 (booleans) are guaranteed by the model; HV2, HV19–HV21 concern updates
 * ({@link HealthCheckChangeValidator}).
 */
final class HealthCheckRules {

    static final int DEFAULT_MAX_HEALTH_CHECKS = 200;
    static final int MAX_CHILDREN = 256;
    static final int DOCUMENTED_MAX_CHILDREN = 255;

    private final GeoTables geo;
    private final EndpointCheckRules endpoints = new EndpointCheckRules();
    private final HealthCheckTagRules tags = new HealthCheckTagRules();

    HealthCheckRules(GeoTables geo) {
        this.geo = geo;
    }

    void checkAll(List<HealthCheck> checks, List<Problem> out) {
        if (checks.size() > DEFAULT_MAX_HEALTH_CHECKS) {
            out.add(Problem.warning("HV18", null, "The design has " + checks.size() + " health checks; the default"
                    + " quota is 200 active health checks per account"));
        }
        for (HealthCheck check : checks) {
            check(check, checks, out);
        }
    }

    /** Checks one health check; {@code all} is every check of the design, for calculated children. */
    void check(HealthCheck check, List<HealthCheck> all, List<Problem> out) {
        if (check.config() instanceof EndpointCheck e) {
            endpoints.check(check, e, out);
        } else if (check.config() instanceof CalculatedCheck c) {
            checkCalculated(check.id(), c, all, out);
        } else if (check.config() instanceof CloudWatchCheck c) {
            checkCloudWatch(check.id(), c, out);
        } else if (check.config() instanceof RecoveryControlCheck c) {
            checkRecoveryControl(check.id(), c, out);
        }
        tags.check(check, out);
    }

    private static void checkCalculated(String id, CalculatedCheck c, List<HealthCheck> all, List<Problem> out) {
        int children = c.childHealthChecks().size();
        if (children > MAX_CHILDREN) {
            out.add(error("HV13", id, "A calculated check monitors at most 256 health checks; this one lists "
                    + children));
        } else if (children > DOCUMENTED_MAX_CHILDREN) {
            out.add(Problem.healthCheckWarning("HV13", id, "This calculated check lists 256 children; the quota"
                    + " table says 255 (A27), so Route 53 may refuse it"));
        }
        if (c.healthThreshold() < 0 || c.healthThreshold() > MAX_CHILDREN) {
            out.add(error("HV13", id, "HealthThreshold " + c.healthThreshold() + " is outside 0 to 256"));
        } else if (c.healthThreshold() > children) {
            out.add(Problem.healthCheckWarning("HV13", id, "HealthThreshold " + c.healthThreshold() + " exceeds the "
                    + children + " child health checks, so this check is always unhealthy"));
        }
        for (String child : c.childHealthChecks()) {
            Optional<HealthCheck> found = all.stream().filter(h -> h.id().equals(child)).findFirst();
            if (found.isEmpty()) {
                out.add(Problem.healthCheckError("HV14", ApiErrors.NO_SUCH_HEALTH_CHECK, id, "No health check found"
                        + " with ID " + child + " (child of calculated check " + id + ")"));
            } else if (found.get().type() == HealthCheckType.CALCULATED) {
                out.add(error("HV15", id, "Calculated check " + id + " cannot monitor calculated check " + child
                        + "; children must be endpoint, CloudWatch or recovery-control checks"));
            }
        }
    }

    private void checkCloudWatch(String id, CloudWatchCheck c, List<Problem> out) {
        if (c.alarmRegion() == null || c.alarmRegion().isBlank()) {
            out.add(error("HV16", id, "A CloudWatch check needs the alarm's Region"));
        } else if (geo.region(c.alarmRegion()).isEmpty()) {
            out.add(error("HV16", id, "'" + c.alarmRegion() + "' is not an AWS Region for CloudWatch alarms"));
        }
        if (c.alarmName() == null || c.alarmName().isEmpty() || c.alarmName().length() > 256) {
            out.add(error("HV16", id, "A CloudWatch check needs an alarm name of 1 to 256 characters"));
        }
        if (c.insufficientDataHealthStatus() == null) {
            out.add(Problem.healthCheckWarning("HV16", id, "InsufficientDataHealthStatus is not set; choose Healthy,"
                    + " Unhealthy or LastKnownStatus for when the alarm has insufficient data"));
        }
    }

    private static void checkRecoveryControl(String id, RecoveryControlCheck c, List<Problem> out) {
        String arn = c.routingControlArn();
        if (arn == null || arn.isEmpty() || arn.length() > 255) {
            out.add(error("HV17", id, "A recovery-control check needs a RoutingControlArn of 1 to 255 characters"));
        }
    }

    private static Problem error(String code, String id, String message) {
        return Problem.healthCheckError(code, ApiErrors.INVALID_INPUT, id, message);
    }
}
