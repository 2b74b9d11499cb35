package dev.failoverstudio.domain.health;

import java.util.Objects;

/**
 * The measured status of one health check before Disabled and Inverted are applied (the {@code base} of
 * HC17), or the fact that there is no data yet (HC16).
 *
 * <p>Invariant: when {@code hasData} is false, {@code healthy} is meaningless and {@code reason} says why
 * there is no data; {@code rule} then names the rule that found no data.
 */
record Measurement(boolean hasData, boolean healthy, String reason, String rule) {

    Measurement {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
    }

    static Measurement healthy(String reason, String rule) {
        return new Measurement(true, true, reason, rule);
    }

    static Measurement unhealthy(String reason, String rule) {
        return new Measurement(true, false, reason, rule);
    }

    static Measurement of(boolean healthy, String reason, String rule) {
        return new Measurement(true, healthy, reason, rule);
    }

    /** No usable observation: the check is treated as new (HC16, A36). */
    static Measurement noData(String why) {
        return new Measurement(false, false, why, "HC16");
    }
}
