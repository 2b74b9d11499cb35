package dev.failoverstudio.ui.serve.vm;

import dev.failoverstudio.dns.QueryEvent;
import dev.failoverstudio.dns.QueryLog;
import dev.failoverstudio.dns.QueryLogFeed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * FX-thread cost of one query-log tick: {@link QueryLogViewModel#drain()} with {@code queued} events waiting in
 * the subscription and a full 5,000-row ring (with and without a filter). The panel drains every 250 ms, so
 * {@code queued = 2500} is a server answering 10,000 queries/s and {@code queued = 50000} a full buffer
 * (200,000 queries/s). The table's own re-layout and repaint of the visible rows come on top. Run: {@code java -cp <test class path> org.openjdk.jmh.Main QueryLogDrainBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryLogDrainBenchmark {

    @Param({"2500", "50000"})
    public int queued;

    @Param({"", "example"})
    public String filter;

    private QueryLog log;
    private QueryLogViewModel viewModel;
    private QueryEvent[] events;

    @Setup(Level.Trial)
    public void setUp() {
        log = new QueryLog();
        viewModel = new QueryLogViewModel(QueryLogViewModel.DEFAULT_CAPACITY, QueryLogViewModel.SUBSCRIPTION_CAPACITY,
                ZoneOffset.UTC);
        viewModel.attach(log);
        viewModel.filterProperty().set(filter);
        events = new QueryEvent[64];
        Instant now = Instant.now();
        for (int i = 0; i < events.length; i++) {
            events[i] = new QueryEvent(now.plusMillis(i), "192.0.2." + i, i % 3 == 0 ? "198.51.100.0/24" : null,
                    (i % 5 == 0 ? "nothing" : "www") + i + ".example.com. A", i % 5 == 0 ? "NXDOMAIN" : "NOERROR",
                    i % 5 == 0 ? "" : "192.0.2.10, 192.0.2.11", "R81", i % 7 == 0);
        }
        fill(QueryLogViewModel.DEFAULT_CAPACITY);
        viewModel.drain(); // the ring starts full
    }

    @Setup(Level.Invocation)
    public void queue() {
        fill(queued);
    }

    private void fill(int count) {
        for (int i = 0; i < count; i++) {
            QueryLogFeed.publish(log, events[i & 63]);
        }
    }

    @Benchmark
    public int drainOneTick() {
        return viewModel.drain();
    }
}
