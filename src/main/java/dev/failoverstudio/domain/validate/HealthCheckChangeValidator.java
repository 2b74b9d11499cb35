package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckConfig;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Updates and deletions of health checks (HV1, HV2, HV19, HV20, HV21), all or nothing. An update must name the
 * current version when it names one, keep the immutable settings (type, request interval, measure latency,
 * IP-address-or-name choice), reset only settings its type has, and leave a valid check (HV3–HV17); the new
 * version is the old one plus one. A deletion is refused while record sets or calculated checks still refer to
 * the check (A28).
 */
public final class HealthCheckChangeValidator {

    private final DesignValidator validator;

    public HealthCheckChangeValidator(GeoTables geo) {
        this.validator = new DesignValidator(Objects.requireNonNull(geo, "geo"));
    }

    /** Applies {@code update}; the value is the design with the updated check. */
    public Validated<Design> update(Design design, HealthCheckUpdate update) {
        Optional<HealthCheck> found = design.healthCheck(update.healthCheckId());
        if (found.isEmpty()) {
            return Validated.of(null, List.of(noSuchHealthCheck("HV19", update.healthCheckId())));
        }
        HealthCheck old = found.get();
        String id = old.id();
        List<Problem> problems = new ArrayList<>();
        if (update.healthCheckVersion() != null && update.healthCheckVersion() != old.version()) {
            problems.add(Problem.healthCheckError("HV19", ApiErrors.HEALTH_CHECK_VERSION_MISMATCH, id, "The update"
                    + " names version " + update.healthCheckVersion() + " but health check " + id + " is at version "
                    + old.version() + "; read it again and retry"));
        }
        HealthCheckConfig config = update.config() == null ? old.config() : update.config();
        checkImmutable(id, old.config(), config, problems);
        config = reset(id, config, update, problems);
        HealthCheck updated = new HealthCheck(id, old.callerReference(), config,
                update.inverted() == null ? old.inverted() : update.inverted(),
                update.disabled() == null ? old.disabled() : update.disabled(), old.version() + 1,
                old.tags()); // tags change through ChangeTagsForResource, never through UpdateHealthCheck
        Design result = design.withHealthChecks(replace(design.healthChecks(), updated));
        problems.addAll(validator.validateHealthCheck(result, updated));
        return Validated.of(result, problems);
    }

    /** Deletes a health check; refused while anything still refers to it (HV21, A28). */
    public Validated<Design> delete(Design design, String healthCheckId) {
        if (design.healthCheck(healthCheckId).isEmpty()) {
            return Validated.of(null, List.of(noSuchHealthCheck("HV21", healthCheckId)));
        }
        List<String> users = new ArrayList<>();
        for (HostedZone zone : design.zones()) {
            for (RecordSet r : zone.recordSets()) {
                if (healthCheckId.equals(r.healthCheckId())) {
                    users.add(r.describe());
                }
            }
        }
        for (HealthCheck other : design.healthChecks()) {
            if (other.config() instanceof CalculatedCheck c && c.childHealthChecks().contains(healthCheckId)) {
                users.add("calculated health check " + other.id());
            }
        }
        List<HealthCheck> remaining = design.healthChecks().stream().filter(h -> !h.id().equals(healthCheckId))
                .toList();
        if (!users.isEmpty()) {
            return Validated.of(null, List.of(Problem.healthCheckError("HV21", ApiErrors.INVALID_INPUT, healthCheckId,
                    "Health check " + healthCheckId + " is still used by " + String.join(", ", users)
                            + "; remove those references before deleting it (A28)")));
        }
        return Validated.of(design.withHealthChecks(remaining), List.of());
    }

    private static void checkImmutable(String id, HealthCheckConfig old, HealthCheckConfig now, List<Problem> out) {
        if (old.type() != now.type()) {
            out.add(immutable(id, "Type", old.type() + " to " + now.type()));
            return;
        }
        if (old instanceof EndpointCheck before && now instanceof EndpointCheck after) {
            if (before.effectiveRequestInterval() != after.effectiveRequestInterval()) {
                out.add(immutable(id, "RequestInterval", before.effectiveRequestInterval() + " to "
                        + after.effectiveRequestInterval()));
            }
            if (before.measureLatency() != after.measureLatency()) {
                out.add(immutable(id, "MeasureLatency", before.measureLatency() + " to " + after.measureLatency()));
            }
            if ((before.ipAddress() == null) != (after.ipAddress() == null)) {
                out.add(immutable(id, "IPAddress", before.ipAddress() == null ? "being added" : "being removed"));
            }
        }
    }

    private static Problem immutable(String id, String field, String change) {
        return Problem.healthCheckError("HV2", ApiErrors.INVALID_INPUT, id, field + " cannot change after a health"
                + " check is created (" + change + "); create a new health check instead");
    }

    private static HealthCheckConfig reset(String id, HealthCheckConfig config, HealthCheckUpdate update,
                                           List<Problem> out) {
        HealthCheckConfig result = config;
        for (ResetElement element : ResetElement.values()) {
            if (!update.resetElements().contains(element)) {
                continue;
            }
            if (element == ResetElement.CHILD_HEALTH_CHECKS && result instanceof CalculatedCheck c) {
                result = new CalculatedCheck(List.of(), c.healthThreshold());
            } else if (element != ResetElement.CHILD_HEALTH_CHECKS && result instanceof EndpointCheck e) {
                result = resetEndpoint(e, element);
            } else {
                out.add(Problem.healthCheckError("HV20", ApiErrors.INVALID_INPUT, id, "ResetElements "
                        + element.apiName() + " does not apply to a " + config.type() + " health check"));
            }
        }
        return result;
    }

    private static EndpointCheck resetEndpoint(EndpointCheck e, ResetElement element) {
        return new EndpointCheck(e.type(), e.ipAddress(), e.port(),
                element == ResetElement.FULLY_QUALIFIED_DOMAIN_NAME ? null : e.fullyQualifiedDomainName(),
                element == ResetElement.RESOURCE_PATH ? null : e.resourcePath(), e.searchString(),
                e.requestInterval(), e.failureThreshold(),
                element == ResetElement.REGIONS ? List.of() : e.regions(), e.enableSni(), e.measureLatency());
    }

    private static List<HealthCheck> replace(List<HealthCheck> checks, HealthCheck updated) {
        List<HealthCheck> out = new ArrayList<>();
        for (HealthCheck h : checks) {
            out.add(h.id().equals(updated.id()) ? updated : h);
        }
        return out;
    }

    private static Problem noSuchHealthCheck(String code, String id) {
        return Problem.healthCheckError(code, ApiErrors.NO_SUCH_HEALTH_CHECK, id, "No health check found with ID "
                + id);
    }
}
