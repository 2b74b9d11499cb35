package dev.failoverstudio.domain.drill;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Where a drill's queries come from: locations with shares, and where the shares come from.
 *
 * <p>Invariants: at least one location with a share above zero; locations with share 0 are dropped; shares
 * are normalised to sum to 1; location names are unique.
 */
public record Population(List<PopulationLocation> locations, String source) {

    public Population {
        Objects.requireNonNull(source, "source");
        double total = 0;
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (PopulationLocation l : locations) {
            total += l.share();
            if (!names.add(l.name())) {
                throw new IllegalArgumentException("location " + l.name() + " is listed twice");
            }
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("a population needs at least one location with a share above 0");
        }
        double divisor = Shares.divisor(total);
        List<PopulationLocation> normalised = new ArrayList<>();
        for (PopulationLocation l : locations) {
            if (l.share() > 0) {
                normalised.add(new PopulationLocation(l.name(), l.group(), l.client(), l.share() / divisor));
            }
        }
        locations = List.copyOf(normalised);
    }

    /** The distinct groups in the order they first appear. */
    public List<String> groups() {
        LinkedHashSet<String> groups = new LinkedHashSet<>();
        locations.forEach(l -> groups.add(l.group()));
        return List.copyOf(groups);
    }
}
