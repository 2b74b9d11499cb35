package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckConfig;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.RecoveryControlCheck;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the final status of every health check from raw observations (HC9–HC17, HC19, C5).
 *
 * <p>Stateless and thread-safe; {@link #evaluate} is a pure function of its arguments and never throws for
 * a well-formed but invalid design (dangling child IDs, nested or cyclic calculated checks, odd thresholds,
 * observation shapes that do not fit the check type).
 *
 * <p>Per check: endpoint checks follow the 18 % rule over their checker Regions (HC9, A37); CloudWatch checks
 * follow the metric data (HC14); recovery-control checks the routing control (HC15); calculated checks count
 * their children's final statuses (HC13) and ignore any snapshot entry for themselves (C5). A check without
 * usable observation has no data yet (HC16). Disabled and Inverted are applied last (HC17).
 *
 * <p>When two checks share an ID (a validation error), the first one wins.
 */
public final class HealthEvaluator {

    public EvaluatedHealthStatus evaluate(Design design) {
        return evaluate(design.healthChecks(), design.healthSnapshot());
    }

    public EvaluatedHealthStatus evaluate(List<HealthCheck> healthChecks, HealthSnapshot snapshot) {
        Objects.requireNonNull(healthChecks, "healthChecks");
        Objects.requireNonNull(snapshot, "snapshot");
        Map<String, HealthCheck> checks = new LinkedHashMap<>();
        for (HealthCheck check : healthChecks) {
            checks.putIfAbsent(check.id(), check);
        }

        Map<String, HealthVerdict> verdicts = new HashMap<>();
        // First everything that does not depend on a calculated check's children...
        for (HealthCheck check : checks.values()) {
            if (!CalculatedMeasurement.readsChildren(check)) {
                verdicts.put(check.id(), withoutChildren(check, snapshot));
            }
        }
        // ...then calculated checks, each after the calculated checks it reads (only invalid designs nest).
        for (CalculatedCheckGraph.Component component : new CalculatedCheckGraph(checks).componentsChildrenFirst()) {
            for (String id : component.members()) {
                HealthCheck check = checks.get(id);
                Measurement measurement = component.cyclic()
                        ? CalculatedMeasurement.inCycle(component.members())
                        : CalculatedMeasurement.countChildren((CalculatedCheck) check.config(), checks, verdicts::get);
                verdicts.put(id, FinalStatus.of(check, measurement));
            }
        }

        Map<String, HealthVerdict> ordered = new LinkedHashMap<>();
        for (String id : checks.keySet()) {
            ordered.put(id, verdicts.get(id));
        }
        return new EvaluatedHealthStatus(ordered);
    }

    private static HealthVerdict withoutChildren(HealthCheck check, HealthSnapshot snapshot) {
        if (check.disabled()) {
            return FinalStatus.ofDisabled(check);
        }
        HealthCheckConfig config = check.config();
        HealthObservation observation = snapshot.observation(check.id()).orElse(null);
        Measurement measurement;
        if (config instanceof EndpointCheck endpoint) {
            measurement = EndpointMeasurement.measure(endpoint, observation);
        } else if (config instanceof CloudWatchCheck cloudWatch) {
            measurement = CloudWatchMeasurement.measure(cloudWatch, observation,
                    snapshot.lastKnownHealthy().get(check.id()));
        } else if (config instanceof RecoveryControlCheck) {
            measurement = RecoveryControlMeasurement.measure(observation);
        } else {
            // A calculated check that does not read its children: the threshold alone decides (HC13).
            measurement = CalculatedMeasurement.fixedByThreshold((CalculatedCheck) config);
        }
        return FinalStatus.of(check, measurement);
    }
}
