package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The address a checker probes (HC11): the IPAddress when given; otherwise the first IPv4 address the
 * FullyQualifiedDomainName resolves to, looked up afresh at every interval. Empty means DNS resolution failed
 * and the probe fails ({@link ProbeResponse#dnsResolutionFailed()}).
 *
 * <p>Which of several A records Route 53 probes is not documented; the first is taken so that simulations are
 * reproducible.
 */
public final class ProbeAddress {

    private ProbeAddress() {
    }

    /**
     * @param aRecords the IPv4 addresses of an A lookup for a name; an empty list (or null) when it has none.
     *                 Only A records matter: Route 53 does not probe AAAA results of a name.
     */
    public static Optional<String> resolve(EndpointCheck check, Function<String, List<String>> aRecords) {
        String ip = check.ipAddress();
        if (ip != null && !ip.isBlank()) {
            return Optional.of(ip);
        }
        String name = check.fullyQualifiedDomainName();
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<String> addresses = aRecords.apply(name);
        return addresses == null || addresses.isEmpty() ? Optional.empty() : Optional.of(addresses.get(0));
    }
}
