package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.resolve.ClientContext;

import java.util.Objects;

/**
 * One place clients query from: a name (the world default uses the country code), the group it is reported
 * in (the world default uses the Route 53 continent), the client context Route 53 sees (R173) and its share
 * of all queries.
 *
 * <p>Invariants: name, group and client are present; {@code share} is finite and {@code >= 0} (shares are
 * relative, {@link Population} normalises them).
 */
public record PopulationLocation(String name, String group, ClientContext client, double share) {

    public PopulationLocation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(client, "client");
        if (!(share >= 0) || Double.isInfinite(share)) {
            throw new IllegalArgumentException("share of " + name + " must be a finite number >= 0, got " + share);
        }
    }
}
