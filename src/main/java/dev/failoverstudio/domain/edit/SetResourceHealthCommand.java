package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.ResourceCatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sets the simulated health of an AWS resource of the resource catalog (C9, R42): true or false, or null for
 * "not stated" (healthy unless its target groups say otherwise). An explicit status replaces per-target-group
 * counts, which a resource cannot carry together with one (the catalog format holds one or the other). Refused
 * when the catalog has no such resource (C9).
 */
public record SetResourceHealthCommand(DomainName dnsName, Boolean healthy) implements EditCommand {

    public SetResourceHealthCommand {
        Objects.requireNonNull(dnsName, "dnsName");
    }

    @Override
    public String label() {
        return "Set resource health";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        ResourceCatalog catalog = before.design().resourceCatalog();
        AwsResource old = catalog.find(dnsName).orElseThrow(() -> new EditRejectedException("C9",
                "There is no resource " + dnsName.text() + " in the resource catalog"));
        AwsResource replacement = new AwsResource(old.dnsName(), old.kind(), old.ipv4(), old.ipv6(), healthy,
                healthy == null ? old.targetGroups() : List.of(), old.ttl());
        if (replacement.equals(old)) {
            return before;
        }
        Map<DomainName, AwsResource> resources = new LinkedHashMap<>();
        for (AwsResource r : catalog.all()) {
            resources.put(r.dnsName(), r.dnsName().equals(old.dnsName()) ? replacement : r);
        }
        return before.withDesign(before.design().withResourceCatalog(new ResourceCatalog(resources)));
    }
}
