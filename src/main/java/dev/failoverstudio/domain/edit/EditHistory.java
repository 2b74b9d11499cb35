package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.HostedZone;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The undo/redo history of one open design. Not thread-safe: owned by the view model on the FX thread.
 *
 * <p><b>Memory bound.</b> The history keeps whole documents, not inverse operations: documents are immutable
 * and an edit shares every unchanged part with the document before it (the other zones, the record set
 * objects, the layout map when only the design changed, and so on), so one step costs only what the edit
 * copied — typically the record set list of one zone or the position map. Keeping documents makes undo exact
 * by construction (no inverse to get wrong). Each step's cost is estimated as the number of references in the
 * collections it did not share with its neighbour (one unit is one reference slot, about 4–8 bytes: a list
 * element, or half a map entry). The history drops its oldest steps when the sum exceeds {@link #DEFAULT_BUDGET}
 * units (roughly 20–40 MB) or when more than {@link #DEFAULT_MAX_STEPS} steps are kept. So undo is unlimited in
 * practice for ordinary designs and bounded for huge ones: a design of 2,000 record sets keeps about 2,500
 * record edits or 1,000 moves of its 2,500 nodes; a design of 20 record sets keeps 10,000 steps.
 *
 * <p><b>Dirty tracking.</b> The document last saved is remembered by identity; undoing back to it makes the
 * history clean again, and any other document is dirty.
 *
 * <p>Listeners are called after every change of {@link #current()}, of dirtiness or of what can be undone or
 * redone, with the current document.
 */
public final class EditHistory {

    /** Most undo steps kept, whatever their size. */
    public static final int DEFAULT_MAX_STEPS = 10_000;
    /** Most references kept in unshared copies across all undo and redo steps. */
    public static final long DEFAULT_BUDGET = 5_000_000L;

    private record Step(String label, DesignDocument before, DesignDocument after, long cost) {
    }

    private final int maxSteps;
    private final long budget;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<DesignDocument>> listeners = new ArrayList<>();
    private DesignDocument current;
    private DesignDocument saved;
    private long retainedCost;

    public EditHistory(DesignDocument initial) {
        this(initial, DEFAULT_MAX_STEPS, DEFAULT_BUDGET);
    }

    /**
     * @param maxSteps most undo steps kept (at least 1)
     * @param budget   most references kept in unshared copies (see the class comment)
     */
    public EditHistory(DesignDocument initial, int maxSteps, long budget) {
        if (maxSteps < 1 || budget < 1) {
            throw new IllegalArgumentException("maxSteps and budget must be positive");
        }
        this.maxSteps = maxSteps;
        this.budget = budget;
        this.current = Objects.requireNonNull(initial, "initial");
        this.saved = initial;
    }

    public DesignDocument current() {
        return current;
    }

    /**
     * Applies {@code command} to the current document and makes the result current; clears the redo steps.
     * An edit that changes nothing is not recorded.
     *
     * @throws EditRejectedException when the command refuses; then nothing has changed
     */
    public void execute(EditCommand command) {
        DesignDocument before = current;
        DesignDocument after = Objects.requireNonNull(command.apply(before), "a command returned no document");
        if (after.equals(before)) {
            return;
        }
        redo.forEach(s -> retainedCost -= s.cost());
        redo.clear();
        Step step = new Step(command.label(), before, after, cost(before, after));
        undo.push(step);
        retainedCost += step.cost();
        current = after;
        trim();
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoLabel() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().label());
    }

    public Optional<String> redoLabel() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peek().label());
    }

    /** Goes back one step; does nothing when there is nothing to undo. */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Step step = undo.pop();
        redo.push(step);
        current = step.before();
        fire();
    }

    /** Goes forward one undone step; does nothing when there is nothing to redo. */
    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Step step = redo.pop();
        undo.push(step);
        current = step.after();
        fire();
    }

    /** True when the current document is not the one last saved (or opened). */
    public boolean isDirty() {
        return current != saved;
    }

    /** Records that the current document has been saved. */
    public void markSaved() {
        boolean wasDirty = isDirty();
        saved = current;
        if (wasDirty) {
            fire();
        }
    }

    /** Starts over with {@code document} (after New or Open): no undo or redo steps, not dirty. */
    public void reset(DesignDocument document) {
        undo.clear();
        redo.clear();
        retainedCost = 0;
        current = Objects.requireNonNull(document, "document");
        saved = document;
        fire();
    }

    /** Number of undo steps currently kept. */
    public int undoDepth() {
        return undo.size();
    }

    public void addListener(Consumer<DesignDocument> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<DesignDocument> listener) {
        listeners.remove(listener);
    }

    private void trim() {
        // Oldest undo steps go first; the newest step is always kept so the edit just made can be undone.
        while (undo.size() > 1 && (undo.size() > maxSteps || retainedCost > budget)) {
            Step oldest = undo.removeLast();
            retainedCost -= oldest.cost();
        }
    }

    private void fire() {
        for (Consumer<DesignDocument> listener : List.copyOf(listeners)) {
            listener.accept(current);
        }
    }

    /** References held by the parts of {@code before} that {@code after} does not share (see class comment). */
    static long cost(DesignDocument before, DesignDocument after) {
        long cost = 1;
        var a = before.design();
        var b = after.design();
        if (a != b) {
            if (a.zones() != b.zones()) {
                cost += a.zones().size();
                for (HostedZone zone : a.zones()) {
                    if (!containsSame(b.zones(), zone)) {
                        cost += zone.recordSets().size();
                    }
                }
            }
            if (a.healthChecks() != b.healthChecks()) {
                cost += a.healthChecks().size();
            }
            if (a.cidrCollections() != b.cidrCollections()) {
                cost += a.cidrCollections().size();
            }
            if (a.healthSnapshot() != b.healthSnapshot()) {
                cost += a.healthSnapshot().observations().size();
            }
        }
        if (before.layout().positions() != after.layout().positions()) {
            cost += 2L * before.layout().positions().size();
        }
        return cost;
    }

    private static boolean containsSame(List<HostedZone> zones, HostedZone zone) {
        for (HostedZone z : zones) {
            if (z == zone || z.recordSets() == zone.recordSets()) {
                return true;
            }
        }
        return false;
    }
}
