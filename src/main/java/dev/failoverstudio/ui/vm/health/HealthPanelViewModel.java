package dev.failoverstudio.ui.vm.health;

import dev.failoverstudio.domain.edit.EditCommand;
import dev.failoverstudio.domain.edit.SetHealthObservationCommand;
import dev.failoverstudio.domain.edit.SetResourceHealthCommand;
import dev.failoverstudio.domain.health.EvaluatedHealthStatus;
import dev.failoverstudio.domain.health.HealthVerdict;
import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.RecoveryControlCheck;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The simulated health panel: a row per health check and per catalogued AWS resource, and the gestures that
 * change what the checkers observe. Every gesture is one undoable edit handed to {@link LiveDesign#execute}.
 * FX thread only.
 */
public final class HealthPanelViewModel {

    /** The three CloudWatch metric states (HC14). */
    public enum AlarmState { OK, ALARM, INSUFFICIENT_DATA }

    private final LiveDesign live;
    private final ObservableList<HealthCheckRow> checks = FXCollections.observableArrayList();
    private final ObservableList<ResourceRow> resources = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<String> endpoints = FXCollections.observableArrayList();
    private final ObjectProperty<EffectiveHealth> effectiveHealth = new SimpleObjectProperty<>(EffectiveHealth.NONE);

    /**
     * @param effectiveHealth effective health for the client the resolver pane shows (resource verdicts need
     *                        a client); the panel follows it
     */
    public HealthPanelViewModel(LiveDesign live, javafx.beans.value.ObservableValue<EffectiveHealth> effectiveHealth) {
        this.live = live;
        this.effectiveHealth.bind(effectiveHealth);
        live.stateProperty().addListener((obs, before, after) -> refresh());
        this.effectiveHealth.addListener((obs, before, after) -> refresh());
        refresh();
    }

    public ObservableList<HealthCheckRow> checks() {
        return checks;
    }

    public ObservableList<ResourceRow> resources() {
        return resources;
    }

    /** Regions something in the design is tagged to ("Fail a Region" choices). */
    public ObservableList<String> regions() {
        return regions;
    }

    /** IP addresses the design's endpoints serve ("Fail an endpoint" choices). */
    public ObservableList<String> endpoints() {
        return endpoints;
    }

    public javafx.beans.property.ReadOnlyStringProperty messageProperty() {
        return live.messageProperty();
    }

    // ---------------------------------------------------------------- gestures

    /** Up becomes failing for every checker, down (or no data) becomes passing. */
    public void toggle(String healthCheckId) {
        findRow(healthCheckId).ifPresent(row -> {
            if (row.kind() == HealthCheckRow.Kind.CALCULATED) {
                return; // its status is derived from its children (C5)
            }
            observe(healthCheckId, row.up() ? HealthObservation.FAILING : HealthObservation.PASSING,
                    row.up() ? "Mark " + row.name() + " failing" : "Mark " + row.name() + " passing");
        });
    }

    public void markPassing(String healthCheckId) {
        observe(healthCheckId, HealthObservation.PASSING, "Mark health check passing");
    }

    public void markFailing(String healthCheckId) {
        observe(healthCheckId, HealthObservation.FAILING, "Mark health check failing");
    }

    /** The check has no data yet (HC16): healthy, or unhealthy when inverted. */
    public void markNoData(String healthCheckId) {
        live.execute(new SetHealthObservationCommand(healthCheckId, Optional.empty()));
    }

    /** One checker Region's opinion of an endpoint (HC9); null means that Region reports nothing. */
    public void setCheckerRegion(String healthCheckId, String region, Boolean passing) {
        Design design = live.state().design();
        Optional<HealthCheck> check = design.healthCheck(healthCheckId);
        if (check.isEmpty() || !(check.get().config() instanceof EndpointCheck endpoint)) {
            return;
        }
        Map<String, Boolean> opinions = new LinkedHashMap<>(currentOpinions(endpoint,
                design.healthSnapshot().observation(healthCheckId).orElse(null)));
        if (passing == null) {
            opinions.remove(region);
        } else {
            opinions.put(region, passing);
        }
        observe(healthCheckId, new HealthObservation.PerRegion(opinions),
                "Set checker " + region + (passing == null ? " silent" : passing ? " passing" : " failing"));
    }

    /** CloudWatch metric data: OK healthy, ALARM unhealthy, INSUFFICIENT_DATA per its setting (HC14). */
    public void setAlarmState(String healthCheckId, AlarmState state) {
        HealthObservation observation = switch (state) {
            case OK -> HealthObservation.PASSING;
            case ALARM -> HealthObservation.FAILING;
            case INSUFFICIENT_DATA -> HealthObservation.INSUFFICIENT_DATA;
        };
        observe(healthCheckId, observation, "Set alarm " + state);
    }

    /** Takes a catalogued AWS resource down, or back up (R42). */
    public void toggleResource(String dnsName) {
        resources.stream().filter(r -> r.dnsName().equals(dnsName)).findFirst().ifPresent(row ->
                live.execute(new SetResourceHealthCommand(DomainName.of(dnsName), !row.up())));
    }

    public void failRegion(String region) {
        if (region != null && !region.isBlank()) {
            live.execute(scope(live.state().design()).failRegion(region));
        }
    }

    public void failEndpoint(String ip) {
        if (ip != null && !ip.isBlank()) {
            live.execute(scope(live.state().design()).failEndpoint(ip));
        }
    }

    public void allHealthy() {
        live.execute(scope(live.state().design()).allHealthy());
    }

    private FailureScope scope(Design design) {
        return new FailureScope(design, live.services().geo().regions().keySet());
    }

    private void observe(String healthCheckId, HealthObservation observation, String label) {
        EditCommand set = new SetHealthObservationCommand(healthCheckId, Optional.of(observation));
        live.execute(new dev.failoverstudio.domain.edit.CompositeCommand(label, List.of(set)));
    }

    private Optional<HealthCheckRow> findRow(String id) {
        return checks.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    // ---------------------------------------------------------------- rows

    private void refresh() {
        LiveDesign.State state = live.state();
        Design design = state.design();
        EvaluatedHealthStatus health = state.health();
        List<HealthCheckRow> rows = new ArrayList<>();
        for (HealthCheck check : design.healthChecks()) {
            rows.add(row(check, design, health));
        }
        checks.setAll(rows);
        List<ResourceRow> resourceRows = new ArrayList<>();
        for (AwsResource r : design.resourceCatalog().all()) {
            resourceRows.add(resourceRow(r));
        }
        resources.setAll(resourceRows);
        FailureScope scope = scope(design);
        setIfChanged(regions, scope.taggedRegions());
        setIfChanged(endpoints, scope.endpoints());
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }

    private ResourceRow resourceRow(AwsResource r) {
        List<String> addresses = new ArrayList<>(r.ipv4());
        addresses.addAll(r.ipv6());
        String stated = r.healthy() == null ? "not stated" : r.healthy() ? "up" : "down";
        String groups = r.targetGroups().stream()
                .map(tg -> tg.name() + " " + tg.healthyTargets() + "/" + tg.registeredTargets() + " healthy")
                .collect(Collectors.joining(", "));
        return new ResourceRow(r.dnsName().text(), r.kind() == null ? "" : r.kind().code(),
                String.join(" ", addresses), stated, !Boolean.FALSE.equals(r.healthy()),
                effectiveHealth.get().resource(r.dnsName()), groups);
    }

    private static HealthCheckRow row(HealthCheck check, Design design, EvaluatedHealthStatus health) {
        HealthVerdict verdict = health.verdict(check.id());
        HealthObservation observation = design.healthSnapshot().observation(check.id()).orElse(null);
        String name = check.callerReference() == null || check.callerReference().isBlank()
                ? check.id() : check.callerReference();
        List<String> tags = check.tags().stream().map(HealthCheckTag::describe).toList();
        if (check.config() instanceof EndpointCheck e) {
            Map<String, Boolean> opinions = currentOpinions(e, observation);
            String target = (e.ipAddress() != null ? e.ipAddress() : "")
                    + (e.ipAddress() != null && e.fullyQualifiedDomainName() != null ? " " : "")
                    + (e.fullyQualifiedDomainName() != null ? e.fullyQualifiedDomainName() : "")
                    + (e.port() != null ? ":" + e.port() : "")
                    + (e.resourcePath() != null ? e.resourcePath() : "");
            boolean up = observation == null || endpointUp(e, opinions, observation);
            return new HealthCheckRow(check.id(), name, HealthCheckRow.Kind.ENDPOINT, e.type().name(), target,
                    e.effectiveRequestInterval() + " s", String.valueOf(e.effectiveFailureThreshold()),
                    describeEndpoint(e, observation, opinions), up, verdict.healthy(), verdict.reason(),
                    verdict.rule(), check.inverted(), check.disabled(), e.effectiveRegions(),
                    observation == null ? Map.of() : opinions, List.of(), tags);
        }
        if (check.config() instanceof CalculatedCheck c) {
            List<String> children = new ArrayList<>();
            for (String child : c.childHealthChecks()) {
                boolean exists = design.healthCheck(child).isPresent();
                children.add(child + ": " + (!exists ? "does not exist"
                        : health.verdict(child).healthy() ? "healthy" : "unhealthy"));
            }
            return new HealthCheckRow(check.id(), name, HealthCheckRow.Kind.CALCULATED, "CALCULATED",
                    c.childHealthChecks().size() + " children", "", "≥ " + c.healthThreshold() + " healthy",
                    "derived from children", verdict.healthy(), verdict.healthy(), verdict.reason(), verdict.rule(),
                    check.inverted(), check.disabled(), List.of(), Map.of(), children, tags);
        }
        if (check.config() instanceof CloudWatchCheck cw) {
            String observed = observation == null ? "no data yet"
                    : observation instanceof HealthObservation.InsufficientData ? "INSUFFICIENT_DATA"
                    : observation instanceof HealthObservation.Uniform u ? (u.passing() ? "OK" : "ALARM")
                    : "per-Region (not applicable)";
            boolean up = !(observation instanceof HealthObservation.Uniform u && !u.passing());
            return new HealthCheckRow(check.id(), name, HealthCheckRow.Kind.CLOUDWATCH, "CLOUDWATCH_METRIC",
                    "alarm " + cw.alarmName() + " (" + cw.alarmRegion() + ")", "", "", observed, up,
                    verdict.healthy(), verdict.reason(), verdict.rule(), check.inverted(), check.disabled(),
                    List.of(), Map.of(), List.of(), tags);
        }
        RecoveryControlCheck rc = (RecoveryControlCheck) check.config();
        String observed = observation == null ? "no data yet"
                : observation instanceof HealthObservation.Uniform u ? (u.passing() ? "ON" : "OFF") : "not applicable";
        boolean up = !(observation instanceof HealthObservation.Uniform u && !u.passing());
        return new HealthCheckRow(check.id(), name, HealthCheckRow.Kind.RECOVERY_CONTROL, "RECOVERY_CONTROL",
                rc.routingControlArn() == null ? "" : rc.routingControlArn(), "", "", observed, up,
                verdict.healthy(), verdict.reason(), verdict.rule(), check.inverted(), check.disabled(),
                List.of(), Map.of(), List.of(), tags);
    }

    /** Per checker Region of the check: what the observation says (absent: that Region reports nothing). */
    private static Map<String, Boolean> currentOpinions(EndpointCheck e, HealthObservation observation) {
        Map<String, Boolean> opinions = new LinkedHashMap<>();
        for (String region : e.effectiveRegions()) {
            if (observation == null) {
                continue;
            }
            if (observation instanceof HealthObservation.Uniform u) {
                opinions.put(region, u.passing());
            } else if (observation instanceof HealthObservation.PerRegion p
                    && p.checkerRegions().containsKey(region)) {
                opinions.put(region, p.checkerRegions().get(region));
            }
        }
        return opinions;
    }

    private static boolean endpointUp(EndpointCheck e, Map<String, Boolean> opinions, HealthObservation observation) {
        if (observation instanceof HealthObservation.Uniform u) {
            return u.passing();
        }
        long passing = opinions.values().stream().filter(Boolean::booleanValue).count();
        return opinions.isEmpty() || passing * 2 >= opinions.size();
    }

    private static String describeEndpoint(EndpointCheck e, HealthObservation observation,
                                           Map<String, Boolean> opinions) {
        if (observation == null) {
            return "no data yet";
        }
        if (observation instanceof HealthObservation.Uniform u) {
            return u.passing() ? "passing (all checkers)" : "failing (all checkers)";
        }
        if (observation instanceof HealthObservation.InsufficientData) {
            return "no data yet (INSUFFICIENT_DATA is for CloudWatch)";
        }
        if (opinions.isEmpty()) {
            return "no data yet (no checker Region reported)";
        }
        long passing = opinions.values().stream().filter(Boolean::booleanValue).count();
        return passing + " of " + opinions.size() + " reporting Regions passing"
                + (opinions.size() < e.effectiveRegions().size()
                ? ", " + (e.effectiveRegions().size() - opinions.size()) + " silent" : "");
    }
}
