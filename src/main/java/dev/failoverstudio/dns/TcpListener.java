package dev.failoverstudio.dns;

import dev.failoverstudio.domain.resolve.Protocol;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TCP service (RFC 1035 §4.2.2, RFC 7766): two-byte length-prefixed messages, several per connection, answered
 * in order. At most a fixed number of connections are served at once (one pooled thread each); a further one is
 * closed at once, and an idle connection is closed after a timeout, so a flood cannot exhaust threads.
 */
final class TcpListener {

    private final QueryHandler handler;
    private final int maxConnections;
    private final int idleMillis;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket server;
    private ThreadPoolExecutor pool;
    private Thread acceptor;

    TcpListener(QueryHandler handler, int maxConnections, int idleMillis) {
        this.handler = handler;
        this.maxConnections = maxConnections;
        this.idleMillis = idleMillis;
    }

    InetSocketAddress bind(InetSocketAddress address) throws IOException {
        server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(address, 128);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    void start() {
        int port = server.getLocalPort();
        AtomicInteger counter = new AtomicInteger();
        pool = new ThreadPoolExecutor(0, maxConnections, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, UdpListener.THREAD_PREFIX + port + "-tcp-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        acceptor = new Thread(this::accept, UdpListener.THREAD_PREFIX + port + "-tcp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
                continue;
            }
            open.add(socket);
            try {
                pool.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                close(socket);
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(idleMillis);
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            byte[] buffer = new byte[65_535];
            while (true) {
                int length;
                try {
                    length = in.readUnsignedShort();
                } catch (EOFException e) {
                    return;
                }
                in.readFully(buffer, 0, length);
                byte[] response = handler.handle(buffer, length, socket.getInetAddress(), Protocol.TCP);
                if (response != null) {
                    out.writeShort(response.length);
                    out.write(response);
                    out.flush();
                }
            }
        } catch (IOException | RuntimeException e) {
            // timeout, reset or a truncated message: the connection ends, the server goes on
        } finally {
            open.remove(socket);
        }
    }

    void stop() throws InterruptedException {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // best effort
            }
        }
        open.forEach(TcpListener::close);
        if (pool != null) {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (acceptor != null) {
            acceptor.join(5_000);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // best effort
        }
    }
}
