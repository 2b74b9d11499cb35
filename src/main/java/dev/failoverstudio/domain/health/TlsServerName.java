package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;

import java.util.Optional;

/**
 * The host name an HTTPS check sends in the TLS client hello (SNI, HC3): the FullyQualifiedDomainName when
 * EnableSNI is on. Nothing is sent for other types, without EnableSNI, or without a domain name (SNI cannot
 * carry an IP address, RFC 6066 §3).
 */
public final class TlsServerName {

    private TlsServerName() {
    }

    public static Optional<String> forCheck(EndpointCheck check) {
        if (!check.type().isHttps() || !check.enableSni() || isBlank(check.fullyQualifiedDomainName())) {
            return Optional.empty();
        }
        return Optional.of(check.fullyQualifiedDomainName());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
