package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheckType;

import java.util.Optional;

/**
 * The Host header an endpoint check sends (HC12): HTTP on port 80 and HTTPS on port 443 send the
 * FullyQualifiedDomainName, any other port sends {@code name:port}, a check without domain name uses its IP
 * address instead, and TCP checks send no header.
 *
 * <p>Interpretations: a missing port means the console default (80 for HTTP, 443 for HTTPS, HV4); an IPv6
 * address is written in brackets, because a bare IPv6 literal is not a valid Host (RFC 7230 §5.4,
 * RFC 3986 §3.2.2). With neither a domain name nor an address there is no header.
 */
public final class HostHeader {

    private HostHeader() {
    }

    public static Optional<String> forCheck(EndpointCheck check) {
        if (check.type() == HealthCheckType.TCP) {
            return Optional.empty();
        }
        String host = hostOf(check);
        if (host == null) {
            return Optional.empty();
        }
        long port = effectivePort(check);
        return Optional.of(port == defaultPort(check) ? host : host + ":" + port);
    }

    /** The port probed: the one given, else 80 for HTTP types and 443 for HTTPS types (HV4). */
    public static long effectivePort(EndpointCheck check) {
        return check.port() != null ? check.port() : defaultPort(check);
    }

    private static long defaultPort(EndpointCheck check) {
        return check.type().isHttps() ? 443 : 80;
    }

    private static String hostOf(EndpointCheck check) {
        String name = check.fullyQualifiedDomainName();
        if (name != null && !name.isBlank()) {
            return name;
        }
        String ip = check.ipAddress();
        if (ip == null || ip.isBlank()) {
            return null;
        }
        return ip.contains(":") ? "[" + ip + "]" : ip;
    }
}
