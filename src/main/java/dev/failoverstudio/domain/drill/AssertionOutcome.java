package dev.failoverstudio.domain.drill;

import java.util.Objects;

/**
 * Whether one {@link DrillAssertion} held, with a sentence saying what was measured (the worst share and
 * when, or the figure).
 */
public record AssertionOutcome(DrillAssertion assertion, boolean passed, String detail) {
    public AssertionOutcome {
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(detail, "detail");
    }
}
