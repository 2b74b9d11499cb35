package dev.failoverstudio.ui.vm;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The design the window showed last, reopened at the next start: a file (opened or saved), or a bundled sample
 * opened as an untitled copy and not saved since.
 */
public sealed interface LastDesign {

    /** A design file, kept as an absolute path. */
    record File(Path path) implements LastDesign {
        public File {
            path = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
        }
    }

    /** A bundled sample, by its file name (e.g. {@code active-passive-failover.json}). */
    record Sample(String name) implements LastDesign {
        public Sample {
            Objects.requireNonNull(name, "name");
        }
    }
}
