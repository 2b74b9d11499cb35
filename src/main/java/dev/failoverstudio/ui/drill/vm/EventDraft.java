package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The form for one timeline event. Fields are text so a view binds them to text fields as they are; {@link
 * #toEvent()} checks them and builds the event, naming the field that is wrong.
 */
public final class EventDraft {

    /** The event kinds the form edits (README "Drill files", events). */
    public enum Kind {
        ENDPOINT("Endpoint down/up"),
        REGION("Region down/up"),
        HEALTH_CHECK("Health check observed"),
        SWITCH("Health check Disabled/Inverted"),
        SET_WEIGHT("Set weight");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A switch field: leave as it is, or set. */
    public enum Switch {
        UNCHANGED, ON, OFF;

        Boolean value() {
            return this == UNCHANGED ? null : this == ON;
        }

        static Switch of(Boolean value) {
            return value == null ? UNCHANGED : value ? ON : OFF;
        }
    }

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.ENDPOINT);
    private final StringProperty at = new SimpleStringProperty("60");
    /** Endpoint value, Region name or health check Id, by kind. */
    private final StringProperty target = new SimpleStringProperty("");
    private final ObjectProperty<DrillEvent.Observed> state = new SimpleObjectProperty<>(DrillEvent.Observed.DOWN);
    private final BooleanProperty timesOut = new SimpleBooleanProperty(false);
    /** Comma-separated checker Regions; empty means all. */
    private final StringProperty checkerRegions = new SimpleStringProperty("");
    private final ObjectProperty<Switch> disabled = new SimpleObjectProperty<>(Switch.UNCHANGED);
    private final ObjectProperty<Switch> inverted = new SimpleObjectProperty<>(Switch.UNCHANGED);
    private final StringProperty recordName = new SimpleStringProperty("");
    private final StringProperty recordType = new SimpleStringProperty("A");
    private final StringProperty setIdentifier = new SimpleStringProperty("");
    private final StringProperty weight = new SimpleStringProperty("0");

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty atProperty() {
        return at;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<DrillEvent.Observed> stateProperty() {
        return state;
    }

    public BooleanProperty timesOutProperty() {
        return timesOut;
    }

    public StringProperty checkerRegionsProperty() {
        return checkerRegions;
    }

    public ObjectProperty<Switch> disabledProperty() {
        return disabled;
    }

    public ObjectProperty<Switch> invertedProperty() {
        return inverted;
    }

    public StringProperty recordNameProperty() {
        return recordName;
    }

    public StringProperty recordTypeProperty() {
        return recordType;
    }

    public StringProperty setIdentifierProperty() {
        return setIdentifier;
    }

    public StringProperty weightProperty() {
        return weight;
    }

    /**
     * Fills the form from an event it can edit.
     *
     * @return false for events the form does not edit (record set upserts and deletes), which stay as they are
     */
    public boolean load(DrillEvent event) {
        at.set(Numbers.format(event.at()));
        if (event instanceof DrillEvent.EndpointState e) {
            kind.set(Kind.ENDPOINT);
            target.set(e.endpoint());
            state.set(e.up() ? DrillEvent.Observed.UP : DrillEvent.Observed.DOWN);
            timesOut.set(e.timesOut());
            checkerRegions.set(String.join(", ", e.checkerRegions().stream().sorted().toList()));
        } else if (event instanceof DrillEvent.RegionState r) {
            kind.set(Kind.REGION);
            target.set(r.region());
            state.set(r.up() ? DrillEvent.Observed.UP : DrillEvent.Observed.DOWN);
            timesOut.set(r.timesOut());
        } else if (event instanceof DrillEvent.HealthCheckObserved h) {
            kind.set(Kind.HEALTH_CHECK);
            target.set(h.healthCheckId());
            state.set(h.observed());
            checkerRegions.set(String.join(", ", h.checkerRegions().stream().sorted().toList()));
        } else if (event instanceof DrillEvent.HealthCheckSwitch s) {
            kind.set(Kind.SWITCH);
            target.set(s.healthCheckId());
            disabled.set(Switch.of(s.disabled()));
            inverted.set(Switch.of(s.inverted()));
        } else if (event instanceof DrillEvent.SetWeight w) {
            kind.set(Kind.SET_WEIGHT);
            recordName.set(w.recordSet().name().text());
            recordType.set(w.recordSet().type().name());
            setIdentifier.set(w.recordSet().setIdentifier() == null ? "" : w.recordSet().setIdentifier());
            weight.set(Long.toString(w.weight()));
        } else {
            return false;
        }
        return true;
    }

    /** The event the form describes; throws {@link IllegalArgumentException} naming the wrong field. */
    public DrillEvent toEvent() {
        double time = Numbers.parse("time", at.get());
        return switch (kind.get()) {
            case ENDPOINT -> new DrillEvent.EndpointState(time, required("endpoint", target.get()), up(),
                    regions(), timesOut.get());
            case REGION -> new DrillEvent.RegionState(time, required("Region", target.get()), up(), timesOut.get());
            case HEALTH_CHECK -> new DrillEvent.HealthCheckObserved(time, required("health check", target.get()),
                    state.get(), regions());
            case SWITCH -> {
                if (disabled.get() == Switch.UNCHANGED && inverted.get() == Switch.UNCHANGED) {
                    throw new IllegalArgumentException("set Disabled or Inverted (HC17)");
                }
                yield new DrillEvent.HealthCheckSwitch(time, required("health check", target.get()),
                        disabled.get().value(), inverted.get().value());
            }
            case SET_WEIGHT -> new DrillEvent.SetWeight(time, recordSetKey(), weightValue());
        };
    }

    private boolean up() {
        if (state.get() == DrillEvent.Observed.INSUFFICIENT_DATA) {
            throw new IllegalArgumentException("insufficient data applies to health checks only");
        }
        return state.get() == DrillEvent.Observed.UP;
    }

    private Set<String> regions() {
        LinkedHashSet<String> regions = new LinkedHashSet<>();
        Arrays.stream(checkerRegions.get() == null ? new String[0] : checkerRegions.get().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).forEach(regions::add);
        return regions;
    }

    private RecordSetKey recordSetKey() {
        String typeText = required("record type", recordType.get()).toUpperCase(Locale.ROOT);
        RecordType type = RecordType.parse(typeText)
                .orElseThrow(() -> new IllegalArgumentException("unknown record type " + typeText));
        DomainName name;
        try {
            name = DomainName.of(required("record name", recordName.get()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("record name: " + e.getMessage(), e);
        }
        String id = setIdentifier.get() == null || setIdentifier.get().isBlank() ? null : setIdentifier.get().strip();
        return new RecordSetKey(name, type, id);
    }

    private long weightValue() {
        try {
            long value = Long.parseLong(weight.get().strip());
            if (value < 0 || value > 255) {
                throw new IllegalArgumentException("weight must be 0..255 (R70), got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight must be a whole number 0..255, got '" + weight.get() + "'");
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }
}
