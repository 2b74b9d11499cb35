package dev.failoverstudio.ui.vm.health;

import dev.failoverstudio.domain.health.EvaluatedHealthStatus;
import dev.failoverstudio.domain.health.HealthVerdict;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.Resolution;
import dev.failoverstudio.domain.resolve.TraceStep;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Effective health of every health check, record set, group and AWS resource target as Route 53 evaluates it
 * for one client, for the canvas to colour badges, rows and whole alias subtrees.
 *
 * <p>Nothing here re-implements a rule: health checks carry {@link dev.failoverstudio.domain.health.HealthEvaluator}
 * verdicts (HC9–HC17), and record sets, groups and resources carry the verdicts the engine itself reached
 * while answering. For every group of the design one traced resolution of its own name and type is made for
 * the client; each {@code health} step of the trace is the engine's R40 verdict on a record set (own check
 * and, with Evaluate Target Health, its target, R45), each {@code target health} step its R41 verdict on an
 * alias target group or its R42 verdict on an AWS resource. These verdicts depend on the client only, not on
 * the query (R40), so collecting them from all traces is consistent. A group answered by itself is unhealthy
 * when its policy fell back to the last resort (R43) or no record set applied (A5), healthy otherwise.
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
        Objects.requireNonNull(compiled, "compiled");
        Map<String, RecordSetKey> recordNames = new HashMap<>();
        Map<String, GroupKey> groupNames = new HashMap<>();
        Set<GroupKey> groupsToAsk = new LinkedHashSet<>();
        for (HostedZone zone : compiled.design().zones()) {
            for (RecordSet rs : zone.recordSets()) {
                recordNames.putIfAbsent(rs.describe(), rs.key());
                groupNames.putIfAbsent(rs.groupKey().describe(), rs.groupKey());
                groupsToAsk.add(rs.groupKey());
            }
        }
        Map<RecordSetKey, RecordHealth> recordSets = new LinkedHashMap<>();
        Map<GroupKey, RecordHealth> asTargets = new LinkedHashMap<>();
        Map<GroupKey, RecordHealth> byThemselves = new LinkedHashMap<>();
        Map<DomainName, RecordHealth> resources = new LinkedHashMap<>();
        for (GroupKey group : groupsToAsk) {
            // A fixed seed: the verdicts do not depend on randomness, only which record sets get looked at may.
            Resolution resolution = compiled.resolve(health, new Query(group.name(), group.type().name()), client,
                    new SplittableRandom(0));
            RecordHealth own = null;
            for (TraceStep step : resolution.trace()) {
                String subject = step.recordSet();
                if (subject == null) {
                    if (step.depth() == 0 && step.step().equals("last resort")) {
                        own = new RecordHealth(RecordHealth.State.UNHEALTHY, step.decision(), step.rule());
                    }
                    continue;
                }
                if (step.step().equals("health") && recordNames.containsKey(subject)) {
                    recordSets.putIfAbsent(recordNames.get(subject), verdict(step));
                } else if (step.step().equals("target health")) {
                    GroupKey target = groupNames.get(subject);
                    if (target != null) {
                        asTargets.putIfAbsent(target, verdict(step));
                    } else {
                        resources.putIfAbsent(DomainName.of(subject), verdict(step));
                    }
                } else if (step.depth() == 0 && own == null
                        && (step.step().equals("last resort") || step.step().equals("no answer"))) {
                    own = new RecordHealth(RecordHealth.State.UNHEALTHY, step.decision(), step.rule());
                }
            }
            byThemselves.put(group, own != null ? own
                    : new RecordHealth(RecordHealth.State.HEALTHY, "answers from a healthy record set", "R42a"));
        }
        Map<GroupKey, RecordHealth> groups = new LinkedHashMap<>(byThemselves);
        groups.putAll(asTargets); // R41 as an alias target sees it is the exact verdict the canvas must show
        return new EffectiveHealth(health.verdicts(), recordSets, groups, resources);
    }

    private static RecordHealth verdict(TraceStep step) {
        // Every engine health verdict starts with "healthy" when it is healthy; all other wordings are failures.
        boolean healthy = step.decision().startsWith("healthy");
        return new RecordHealth(healthy ? RecordHealth.State.HEALTHY : RecordHealth.State.UNHEALTHY,
                step.decision(), step.rule());
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
