package dev.failoverstudio.ui.vm;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One editable property of the selected record set, group or health check, as the inspector shows it: a Route 53
 * field name, its current value as text, and how to commit a new value. A value that does not parse or is out of
 * Route 53's range is refused here, with the reason in {@link #errorProperty()}, and never reaches the design.
 */
public final class InspectorField {

    public enum Kind { TEXT, CHOICE, FLAG, READ_ONLY }

    private final String name;
    private final String category;
    private final String description;
    private final Kind kind;
    private final List<String> choices;
    private final ReadOnlyStringWrapper value;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final Function<String, Optional<String>> committer;

    /**
     * @param committer applies a new value and returns the reason it was refused, or empty when it was applied
     */
    public InspectorField(String name, String category, String description, Kind kind, List<String> choices,
                          String value, Function<String, Optional<String>> committer) {
        this.name = name;
        this.category = category;
        this.description = description;
        this.kind = kind;
        this.choices = List.copyOf(choices);
        this.value = new ReadOnlyStringWrapper(value == null ? "" : value);
        this.committer = committer;
    }

    public static InspectorField readOnly(String name, String category, String description, String value) {
        return new InspectorField(name, category, description, Kind.READ_ONLY, List.of(), value,
                v -> Optional.of(name + " cannot be changed here."));
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public String description() {
        return description;
    }

    public Kind kind() {
        return kind;
    }

    public List<String> choices() {
        return choices;
    }

    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public String value() {
        return value.get();
    }

    /** Why the last value typed was refused; empty when it was accepted. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Commits {@code text}. An unchanged value does nothing. On refusal the field keeps showing the design's
     * value and {@link #errorProperty()} says why.
     *
     * @return true when the value was applied (or was unchanged)
     */
    public boolean commit(String text) {
        String typed = text == null ? "" : text;
        if (typed.equals(value.get())) {
            error.set("");
            return true;
        }
        Optional<String> refusal = committer.apply(typed);
        error.set(refusal.orElse(""));
        return refusal.isEmpty();
    }
}
