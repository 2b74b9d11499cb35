package dev.failoverstudio.domain.edit;

import java.util.List;
import java.util.Objects;

/**
 * Several commands applied in order as one undo step, all or nothing: when a step refuses, the whole command
 * refuses with that step's reason and the document is unchanged.
 */
public record CompositeCommand(String label, List<EditCommand> steps) implements EditCommand {

    public CompositeCommand {
        Objects.requireNonNull(label, "label");
        steps = List.copyOf(steps);
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        DesignDocument doc = before;
        for (EditCommand step : steps) {
            doc = Objects.requireNonNull(step.apply(doc), "a step returned no document");
        }
        return doc;
    }
}
