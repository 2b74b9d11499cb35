package dev.failoverstudio.ui.vm;

import java.util.Optional;

/** Where the last design is remembered between runs; never throws (a broken store remembers nothing). */
public interface LastDesignStore {

    /** The last design, or empty on a first start. */
    Optional<LastDesign> load();

    void save(LastDesign design);
}
