package dev.failoverstudio.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An account-level CIDR collection (R14, S9). Blocks are checked by V29, not here. */
public record CidrCollection(String id, String name, long version, List<CidrLocation> locations) {
    public CidrCollection {
        Objects.requireNonNull(id, "id");
        locations = List.copyOf(locations);
    }

    public Optional<CidrLocation> location(String locationName) {
        return locations.stream().filter(l -> l.name().equals(locationName)).findFirst();
    }
}
