package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.CidrCollection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Adds a CIDR collection for IP-based routing (R14); collection IDs are unique. */
public record AddCidrCollectionCommand(CidrCollection collection) implements EditCommand {

    public AddCidrCollectionCommand {
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public String label() {
        return "Add CIDR collection";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        if (before.design().cidrCollection(collection.id()).isPresent()) {
            throw new EditRejectedException(null, "A CIDR collection with ID " + collection.id()
                    + " already exists");
        }
        List<CidrCollection> collections = new ArrayList<>(before.design().cidrCollections());
        collections.add(collection);
        return before.withDesign(before.design().withCidrCollections(collections));
    }
}
