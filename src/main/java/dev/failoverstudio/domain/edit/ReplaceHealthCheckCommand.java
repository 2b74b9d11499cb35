package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.HealthCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replaces the health check with the replacement's ID, keeping its place (an inspector edit). Content problems
 * (a port of 0, a threshold of 20) are left to the validator.
 */
public record ReplaceHealthCheckCommand(HealthCheck replacement) implements EditCommand {

    public ReplaceHealthCheckCommand {
        Objects.requireNonNull(replacement, "replacement");
    }

    @Override
    public String label() {
        return "Edit health check";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        HealthCheckShape.check(replacement);
        List<HealthCheck> checks = new ArrayList<>(before.design().healthChecks());
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).id().equals(replacement.id())) {
                if (checks.get(i).equals(replacement)) {
                    return before;
                }
                checks.set(i, replacement);
                return before.withDesign(before.design().withHealthChecks(checks));
            }
        }
        throw new EditRejectedException("V50", "There is no health check " + replacement.id());
    }
}
