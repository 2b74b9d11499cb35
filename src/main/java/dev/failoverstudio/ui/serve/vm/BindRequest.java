package dev.failoverstudio.ui.serve.vm;

import dev.failoverstudio.domain.net.IpLiterals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the user asked the server to listen, read from the panel's two text fields. Only IP literals and
 * {@code localhost} are accepted, so checking an address never waits for a name lookup on the FX thread.
 *
 * @param address the address to bind
 * @param port    the UDP and TCP port; 1-65535 from the panel (0, a free port, only where allowed)
 */
public record BindRequest(InetAddress address, int port) {

    /** Why {@code text} is not an address to bind, or empty when it is. */
    public static Optional<String> addressProblem(String text) {
        return parseAddress(text).isPresent() ? Optional.empty()
                : Optional.of(text == null || text.isBlank() ? "enter an address, e.g. 127.0.0.1"
                : "not an IP address: " + text.strip());
    }

    /** Why {@code text} is not a port, or empty when it is; the lowest allowed port is {@code lowest}. */
    public static Optional<String> portProblem(String text, int lowest) {
        return parsePort(text, lowest).isPresent() ? Optional.empty()
                : Optional.of("the port must be a number from " + lowest + " to 65535");
    }

    /** The request, when both fields are valid. */
    public static Optional<BindRequest> parse(String address, String port, int lowestPort) {
        Optional<InetAddress> a = parseAddress(address);
        Optional<Integer> p = parsePort(port, lowestPort);
        return a.isPresent() && p.isPresent() ? Optional.of(new BindRequest(a.get(), p.get())) : Optional.empty();
    }

    /** Loopback addresses serve this machine only; anything else (a LAN address, 0.0.0.0) needs consent. */
    public boolean loopback() {
        return address.isLoopbackAddress();
    }

    /** {@code 127.0.0.1:8053}, {@code [::1]:8053}. */
    public String describe() {
        return describe(address, port);
    }

    static String describe(InetAddress address, int port) {
        String host = address.getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    private static Optional<InetAddress> parseAddress(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).equals("localhost")) {
            return Optional.of(InetAddress.getLoopbackAddress());
        }
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        Optional<byte[]> bytes = IpLiterals.parse(t);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes.get())); // a literal: no lookup
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> parsePort(String text, int lowest) {
        if (text == null || !text.strip().matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int port = Integer.parseInt(text.strip());
        return port >= lowest && port <= 65535 ? Optional.of(port) : Optional.empty();
    }
}
