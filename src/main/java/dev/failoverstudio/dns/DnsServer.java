package dev.failoverstudio.dns;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An authoritative DNS server for a design, over UDP and TCP on one address and port, answering exactly as
 * the engine does (same rules, same simulated health). The design and health it answers from are an immutable
 * {@link ServedDesign} held in an {@link AtomicReference}: {@link #publish} swaps it, and the next query is
 * answered from the new one.
 *
 * <p>Lifecycle: construct, {@link #start()} (binds; throws when the address is taken), {@link #close()} (stops
 * every thread and closes every socket; idempotent). Watch answered queries through {@link #queryLog()}.
 */
public final class DnsServer implements AutoCloseable {

    private static final int EPHEMERAL_PORT_ATTEMPTS = 10;

    private final DnsServerConfig config;
    private final AtomicReference<ServedDesign> current;
    private final QueryLog queryLog = new QueryLog();
    private final QueryHandler handler;
    private UdpListener udp;
    private TcpListener tcp;
    private InetSocketAddress address;
    private boolean closed;

    public DnsServer(DnsServerConfig config, ServedDesign initial) {
        this.config = Objects.requireNonNull(config, "config");
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
        this.handler = new QueryHandler(current, queryLog);
    }

    /**
     * Binds UDP and TCP to the configured address and port and starts answering. With port 0 both transports
     * get the same free port.
     *
     * @throws IOException when the address cannot be bound (e.g. the port is in use)
     */
    public synchronized void start() throws IOException {
        if (udp != null || closed) {
            throw new IllegalStateException("a server starts once");
        }
        InetSocketAddress wanted = new InetSocketAddress(config.bind(), config.port());
        int attempts = config.port() == 0 ? EPHEMERAL_PORT_ATTEMPTS : 1;
        for (int attempt = 1; ; attempt++) {
            UdpListener u = new UdpListener(handler);
            InetSocketAddress bound = u.bind(wanted, config.udpWorkers());
            TcpListener t = new TcpListener(handler, config.tcpConnections(), config.tcpIdleMillis());
            try {
                t.bind(bound);
            } catch (BindException e) {
                stopQuietly(u);
                if (attempt >= attempts) {
                    throw e;
                }
                continue; // the free UDP port is taken for TCP: try another ephemeral port
            } catch (IOException e) {
                stopQuietly(u);
                throw e;
            }
            udp = u;
            tcp = t;
            address = bound;
            break;
        }
        udp.start();
        tcp.start();
    }

    /** The bound address (with the actual port); null before {@link #start()}. */
    public synchronized InetSocketAddress address() {
        return address;
    }

    /** Answers from {@code next} from the next query on. */
    public void publish(ServedDesign next) {
        current.set(Objects.requireNonNull(next, "next"));
    }

    public ServedDesign current() {
        return current.get();
    }

    /** The stream of answered queries; subscribe to watch them (bounded and non-blocking, see {@link QueryLog}). */
    public QueryLog queryLog() {
        return queryLog;
    }

    /** Stops answering: closes the sockets and waits for the server's threads to end. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean interrupted = false;
        try {
            if (tcp != null) {
                tcp.stop();
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        try {
            if (udp != null) {
                udp.stop();
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopQuietly(UdpListener listener) {
        try {
            listener.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
