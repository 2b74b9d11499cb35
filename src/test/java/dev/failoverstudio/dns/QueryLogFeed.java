package dev.failoverstudio.dns;

/** Lets tests and benchmarks outside this package publish events as the server does. */
public final class QueryLogFeed {

    private QueryLogFeed() {
    }

    public static void publish(QueryLog log, QueryEvent event) {
        log.publish(event);
    }
}
