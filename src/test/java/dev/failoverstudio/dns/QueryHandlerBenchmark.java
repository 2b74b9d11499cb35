package dev.failoverstudio.dns;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.resolve.Protocol;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xbill.DNS.Type;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Messages per second through the server's query handler alone (parse, engine, render, size check), without
 * sockets, on the dnsperf question mix of {@code src/test/perf/queries.txt}. Run with
 * {@code java -cp <test class path> org.openjdk.jmh.Main QueryHandlerBenchmark}; the socket-level figure comes
 * from {@code src/test/perf/dnsperf-vs-gdnsd.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryHandlerBenchmark {

    private QueryHandler handler;
    private List<byte[]> queries;
    private InetAddress client;
    private int next;

    @Setup
    public void setUp() throws Exception {
        Services services = Services.create();
        ServedDesign served = services.servedDesign(ServedZones.design(services, ServedZones.FAILOVER));
        handler = new QueryHandler(new AtomicReference<>(served), new QueryLog());
        queries = new ArrayList<>();
        String[][] mix = {{"www.example.com.", "A"}, {"www.example.com.", "A"}, {"www.example.com.", "A"},
            {"www.example.com.", "A"}, {"alias.example.com.", "A"}, {"a.b.example.com.", "A"},
            {"nope.example.com.", "A"}, {"www.example.com.", "TXT"}, {"b.example.com.", "A"},
            {"host.child.example.com.", "A"}};
        for (String[] q : mix) {
            queries.add(ServedZones.query(q[0], Type.value(q[1])).toWire());
        }
        client = InetAddress.getLoopbackAddress();
    }

    @Benchmark
    public byte[] handle() {
        byte[] query = queries.get(next);
        next = (next + 1) % queries.size();
        return handler.handle(query, query.length, client, Protocol.UDP);
    }
}
