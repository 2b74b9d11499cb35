package dev.failoverstudio.ui.vm.health;

import dev.failoverstudio.domain.health.EvaluatedHealthStatus;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.health.HealthVerdict;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.EffectiveRecordHealth;
import dev.failoverstudio.domain.resolve.HealthFinding;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Effective health of every health check, record set, group and AWS resource target as Route 53 evaluates it
 * for one client, for the canvas to colour badges, rows and whole alias subtrees.
 *
 * <p>Nothing here re-implements a rule: health checks carry {@link dev.failoverstudio.domain.health.HealthEvaluator}
 * verdicts (HC9–HC17), and record sets, groups and resources carry the verdicts the engine itself reached
 * while answering every group of the design for the client ({@link EffectiveRecordHealth#survey()}): its R40
 * verdict on a record set (own check and, with Evaluate Target Health, its target, R45), its R41 verdict on an
 * alias target group and its R42 verdict on an AWS resource. These verdicts depend on the client only, not on
 * the query (R40). A group answered by itself is unhealthy when its policy fell back to the last resort (R43)
 * or no record set applied (R26), healthy otherwise; a group some alias reaches shows its R41 verdict.
 *
 * <p>Record sets the engine never looked at for this client get {@link RecordHealth#NOT_EVALUATED}: Route 53
 * stops at the first healthy record set of an ordered policy (R42a) and never consults the health of a simple
 * record set (R60), so there is no verdict to show. Immutable.
 */
public final class EffectiveHealth {

    public static final EffectiveHealth NONE = new EffectiveHealth(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<String, HealthVerdict> checks;
    private final Map<RecordSetKey, RecordHealth> recordSets;
    private final Map<GroupKey, RecordHealth> groups;
    private final Map<DomainName, RecordHealth> resources;

    private EffectiveHealth(Map<String, HealthVerdict> checks, Map<RecordSetKey, RecordHealth> recordSets,
                            Map<GroupKey, RecordHealth> groups, Map<DomainName, RecordHealth> resources) {
        this.checks = Map.copyOf(checks);
        this.recordSets = Map.copyOf(recordSets);
        this.groups = Map.copyOf(groups);
        this.resources = Map.copyOf(resources);
    }

    /** Derives every verdict for {@code client}; about one traced resolution (a few µs) per group. */
    public static EffectiveHealth derive(CompiledDesign compiled, EvaluatedHealthStatus health, ClientContext client) {
        return derive(compiled, health, health.verdicts(), client);
    }

    /**
     * As {@link #derive(CompiledDesign, EvaluatedHealthStatus, ClientContext)} for any health status, such as a
     * drill's at its scrub time; {@code checkIds} are the health checks whose verdicts {@link #checks()} lists.
     */
    public static EffectiveHealth derive(CompiledDesign compiled, HealthStatus health, Collection<String> checkIds,
                                         ClientContext client) {
        Map<String, HealthVerdict> checks = new LinkedHashMap<>();
        for (String id : checkIds) {
            checks.put(id, health.verdict(id));
        }
        return derive(compiled, health, checks, client);
    }

    private static EffectiveHealth derive(CompiledDesign compiled, HealthStatus health,
                                          Map<String, HealthVerdict> checks, ClientContext client) {
        Objects.requireNonNull(compiled, "compiled");
        EffectiveRecordHealth.Survey survey = EffectiveRecordHealth.of(compiled, health, client).survey();
        Map<RecordSetKey, RecordHealth> recordSets = new LinkedHashMap<>();
        survey.recordSets().forEach((key, finding) -> recordSets.put(key, of(finding)));
        Map<GroupKey, RecordHealth> groups = new LinkedHashMap<>();
        for (GroupKey group : survey.groups()) {
            HealthFinding fallback = survey.fallbacks().get(group);
            groups.put(group, fallback != null ? of(fallback)
                    : new RecordHealth(RecordHealth.State.HEALTHY, "answers from a healthy record set", "R42a"));
        }
        // R41 as an alias target sees it is the exact verdict the canvas must show
        survey.aliasTargets().forEach((group, finding) -> {
            if (groups.containsKey(group)) {
                groups.put(group, of(finding));
            }
        });
        Map<DomainName, RecordHealth> resources = new LinkedHashMap<>();
        survey.resources().forEach((name, finding) -> resources.put(name, of(finding)));
        return new EffectiveHealth(checks, recordSets, groups, resources);
    }

    private static RecordHealth of(HealthFinding finding) {
        return new RecordHealth(finding.healthy() ? RecordHealth.State.HEALTHY : RecordHealth.State.UNHEALTHY,
                finding.reason(), finding.rule());
    }

    /** The final status of a health check (HC17); a missing ID is healthy as V50 says. */
    public HealthVerdict check(String healthCheckId) {
        HealthVerdict verdict = checks.get(healthCheckId);
        return verdict != null ? verdict : HealthVerdict.healthy("no such health check", "V50");
    }

    public Map<String, HealthVerdict> checks() {
        return checks;
    }

    public RecordHealth recordSet(RecordSetKey key) {
        return recordSets.getOrDefault(key, RecordHealth.NOT_EVALUATED);
    }

    public Map<RecordSetKey, RecordHealth> recordSets() {
        return recordSets;
    }

    public RecordHealth group(GroupKey key) {
        return groups.getOrDefault(key, RecordHealth.NOT_EVALUATED);
    }

    public Map<GroupKey, RecordHealth> groups() {
        return groups;
    }

    /** The R42 verdict on an AWS resource target, when some alias with Evaluate Target Health reaches it. */
    public RecordHealth resource(DomainName name) {
        return resources.getOrDefault(name, RecordHealth.NOT_EVALUATED);
    }
}
