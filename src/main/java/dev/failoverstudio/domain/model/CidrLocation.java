package dev.failoverstudio.domain.model;

import java.util.List;
import java.util.Objects;

/** A named location of a CIDR collection and its blocks, as written (R14, S9). */
public record CidrLocation(String name, List<String> cidrBlocks) {
    public CidrLocation {
        Objects.requireNonNull(name, "name");
        cidrBlocks = List.copyOf(cidrBlocks);
    }
}
