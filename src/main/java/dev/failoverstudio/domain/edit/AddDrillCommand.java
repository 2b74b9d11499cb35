package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.drill.Drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Adds a drill to the end of the document's saved drills (the Drills tab's "Add to design"). */
public record AddDrillCommand(Drill drill) implements EditCommand {

    public AddDrillCommand {
        Objects.requireNonNull(drill, "drill");
    }

    @Override
    public String label() {
        return "Add drill " + drill.name();
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        List<Drill> drills = new ArrayList<>(before.drills());
        drills.add(drill);
        return before.withDrills(drills);
    }
}
