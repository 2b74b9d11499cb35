package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HealthSnapshot;

import java.util.Objects;
import java.util.Optional;

/**
 * Sets what the simulated checkers observe for one health check (C5); empty means no data yet (HC16).
 * Refused when the design has no such health check.
 */
public record SetHealthObservationCommand(String healthCheckId, Optional<HealthObservation> observation)
        implements EditCommand {

    public SetHealthObservationCommand {
        Objects.requireNonNull(healthCheckId, "healthCheckId");
        Objects.requireNonNull(observation, "observation");
    }

    @Override
    public String label() {
        return "Set health state";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        if (before.design().healthCheck(healthCheckId).isEmpty()) {
            throw new EditRejectedException("V50", "There is no health check " + healthCheckId);
        }
        HealthSnapshot snapshot = before.design().healthSnapshot();
        HealthSnapshot after = observation.map(o -> snapshot.with(healthCheckId, o))
                .orElseGet(() -> snapshot.without(healthCheckId));
        return before.withDesign(before.design().withHealthSnapshot(after));
    }
}
