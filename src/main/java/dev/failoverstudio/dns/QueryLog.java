package dev.failoverstudio.dns;

import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stream of answered queries for whoever wants to watch them (the desktop query log, a test). Publishing
 * never blocks and never grows memory: every subscription has a bounded buffer, and an event that finds it full
 * is dropped and counted. A subscriber drains at its own pace (a UI a few times per second, on its own thread).
 * With no subscriber the server builds no events at all, so an unwatched server pays nothing per query.
 */
public final class QueryLog {

    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** Starts receiving events; {@code capacity} events are buffered before new ones are dropped. */
    public Subscription subscribe(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        Subscription subscription = new Subscription(capacity);
        subscriptions.add(subscription);
        return subscription;
    }

    /** Whether anyone listens; the server asks before building an event. */
    boolean watched() {
        return !subscriptions.isEmpty();
    }

    void publish(QueryEvent event) {
        for (Subscription s : subscriptions) {
            s.offer(event);
        }
    }

    /** One subscriber's bounded buffer. Thread-safe; close it to stop receiving. */
    public final class Subscription implements AutoCloseable {

        private final ArrayBlockingQueue<QueryEvent> buffer;
        private final AtomicLong dropped = new AtomicLong();

        private Subscription(int capacity) {
            this.buffer = new ArrayBlockingQueue<>(capacity);
        }

        private void offer(QueryEvent event) {
            if (!buffer.offer(event)) {
                dropped.incrementAndGet();
            }
        }

        /** Moves up to {@code max} buffered events, oldest first, into {@code target}; returns how many. */
        public int drainTo(Collection<? super QueryEvent> target, int max) {
            return buffer.drainTo(target, max);
        }

        /** How many events were dropped because the buffer was full. */
        public long dropped() {
            return dropped.get();
        }

        @Override
        public void close() {
            subscriptions.remove(this);
        }
    }
}
