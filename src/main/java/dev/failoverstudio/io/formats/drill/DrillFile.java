package dev.failoverstudio.io.formats.drill;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.model.Design;

import java.util.Objects;

/** A standalone drill file's content: the design (scenario-file parts) and the drill run against it. */
public record DrillFile(String title, String description, Design design, Drill drill) {
    public DrillFile {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(drill, "drill");
    }
}
