package dev.failoverstudio.dns;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Where and how the server listens.
 *
 * @param bind the local address; loopback unless the user names another one
 * @param port the UDP and TCP port; 0 picks a free ephemeral port (tests)
 * @param udpWorkers threads receiving and answering UDP queries, each on its own socket of the same port where
 *                   the platform allows (SO_REUSEPORT), else sharing one socket
 * @param tcpConnections the most TCP connections served at once; further ones are closed at once
 * @param tcpIdleMillis how long an idle TCP connection is kept open (RFC 7766 suggests seconds)
 */
public record DnsServerConfig(InetAddress bind, int port, int udpWorkers, int tcpConnections, int tcpIdleMillis) {

    public static final int DEFAULT_PORT = 8053;

    public DnsServerConfig {
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (udpWorkers < 1 || tcpConnections < 1 || tcpIdleMillis < 1) {
            throw new IllegalArgumentException("workers, connections and idle time must be positive");
        }
    }

    /** The loopback address on {@code port}, one UDP worker per processor, 64 TCP connections, 10 s idle. */
    public static DnsServerConfig loopback(int port) {
        return on(InetAddress.getLoopbackAddress(), port);
    }

    public static DnsServerConfig on(InetAddress bind, int port) {
        return new DnsServerConfig(bind, port, Math.max(2, Runtime.getRuntime().availableProcessors()), 64, 10_000);
    }

    public DnsServerConfig withUdpWorkers(int workers) {
        return new DnsServerConfig(bind, port, workers, tcpConnections, tcpIdleMillis);
    }
}
