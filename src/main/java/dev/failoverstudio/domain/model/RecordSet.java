package dev.failoverstudio.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * One Route 53 record set ({@code ResourceRecordSet}, S1).
 *
 * <p>Invariants: name, type and routing are present; {@code values} is never null (empty for an alias).
 * Whether the contents obey Route 53's rules (a TTL and values for a non-alias record set, no TTL for an
 * alias, a set identifier exactly when the policy is not simple…) is the validator's business (V10, V17,
 * V32), so an imported design keeps every field as written and every problem can be reported.
 *
 * @param ttl null for alias record sets
 * @param aliasTarget null for non-alias record sets
 * @param healthCheckId null when no health check is associated (R8)
 */
public record RecordSet(DomainName name, RecordType type, String setIdentifier, Routing routing, Long ttl,
                        List<String> values, AliasTarget aliasTarget, String healthCheckId,
                        String trafficPolicyInstanceId) {

    public RecordSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(routing, "routing");
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A simple non-alias record set. */
    public static RecordSet simple(String name, RecordType type, long ttl, String... values) {
        return new RecordSet(DomainName.of(name), type, null, SimpleRouting.INSTANCE, ttl, List.of(values), null,
                null, null);
    }

    public boolean isAlias() {
        return aliasTarget != null;
    }

    public RoutingPolicy policy() {
        return routing.policy();
    }

    public RecordSetKey key() {
        return new RecordSetKey(name, type, setIdentifier);
    }

    public GroupKey groupKey() {
        return new GroupKey(name, type);
    }

    public RecordSet withName(DomainName newName) {
        return new RecordSet(newName, type, setIdentifier, routing, ttl, values, aliasTarget, healthCheckId,
                trafficPolicyInstanceId);
    }

    public RecordSet withTtl(Long newTtl) {
        return new RecordSet(name, type, setIdentifier, routing, newTtl, values, aliasTarget, healthCheckId,
                trafficPolicyInstanceId);
    }

    public RecordSet withValues(List<String> newValues) {
        return new RecordSet(name, type, setIdentifier, routing, ttl, newValues, aliasTarget, healthCheckId,
                trafficPolicyInstanceId);
    }

    public RecordSet withRouting(String newSetIdentifier, Routing newRouting) {
        return new RecordSet(name, type, newSetIdentifier, newRouting, ttl, values, aliasTarget, healthCheckId,
                trafficPolicyInstanceId);
    }

    public RecordSet withAliasTarget(AliasTarget target) {
        return new RecordSet(name, type, setIdentifier, routing, target == null ? ttl : null,
                target == null ? values : List.of(), target, healthCheckId, trafficPolicyInstanceId);
    }

    public RecordSet withHealthCheckId(String id) {
        return new RecordSet(name, type, setIdentifier, routing, ttl, values, aliasTarget, id,
                trafficPolicyInstanceId);
    }

    public String describe() {
        return key().describe();
    }
}
