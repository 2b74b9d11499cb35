package dev.failoverstudio.ui.vm.health;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditCommand;
import dev.failoverstudio.domain.edit.EditRejectedException;
import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.ResourceCatalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sets the stated health of one AWS resource of the resource catalog (C9, R42): {@code false} down,
 * {@code true} up, null "not stated". Target-group counts (A6) are kept: an ALB stated up whose registered
 * targets are all unhealthy stays unhealthy, as Route 53 would see it. Refused when the catalog has no such
 * resource.
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
        Map<DomainName, AwsResource> resources = new LinkedHashMap<>();
        boolean found = false;
        for (AwsResource r : catalog.all()) {
            if (r.dnsName().equals(dnsName)) {
                found = true;
                resources.put(r.dnsName(), new AwsResource(r.dnsName(), r.kind(), r.ipv4(), r.ipv6(), healthy,
                        r.targetGroups(), r.ttl()));
            } else {
                resources.put(r.dnsName(), r);
            }
        }
        if (!found) {
            throw new EditRejectedException("C9", "There is no AWS resource " + dnsName.text()
                    + " in the resource catalog");
        }
        return before.withDesign(before.design().withResourceCatalog(new ResourceCatalog(resources)));
    }
}
