package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.drill.Drill;

import java.util.ArrayList;
import java.util.List;

/** Removes the saved drill at {@code index}. */
public record RemoveDrillCommand(int index) implements EditCommand {

    @Override
    public String label() {
        return "Remove drill";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        DrillCommands.checkIndex(before, index);
        List<Drill> drills = new ArrayList<>(before.drills());
        drills.remove(index);
        return before.withDrills(drills);
    }
}
