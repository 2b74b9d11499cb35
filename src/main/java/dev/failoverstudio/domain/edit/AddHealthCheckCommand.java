package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.HealthCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Adds a health check, its node placed at {@code position} (null leaves it for auto-layout). IDs are unique. */
public record AddHealthCheckCommand(HealthCheck check, Position position) implements EditCommand {

    public AddHealthCheckCommand {
        Objects.requireNonNull(check, "check");
    }

    @Override
    public String label() {
        return "Add health check";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        HealthCheckShape.check(check);
        if (before.design().healthCheck(check.id()).isPresent()) {
            throw new EditRejectedException(null, "A health check with ID " + check.id() + " already exists");
        }
        List<HealthCheck> checks = new ArrayList<>(before.design().healthChecks());
        checks.add(check);
        DesignDocument after = before.withDesign(before.design().withHealthChecks(checks));
        return position == null ? after : after.withLayout(after.layout().with(NodeKey.healthCheck(check.id()),
                position));
    }
}
