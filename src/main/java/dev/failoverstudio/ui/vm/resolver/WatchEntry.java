package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A pinned query: name, type and client, with its current answer. {@link #changedProperty()} is true when the
 * last change of the design or its health changed the answer (the set of answers seen over seeded samples, so
 * a weighted answer does not count as changed merely because another value was drawn).
 */
public final class WatchEntry {

    private final Query query;
    private final ClientContext client;
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previous = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private SampledOutcomes outcomes;

    WatchEntry(Query query, ClientContext client) {
        this.query = query;
        this.client = client;
    }

    public Query query() {
        return query;
    }

    public ClientContext client() {
        return client;
    }

    public String questionText() {
        return query.name().text() + " " + query.type();
    }

    public String clientText() {
        return ClientDescription.of(client);
    }

    public ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The answer before the last change, when that change changed it; else empty. */
    public ReadOnlyStringProperty previousProperty() {
        return previous.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Shows new outcomes; marks the entry changed when the distinct responses differ from the last ones. */
    void update(SampledOutcomes next, String text) {
        boolean differs = outcomes != null && !outcomes.distinct().equals(next.distinct());
        String before = answer.get();
        outcomes = next;
        answer.set(text);
        changed.set(differs);
        previous.set(differs ? before : "");
    }
}
