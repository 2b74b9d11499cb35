package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.drill.Drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replaces the saved drill at {@code index} (an edit in the Drills tab), keeping its place.
 *
 * @param what what changed, for the history's label, e.g. {@code "Add drill event"}
 */
public record ReplaceDrillCommand(int index, Drill replacement, String what) implements EditCommand {

    public ReplaceDrillCommand {
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(what, "what");
    }

    @Override
    public String label() {
        return what;
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        DrillCommands.checkIndex(before, index);
        if (before.drills().get(index).equals(replacement)) {
            return before;
        }
        List<Drill> drills = new ArrayList<>(before.drills());
        drills.set(index, replacement);
        return before.withDrills(drills);
    }
}
