package dev.failoverstudio.domain.resolve;

import java.util.Objects;

/**
 * The engine's verdict on the effective health of a record set (R40, with R45/R46 for aliases), of an alias target
 * group (R41) or of an AWS resource target (R42), or on a group that had to fall back (R43), with the engine's own
 * reason and the rule that decided. Immutable.
 */
public record HealthFinding(boolean healthy, String reason, String rule) {

    public HealthFinding {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
    }
}
