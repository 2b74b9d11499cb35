package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Effective health of record sets, alias subtrees and AWS resource targets for one design, health status and
 * client, as Route 53 evaluates it. Every answer comes from the engine's own evaluation code, never from a second
 * copy of the rules:
 * <ul>
 *   <li>a record set is healthy when its own health check is and, with Evaluate Target Health, its alias target is
 *       (R40, R45; without Evaluate Target Health the target is not consulted, R46);</li>
 *   <li>an alias target group (the root of an alias subtree) is healthy when one of its record sets that applies
 *       to the client is healthy, with no last resort (R41); none applying is unhealthy (A5);</li>
 *   <li>an AWS resource target is as healthy as the resource catalog says (R42, A6; missing from it, C9).</li>
 * </ul>
 * The point questions ({@link #recordSet}, {@link #aliasSubtree}, {@link #resource}) evaluate whatever they are
 * asked about. {@link #survey} instead answers every group of the design for the client and keeps the verdicts the
 * engine reached on the way, so it also tells which record sets Route 53 never looks at for this client (ranked
 * after a healthy one, R42a; in a simple group, whose health is not consulted, R60).
 *
 * <p>Verdicts depend on the client, not on the query (R40). Immutable and thread-safe; each question runs one
 * short evaluation.
 */
public final class EffectiveRecordHealth {

    /** Randomness only decides which record set answers, never a verdict; a fixed seed keeps surveys repeatable. */
    private static final long SEED = 0;

    private final CompiledDesign compiled;
    private final HealthStatus health;
    private final ClientContext client;

    private EffectiveRecordHealth(CompiledDesign compiled, HealthStatus health, ClientContext client) {
        this.compiled = Objects.requireNonNull(compiled, "compiled");
        this.health = Objects.requireNonNull(health, "health");
        this.client = client == null ? ClientContext.UNMAPPED : client;
    }

    /** @param client null for a client whose location is unknown */
    public static EffectiveRecordHealth of(CompiledDesign compiled, HealthStatus health, ClientContext client) {
        return new EffectiveRecordHealth(compiled, health, client);
    }

    /**
     * R40 for the record set with this key (R45/R46 when it is an alias), or empty when the design has no such record
     * set. The record set's zone is the zone that holds its name (R20).
     */
    public Optional<HealthFinding> recordSet(RecordSetKey key) {
        return DeepStack.call(compiled.aliasLevels(), () -> recordSetHere(key));
    }

    private Optional<HealthFinding> recordSetHere(RecordSetKey key) {
        HealthFindings findings = new HealthFindings();
        Evaluation eval = evaluation(findings);
        if (!eval.enterZoneOf(key.name())) {
            return Optional.empty();
        }
        for (RecordSet rs : eval.groupOfEnteredZone(new GroupKey(key.name(), key.type()))) {
            if (rs.key().equals(key)) {
                eval.healthy(rs, 0);
                return Optional.ofNullable(findings.recordSets.get(key));
            }
        }
        return Optional.empty();
    }

    /**
     * R41 for the group (an alias subtree's root) as an alias with Evaluate Target Health sees it, or empty when no
     * zone of the design holds its name. A group that does not exist is unhealthy (V33).
     */
    public Optional<HealthFinding> aliasSubtree(GroupKey group) {
        return DeepStack.call(compiled.aliasLevels(), () -> aliasSubtreeHere(group));
    }

    private Optional<HealthFinding> aliasSubtreeHere(GroupKey group) {
        HealthFindings findings = new HealthFindings();
        Evaluation eval = evaluation(findings);
        if (!eval.enterZoneOf(group.name())) {
            return Optional.empty();
        }
        eval.aliasTargetHealthy(group);
        return Optional.ofNullable(findings.targetGroups.get(group));
    }

    /** R42 for an AWS resource alias target (unhealthy when the resource catalog does not list it, C9). */
    public HealthFinding resource(DomainName dnsName) {
        HealthFindings findings = new HealthFindings();
        evaluation(findings).resourceTargetHealthy(dnsName);
        return findings.resources.get(dnsName);
    }

    /**
     * Answers every group of the design (its own name and type) for the client and collects the engine's verdicts.
     * About one traced resolution, a few microseconds, per group.
     */
    public Survey survey() {
        Set<GroupKey> groups = new LinkedHashSet<>();
        for (HostedZone zone : compiled.design().zones()) {
            for (RecordSet rs : zone.recordSets()) {
                groups.add(rs.groupKey());
            }
        }
        Map<RecordSetKey, HealthFinding> recordSets = new LinkedHashMap<>();
        Map<GroupKey, HealthFinding> targets = new LinkedHashMap<>();
        Map<GroupKey, HealthFinding> fallbacks = new LinkedHashMap<>();
        Map<DomainName, HealthFinding> resources = new LinkedHashMap<>();
        // what one group's answer learns of a target group's health, the next group's answer reuses: a chain is
        // evaluated once, not once from every group above its end
        Map<ZoneIndex, Map<GroupKey, Boolean>> groupHealth = compiled.hasAliasCycles() ? null : new HashMap<>();
        for (GroupKey group : groups) {
            HealthFindings findings = new HealthFindings();
            evaluation(findings, groupHealth).resolve(new Query(group.name(), group.type().name()));
            findings.recordSets.forEach(recordSets::putIfAbsent);
            findings.targetGroups.forEach(targets::putIfAbsent);
            findings.resources.forEach(resources::putIfAbsent);
            if (findings.fallback != null) {
                fallbacks.put(group, findings.fallback);
            }
        }
        return new Survey(groups, recordSets, targets, fallbacks, resources);
    }

    private Evaluation evaluation(HealthFindings findings) {
        return evaluation(findings, null);
    }

    private Evaluation evaluation(HealthFindings findings, Map<ZoneIndex, Map<GroupKey, Boolean>> groupHealth) {
        return new Evaluation(compiled, health, client, new SplittableRandom(SEED), Trace.recording(findings),
                groupHealth);
    }

    /**
     * What answering each group of a design found, for one client. Immutable.
     *
     * @param groups       every group of the design (name and type), in design order
     * @param recordSets   R40 verdicts on the record sets the engine looked at; a record set missing here is never
     *                     looked at for this client (R42a, R60)
     * @param aliasTargets R41 verdicts on groups some alias with Evaluate Target Health reached (A5, A25, V33
     *                     included)
     * @param fallbacks    groups whose own answer found no healthy record set: the policy's last resort (R43) or no
     *                     record set applying to the client (R26)
     * @param resources    R42 verdicts on AWS resource targets some alias with Evaluate Target Health reached
     */
    public record Survey(Set<GroupKey> groups, Map<RecordSetKey, HealthFinding> recordSets,
                         Map<GroupKey, HealthFinding> aliasTargets, Map<GroupKey, HealthFinding> fallbacks,
                         Map<DomainName, HealthFinding> resources) {

        public Survey {
            groups = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(groups));
            recordSets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(recordSets));
            aliasTargets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aliasTargets));
            fallbacks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fallbacks));
            resources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resources));
        }
    }
}
