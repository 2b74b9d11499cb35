package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.drill.DrillAssertion;
import dev.failoverstudio.domain.drill.KeyFigures;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The simple form for one assertion: a bound on a key figure (seconds), or a bound on the share of some
 * clients' queries (percent) that get an answer, an answer in a Region, or an unhealthy endpoint over a time
 * window (README "Drill files", assertions).
 */
public final class AssertionDraft {

    public enum Kind {
        FIGURE("Key figure"), SHARE("Share of queries");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    public enum ClientsKind { ALL, COUNTRY, CONTINENT, GROUP, LOCATION }

    public enum TargetKind { ANSWER, REGION, UNHEALTHY }

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.FIGURE);
    private final ObjectProperty<KeyFigures.Name> figure =
            new SimpleObjectProperty<>(KeyFigures.Name.TIME_TO_FULL_FAILOVER);
    private final StringProperty from = new SimpleStringProperty("0");
    /** Empty means the end of the drill. */
    private final StringProperty to = new SimpleStringProperty("");
    private final ObjectProperty<ClientsKind> clientsKind = new SimpleObjectProperty<>(ClientsKind.ALL);
    private final StringProperty clients = new SimpleStringProperty("");
    private final ObjectProperty<TargetKind> targetKind = new SimpleObjectProperty<>(TargetKind.ANSWER);
    private final StringProperty target = new SimpleStringProperty("");
    /** Seconds for a figure, percent for a share; empty means no bound. */
    private final StringProperty atLeast = new SimpleStringProperty("");
    private final StringProperty atMost = new SimpleStringProperty("");

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<KeyFigures.Name> figureProperty() {
        return figure;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ObjectProperty<ClientsKind> clientsKindProperty() {
        return clientsKind;
    }

    public StringProperty clientsProperty() {
        return clients;
    }

    public ObjectProperty<TargetKind> targetKindProperty() {
        return targetKind;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty atLeastProperty() {
        return atLeast;
    }

    public StringProperty atMostProperty() {
        return atMost;
    }

    /**
     * The assertion the form describes; throws {@link IllegalArgumentException} naming the wrong field.
     *
     * @param durationSeconds the drill's end, for a share window without an end
     */
    public DrillAssertion toAssertion(String label, double durationSeconds) {
        if (kind.get() == Kind.FIGURE) {
            return new DrillAssertion.Figure(label, figure.get(), optional("at least", atLeast.get(), 1),
                    optional("at most", atMost.get(), 1));
        }
        double start = Numbers.parse("from", from.get());
        double end = to.get() == null || to.get().isBlank() ? durationSeconds : Numbers.parse("to", to.get());
        return new DrillAssertion.Share(label, start, end, clients(), target(),
                optional("at least", atLeast.get(), 0.01), optional("at most", atMost.get(), 0.01));
    }

    private DrillAssertion.Clients clients() {
        if (clientsKind.get() == ClientsKind.ALL) {
            return DrillAssertion.Clients.ALL;
        }
        String value = required("clients", clients.get());
        return switch (clientsKind.get()) {
            case COUNTRY -> new DrillAssertion.Clients(null, null, value, null);
            case CONTINENT -> new DrillAssertion.Clients(null, null, null, value);
            case GROUP -> new DrillAssertion.Clients(null, value, null, null);
            case LOCATION -> new DrillAssertion.Clients(value, null, null, null);
            case ALL -> DrillAssertion.Clients.ALL;
        };
    }

    private DrillAssertion.Target target() {
        return switch (targetKind.get()) {
            case ANSWER -> DrillAssertion.Target.value(required("answer", target.get()));
            case REGION -> DrillAssertion.Target.region(required("Region", target.get()));
            case UNHEALTHY -> DrillAssertion.Target.UNHEALTHY;
        };
    }

    private static Double optional(String field, String text, double scale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Numbers.parse(field, text) * scale;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }
}
