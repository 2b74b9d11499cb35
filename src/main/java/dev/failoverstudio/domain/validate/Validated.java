package dev.failoverstudio.domain.validate;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of an all-or-nothing change (a change batch, a health-check update): the new value when
 * accepted, and every problem found.
 *
 * <p>Invariants: {@code value} is null exactly when {@code problems} contains an error; warnings may accompany
 * an accepted value.
 */
public record Validated<T>(T value, List<Problem> problems) {

    public Validated {
        problems = List.copyOf(problems);
        boolean hasError = problems.stream().anyMatch(Problem::isError);
        if (hasError && value != null) {
            throw new IllegalArgumentException("a rejected change has no value");
        }
        if (!hasError && value == null) {
            throw new IllegalArgumentException("an accepted change needs a value");
        }
    }

    static <T> Validated<T> of(T candidate, List<Problem> problems) {
        boolean hasError = problems.stream().anyMatch(Problem::isError);
        return new Validated<>(hasError ? null : candidate, problems);
    }

    public boolean accepted() {
        return value != null;
    }

    public Optional<T> result() {
        return Optional.ofNullable(value);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
