package dev.failoverstudio.ui.vm.health;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditCommand;
import dev.failoverstudio.domain.edit.EditRejectedException;
import dev.failoverstudio.domain.health.EvaluatedHealthStatus;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The design the live panels look at, prepared once per change: the current document, the design compiled
 * for answering and every health check's final status (HealthEvaluator, HC9–HC17). The health panel and the
 * resolver pane share one instance, so a health toggle is evaluated once and both see the same state.
 *
 * <p>Edits go through {@link #execute}, which hands them to the main window's history (so they are undoable)
 * and reports a refusal in {@link #messageProperty()} instead of throwing. FX thread only.
 */
public final class LiveDesign {

    /**
     * One consistent view of the design: never mixes a document with another document's health. The document
     * is the one whose design was last published; layout-only edits do not publish a new state.
     */
    public record State(DesignDocument document, CompiledDesign compiled, EvaluatedHealthStatus health) {
        public Design design() {
            return document.design();
        }
    }

    private final Services services;
    private final Consumer<EditCommand> executor;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The newest document, also after edits that leave the design alone (layout, saved drills). */
    private DesignDocument latest;

    /**
     * @param document the current document of the main window (e.g. bound to its edit history)
     * @param executor runs an edit as one undoable step (e.g. {@code history::execute}); may throw
     *                 {@link EditRejectedException}
     */
    public LiveDesign(ObservableValue<DesignDocument> document, Consumer<EditCommand> executor, Services services) {
        this.services = Objects.requireNonNull(services, "services");
        this.executor = Objects.requireNonNull(executor, "executor");
        document.addListener((obs, before, after) -> publish(after));
        publish(document.getValue());
    }

    public Services services() {
        return services;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /**
     * The newest document. Unlike {@link #state()}, which is republished only when the design changes, this
     * follows every edit, so it holds the current layout and saved drills.
     */
    public DesignDocument document() {
        return latest;
    }

    /** Why the last edit was refused, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Runs {@code command} as one undoable step; a refusal is shown, never thrown. */
    public void execute(EditCommand command) {
        try {
            executor.accept(command);
            message.set("");
        } catch (EditRejectedException e) {
            message.set(command.label() + " refused: " + e.describe());
        }
    }

    private void publish(DesignDocument document) {
        DesignDocument doc = document == null ? DesignDocument.empty() : document;
        latest = doc;
        Design design = doc.design();
        State now = state.get();
        if (now != null && now.design() == design) {
            return; // a layout-only edit (moving cards): nothing the panels show has changed
        }
        state.set(new State(doc, services.engine().compile(design), services.healthEvaluator().evaluate(design)));
    }
}
