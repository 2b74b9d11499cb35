package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.ui.vm.Parse;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
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
        SET_WEIGHT("Set weight"),
        UPSERT("Record set change (UPSERT)"),
        DELETE("Record set delete");

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
    /** An upsert's values, comma-separated (as the inspector's Values field). */
    private final StringProperty values = new SimpleStringProperty("");
    /** An upsert's TTL in seconds; empty for an alias record set. */
    private final StringProperty ttl = new SimpleStringProperty("");
    /** The record set an upsert loaded from the timeline replaces, for one the design does not hold. */
    private RecordSet upsertBase;

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

    public StringProperty valuesProperty() {
        return values;
    }

    public StringProperty ttlProperty() {
        return ttl;
    }

    /**
     * Fills the record-set fields from {@code recordSet} (one of the design's, chosen in the form): its key, and
     * for an upsert its values, TTL and weight as they are, ready to change.
     */
    public void choose(RecordSet recordSet) {
        recordName.set(recordSet.name().text());
        recordType.set(recordSet.type().name());
        setIdentifier.set(recordSet.setIdentifier() == null ? "" : recordSet.setIdentifier());
        values.set(String.join(", ", recordSet.values()));
        ttl.set(recordSet.ttl() == null ? "" : Long.toString(recordSet.ttl()));
        weight.set(recordSet.routing() instanceof WeightedRouting w ? Long.toString(w.weight()) : "");
        upsertBase = recordSet;
    }

    /**
     * Fills the form from an event it can edit.
     *
     * @return false for an event kind the form does not know, which stays as it is
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
        } else if (event instanceof DrillEvent.UpsertRecordSet u) {
            kind.set(Kind.UPSERT);
            choose(u.recordSet());
        } else if (event instanceof DrillEvent.DeleteRecordSet d) {
            kind.set(Kind.DELETE);
            recordName.set(d.recordSet().name().text());
            recordType.set(d.recordSet().type().name());
            setIdentifier.set(d.recordSet().setIdentifier() == null ? "" : d.recordSet().setIdentifier());
        } else {
            return false;
        }
        return true;
    }

    /** The event the form describes, without a design to check record sets against ({@link #toEvent(Design, List)}). */
    public DrillEvent toEvent() {
        return toEvent(null, List.of());
    }

    /**
     * The event the form describes; throws {@link IllegalArgumentException} naming the wrong field.
     *
     * @param design   the design the drill runs against: record-set events must name one of its record sets or
     *                 one an earlier upsert of {@code timeline} creates (S2); null skips that check
     * @param timeline the drill's other events
     */
    public DrillEvent toEvent(Design design, List<DrillEvent> timeline) {
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
            case SET_WEIGHT -> new DrillEvent.SetWeight(time, known(recordSetKey(), design, timeline, time),
                    weightValue());
            case UPSERT -> new DrillEvent.UpsertRecordSet(time, upserted(design));
            case DELETE -> new DrillEvent.DeleteRecordSet(time, known(recordSetKey(), design, timeline, time));
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

    /** The record set an upsert writes: the chosen one with the form's values, TTL and weight (S2, R70). */
    private RecordSet upserted(Design design) {
        RecordSetKey key = recordSetKey();
        RecordSet base = design == null ? null : find(design, key);
        if (base == null && upsertBase != null && upsertBase.key().equals(key)) {
            base = upsertBase;
        }
        if (base == null) {
            throw new IllegalArgumentException("unknown record set " + key.describe()
                    + "; choose one of the design's record sets");
        }
        RecordSet result = base;
        if (base.aliasTarget() != null) {
            if (!blank(values.get()) || !blank(ttl.get())) {
                throw new IllegalArgumentException(key.describe() + " is an alias record set: it has no values and "
                        + "takes the TTL of its target (R5, R144)");
            }
        } else {
            List<String> newValues = Parse.values(values.get() == null ? "" : values.get());
            if (newValues.isEmpty()) {
                throw new IllegalArgumentException("values: a record set without an alias needs at least one value "
                        + "(R5)");
            }
            if (blank(ttl.get())) {
                throw new IllegalArgumentException("TTL is required for a record set with values");
            }
            result = result.withValues(newValues).withTtl(Parse.range(ttl.get(), "TTL", 0, 2147483647L));
        }
        if (base.routing() instanceof WeightedRouting) {
            result = result.withRouting(base.setIdentifier(), new WeightedRouting(weightValue()));
        } else if (!blank(weight.get())) {
            throw new IllegalArgumentException("weight applies to weighted record sets only (R70); "
                    + key.describe() + " is " + base.routing().policy().label());
        }
        return result;
    }

    /** {@code key}, when the design or an upsert before {@code time} holds it. */
    private static RecordSetKey known(RecordSetKey key, Design design, List<DrillEvent> timeline, double time) {
        if (design == null || find(design, key) != null) {
            return key;
        }
        for (DrillEvent e : timeline) {
            if (e instanceof DrillEvent.UpsertRecordSet u && u.recordSet().key().equals(key) && u.at() <= time) {
                return key;
            }
        }
        throw new IllegalArgumentException("unknown record set " + key.describe() + ": the design has no such "
                + "record set");
    }

    static RecordSet find(Design design, RecordSetKey key) {
        for (HostedZone zone : design.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                if (rs.key().equals(key)) {
                    return rs;
                }
            }
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
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
