package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates a whole design against spec §12 (V1–V53, HV1–HV21) and the warnings users expect (R46, R47, R62,
 * R81, R103, R135, C9).
 *
 * <p>Reports every problem, never only the first. The order is deterministic: zone by zone in design order,
 * rule family by rule family in the order listed here, record sets in zone order; then CIDR collections, then
 * health checks. Stateless apart from its immutable rule list, so one instance may be shared.
 */
public final class DesignValidator {

    private final List<ZoneRule> zoneRules;
    private final CidrCollectionRules cidrRules = new CidrCollectionRules();
    private final HealthCheckRules healthCheckRules;
    private final GeoTables geo;

    public DesignValidator(GeoTables geo) {
        this.geo = Objects.requireNonNull(geo, "geo");
        this.healthCheckRules = new HealthCheckRules(geo);
        this.zoneRules = List.of(
                new QuotaRules(),
                new ApexRules(),
                new RecordNameRules(),
                new RecordSetShapeRules(),
                new RecordValueRules(),
                new WeightedRules(),
                new LatencyRules(),
                new FailoverRules(),
                new GeolocationRules(),
                new GeoproximityRules(),
                new MultivalueRules(),
                new IpBasedRules(),
                new AliasRules(),
                new AwsResourceAliasRules(),
                new AliasTreeRules(),
                new CnameRules(),
                new HealthCheckReferenceRules(),
                new PrivateZoneRules(),
                new TrafficPolicyRules());
    }

    /** Every problem of the design: its zones, its CIDR collections and its health checks. */
    public List<Problem> validate(Design design) {
        List<Problem> out = new ArrayList<>();
        for (HostedZone zone : design.zones()) {
            out.addAll(validateZone(design, zone));
        }
        cidrRules.check(design.cidrCollections(), out);
        healthCheckRules.checkAll(design.healthChecks(), out);
        return List.copyOf(out);
    }

    /**
     * The problems of one zone, seen within {@code design} (which supplies health checks, CIDR collections, the
     * resource catalog and the other zones). The zone need not be one of the design's zones.
     */
    public List<Problem> validateZone(Design design, HostedZone zone) {
        ZoneView view = new ZoneView(design, zone, geo);
        List<Problem> out = new ArrayList<>();
        for (ZoneRule rule : zoneRules) {
            rule.check(view, out);
        }
        return List.copyOf(out);
    }

    /** The problems of one health check within {@code design} (HV3–HV17; HV18 is design-wide). */
    public List<Problem> validateHealthCheck(Design design, HealthCheck check) {
        List<Problem> out = new ArrayList<>();
        healthCheckRules.check(check, design.healthChecks(), out);
        return List.copyOf(out);
    }
}
