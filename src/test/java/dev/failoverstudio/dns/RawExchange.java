package dev.failoverstudio.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Optional;

/** Sends raw datagrams to a loopback server and reads what comes back, if anything. */
final class RawExchange implements AutoCloseable {

    private final DatagramSocket socket;
    private final InetSocketAddress server;

    RawExchange(InetSocketAddress server, int timeoutMillis) throws IOException {
        if (!server.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("tests only send to loopback: " + server);
        }
        this.server = server;
        this.socket = new DatagramSocket(new InetSocketAddress(server.getAddress(), 0));
        this.socket.setSoTimeout(timeoutMillis);
    }

    void send(byte[] packet) throws IOException {
        socket.send(new DatagramPacket(packet, packet.length, server));
    }

    /** The next datagram received, or empty after the timeout. */
    Optional<byte[]> receive() throws IOException {
        byte[] buffer = new byte[65_535];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            socket.receive(packet);
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOf(buffer, packet.getLength()));
    }

    Optional<byte[]> exchange(byte[] packet) throws IOException {
        send(packet);
        return receive();
    }

    @Override
    public void close() {
        socket.close();
    }
}
