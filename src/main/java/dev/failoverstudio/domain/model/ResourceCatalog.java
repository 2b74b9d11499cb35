package dev.failoverstudio.domain.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The AWS resources alias records may target, keyed by canonical DNS name (C9). */
public final class ResourceCatalog {

    public static final ResourceCatalog EMPTY = new ResourceCatalog(Map.of());

    private final Map<DomainName, AwsResource> resources;

    public ResourceCatalog(Map<DomainName, AwsResource> resources) {
        this.resources = new LinkedHashMap<>(resources);
    }

    /**
     * The resource named {@code name}; a {@code dualstack.} prefix (ELB, R145) falls back to the plain
     * name when only that is catalogued.
     */
    public Optional<AwsResource> find(DomainName name) {
        AwsResource direct = resources.get(name);
        if (direct != null) {
            return Optional.of(direct);
        }
        if (name.firstLabel().equals("dualstack") && name.parent() != null) {
            return Optional.ofNullable(resources.get(name.parent()));
        }
        return Optional.empty();
    }

    public Collection<AwsResource> all() {
        return resources.values();
    }

    public boolean isEmpty() {
        return resources.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceCatalog other && resources.equals(other.resources);
    }

    @Override
    public int hashCode() {
        return resources.hashCode();
    }
}
