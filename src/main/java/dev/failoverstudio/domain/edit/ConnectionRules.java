package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.Optional;

/**
 * Whether Route 53 would accept an in-zone alias from a member row to a target group. Used while dragging, so
 * it answers from an index of the zone's alias edges (built once per design and zone) instead of validating
 * the whole design.
 */
public final class ConnectionRules {

    /**
     * Why the alias from {@code member} (in zone {@code zoneId}) to {@code target} would be refused, citing the
     * rule (alias loop V35, type mismatch R141, apex to CNAME V36, multivalue alias V37, …); empty when allowed.
     */
    public Optional<String> refusal(Design design, String zoneId, RecordSetKey member, GroupKey target) {
        throw new UnsupportedOperationException("ConnectionRules.refusal is not implemented yet");
    }
}
