package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckConfig;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.InsufficientDataHealthStatus;
import dev.failoverstudio.domain.model.RecoveryControlCheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for health checks and snapshots used across the health tests. */
final class Checks {

    static final String IP = "192.0.2.44";

    private Checks() {
    }

    static HealthCheck check(String id, HealthCheckConfig config) {
        return new HealthCheck(id, "ref-" + id, config, false, false, 1);
    }

    /** An HTTP check on the eight default checker Regions. */
    static HealthCheck http(String id) {
        return check(id, EndpointCheck.http(IP));
    }

    static HealthCheck http(String id, List<String> regions) {
        return check(id, EndpointCheck.http(IP).withRegions(regions));
    }

    static EndpointCheck endpoint(HealthCheckType type, Long port, String fqdn, String ip) {
        return new EndpointCheck(type, ip, port, fqdn, "/health", type.isStringMatch() ? "OK" : null, null, null,
                List.of(), false, false);
    }

    static HealthCheck calculated(String id, long threshold, String... children) {
        return check(id, new CalculatedCheck(List.of(children), threshold));
    }

    static HealthCheck cloudWatch(String id, InsufficientDataHealthStatus whenInsufficient) {
        return check(id, new CloudWatchCheck("us-east-1", "api-errors", whenInsufficient));
    }

    static HealthCheck recoveryControl(String id) {
        return check(id, new RecoveryControlCheck("arn:aws:route53-recovery-control::111122223333:controlpanel/x"));
    }

    /** Alternating IDs and observations. */
    static HealthSnapshot snapshot(Object... idsAndObservations) {
        Map<String, HealthObservation> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndObservations.length; i += 2) {
            map.put((String) idsAndObservations[i], (HealthObservation) idsAndObservations[i + 1]);
        }
        return HealthSnapshot.of(map);
    }

    /** Alternating Region codes and opinions. */
    static HealthObservation regions(Object... regionsAndOpinions) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (int i = 0; i < regionsAndOpinions.length; i += 2) {
            map.put((String) regionsAndOpinions[i], (Boolean) regionsAndOpinions[i + 1]);
        }
        return new HealthObservation.PerRegion(map);
    }

    /** All eight default Regions, the first {@code healthy} of them healthy. */
    static HealthObservation defaultRegionsHealthy(int healthy) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        List<String> regions = EndpointCheck.DEFAULT_REGIONS;
        for (int i = 0; i < regions.size(); i++) {
            map.put(regions.get(i), i < healthy);
        }
        return new HealthObservation.PerRegion(map);
    }

    static HealthVerdict verdict(List<HealthCheck> checks, HealthSnapshot snapshot, String id) {
        return new HealthEvaluator().evaluate(checks, snapshot).verdict(id);
    }

    static HealthVerdict verdict(HealthCheck check, HealthSnapshot snapshot) {
        return verdict(List.of(check), snapshot, check.id());
    }
}
