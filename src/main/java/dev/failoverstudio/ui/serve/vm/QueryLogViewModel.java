package dev.failoverstudio.ui.serve.vm;

import dev.failoverstudio.dns.QueryEvent;
import dev.failoverstudio.dns.QueryLog;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The query log under the Serve toggle: the newest answered queries first, at most {@link #capacity()} of them.
 *
 * <p>The server never waits for the log: it offers events to a bounded {@link QueryLog.Subscription} and counts
 * what did not fit. The view calls {@link #drain()} a few times per second on the FX thread; each call takes
 * everything buffered but formats only the newest {@code capacity} events (older ones of the same batch would be
 * pushed out of the ring at once anyway), so the FX thread's work per tick is bounded whatever the query rate.
 * While paused nothing is drained: the buffer fills, and what overflows it is counted as dropped.
 *
 * <p>FX thread only (the subscription itself is thread-safe).
 */
public final class QueryLogViewModel {

    /** Rows kept for the table. */
    public static final int DEFAULT_CAPACITY = 5_000;
    /** Events buffered between two drains before the server drops them (at 4 drains/s: 200,000 queries/s). */
    public static final int SUBSCRIPTION_CAPACITY = 50_000;

    private final int capacity;
    private final int bufferCapacity;
    private final ZoneId zone;
    private final ObservableList<QueryLogRow> rows = FXCollections.observableArrayList();
    private final FilteredList<QueryLogRow> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final ReadOnlyLongWrapper received = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper dropped = new ReadOnlyLongWrapper();
    private final List<QueryEvent> batch = new ArrayList<>();
    private QueryLog.Subscription subscription;
    /** Drops counted by earlier subscriptions (the server was stopped and started again) since the last clear. */
    private long droppedBefore;
    /** The subscription's own count at the last clear. */
    private long droppedAtClear;

    /** A log of the newest {@link #DEFAULT_CAPACITY} rows with times shown in the computer's time zone. */
    public QueryLogViewModel() {
        this(DEFAULT_CAPACITY, SUBSCRIPTION_CAPACITY, ZoneId.systemDefault());
    }

    /**
     * @param capacity       rows kept for the table
     * @param bufferCapacity events the server buffers between two drains before dropping
     * @param zone           the time zone of the time column
     */
    public QueryLogViewModel(int capacity, int bufferCapacity, ZoneId zone) {
        if (capacity < 1 || bufferCapacity < 1) {
            throw new IllegalArgumentException("capacities must be positive: " + capacity + ", " + bufferCapacity);
        }
        this.capacity = capacity;
        this.bufferCapacity = bufferCapacity;
        this.zone = Objects.requireNonNull(zone, "zone");
        filter.addListener((obs, before, after) -> {
            String text = after == null ? "" : after.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(text.isEmpty() ? null : row -> row.matches(text));
        });
    }

    /** Starts watching a server's answered queries (replacing any earlier subscription). */
    void attach(QueryLog log) {
        detach();
        subscription = log.subscribe(bufferCapacity);
        droppedAtClear = 0;
    }

    /** Stops watching; what was shown stays. */
    void detach() {
        if (subscription != null) {
            drainNow(); // the last answers of a stopped server still belong in the log
            droppedBefore += subscription.dropped() - droppedAtClear;
            subscription.close();
            subscription = null;
            droppedAtClear = 0;
        }
    }

    /**
     * Moves the buffered events into the table (newest first), unless paused. Call it on the FX thread from a
     * timer; returns how many events were taken.
     */
    public int drain() {
        if (paused.get() || subscription == null) {
            return 0;
        }
        return drainNow();
    }

    private int drainNow() {
        batch.clear();
        subscription.drainTo(batch, bufferCapacity);
        int taken = batch.size();
        if (taken > 0) {
            int from = Math.max(0, taken - capacity);
            List<QueryLogRow> newest = new ArrayList<>(taken - from);
            for (int i = taken - 1; i >= from; i--) {
                newest.add(QueryLogRow.of(batch.get(i), zone));
            }
            int overflow = rows.size() + newest.size() - capacity;
            if (overflow > 0) {
                rows.remove(rows.size() - overflow, rows.size());
            }
            rows.addAll(0, newest);
            received.set(received.get() + taken);
            batch.clear();
        }
        dropped.set(droppedBefore + subscription.dropped() - droppedAtClear);
        return taken;
    }

    /** Empties the table and resets the counters (received and dropped). */
    public void clear() {
        rows.clear();
        received.set(0);
        droppedBefore = 0;
        droppedAtClear = subscription == null ? 0 : subscription.dropped();
        dropped.set(0);
    }

    /** The rows the table shows: newest first, filtered by {@link #filterProperty()}. */
    public ObservableList<QueryLogRow> visibleRows() {
        return visible;
    }

    /** Every kept row, newest first, unfiltered. */
    public ObservableList<QueryLogRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Text a row must contain in any column (case ignored); blank shows every row. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** While true the table stands still; new events wait in the server's bounded buffer. */
    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** Queries taken from the server since the last clear (including those pushed out of the ring). */
    public ReadOnlyLongProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    /** Queries the server answered but the log could not take (its buffer was full) since the last clear. */
    public ReadOnlyLongProperty droppedProperty() {
        return dropped.getReadOnlyProperty();
    }

    public int capacity() {
        return capacity;
    }
}
