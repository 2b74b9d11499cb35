package dev.failoverstudio.dns;

import dev.failoverstudio.domain.resolve.Protocol;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * UDP service: a fixed set of worker threads, each receiving a datagram, answering it and sending the response
 * itself (no hand-off between threads on the hot path). Where SO_REUSEPORT is available every worker has its
 * own socket on the port and the kernel spreads datagrams over them; otherwise the workers share one socket.
 */
final class UdpListener {

    /** The largest datagram read; longer ones are cut and then fail to parse (FORMERR). */
    private static final int MAX_DATAGRAM = 65_535;

    /** Every server thread's name starts with this, then the port. */
    static final String THREAD_PREFIX = "failover-dns-";

    private final QueryHandler handler;
    private final List<DatagramChannel> channels = new ArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    UdpListener(QueryHandler handler) {
        this.handler = handler;
    }

    /** Binds the sockets; returns the bound address (the actual port when 0 was asked). */
    InetSocketAddress bind(InetSocketAddress address, int workerCount) throws IOException {
        DatagramChannel first = DatagramChannel.open(protocolFamily(address));
        boolean reusePort = first.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT);
        try {
            if (reusePort) {
                first.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            }
            first.bind(address);
        } catch (IOException e) {
            first.close();
            throw e;
        }
        channels.add(first);
        InetSocketAddress bound = (InetSocketAddress) first.getLocalAddress();
        for (int i = 1; i < workerCount && reusePort; i++) {
            DatagramChannel extra = DatagramChannel.open(protocolFamily(address));
            try {
                extra.setOption(StandardSocketOptions.SO_REUSEPORT, true);
                extra.bind(bound);
            } catch (IOException e) {
                extra.close();
                break; // serve with the sockets we have
            }
            channels.add(extra);
        }
        for (int i = 0; i < workerCount; i++) {
            DatagramChannel channel = channels.get(i % channels.size());
            Thread worker = new Thread(() -> serve(channel), THREAD_PREFIX + bound.getPort() + "-udp-" + (i + 1));
            worker.setDaemon(true);
            workers.add(worker);
        }
        return bound;
    }

    void start() {
        running = true;
        workers.forEach(Thread::start);
    }

    private void serve(DatagramChannel channel) {
        ByteBuffer in = ByteBuffer.allocate(MAX_DATAGRAM);
        byte[] data = in.array();
        while (running) {
            try {
                in.clear();
                SocketAddress from = channel.receive(in);
                if (!(from instanceof InetSocketAddress client)) {
                    continue;
                }
                byte[] response = handler.handle(data, in.position(), client.getAddress(), Protocol.UDP);
                if (response != null) {
                    channel.send(ByteBuffer.wrap(response), client);
                }
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // one bad exchange (an unreachable client, an oversized send) must not stop the worker
                if (!channel.isOpen()) {
                    return;
                }
            }
        }
    }

    void stop() throws InterruptedException {
        running = false;
        for (DatagramChannel channel : channels) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing is best effort; the worker exits on the closed channel either way
            }
        }
        for (Thread worker : workers) {
            worker.join(5_000);
        }
    }

    private static java.net.ProtocolFamily protocolFamily(InetSocketAddress address) {
        return address.getAddress() instanceof java.net.Inet6Address
                ? java.net.StandardProtocolFamily.INET6 : java.net.StandardProtocolFamily.INET;
    }
}
