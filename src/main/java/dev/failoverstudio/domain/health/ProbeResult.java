package dev.failoverstudio.domain.health;

import java.util.Objects;

/** One checker's verdict on one probe, with the reason and the rule that decided it (HC3–HC6, HC11). */
public record ProbeResult(boolean passed, String reason, String rule) {

    public ProbeResult {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
    }

    static ProbeResult pass(String reason, String rule) {
        return new ProbeResult(true, reason, rule);
    }

    static ProbeResult fail(String reason, String rule) {
        return new ProbeResult(false, reason, rule);
    }
}
