package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.net.IpPrefix;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Endpoint health checks (HV3–HV10): an IP address outside local, private, non-routable, multicast and
 * documentation ranges, or a domain name; port 1–65535; a resource path of at most 255 characters for HTTP(S)
 * only; a search string exactly for the string-matching types; request interval 10 or 30 (A26); failure
 * threshold 1–10; three to 64 checker Regions from the eight of HC10; SNI meaningful for HTTPS only (warning).
 */
final class EndpointCheckRules {

    static final int MAX_FQDN_LENGTH = 255;
    static final int MAX_IP_LENGTH = 45;
    static final int MAX_PATH_LENGTH = 255;
    static final int MAX_SEARCH_STRING_LENGTH = 255;

    /** Ranges HV3 refuses (RFC 5735, RFC 6598, RFC 5156), each with the name users know it by. */
    private static final List<NamedRange> REFUSED_RANGES = List.of(
            range("0.0.0.0/8", "'this network'"),
            range("10.0.0.0/8", "private (RFC 1918)"),
            range("100.64.0.0/10", "shared address space (RFC 6598)"),
            range("127.0.0.0/8", "loopback"),
            range("169.254.0.0/16", "link-local"),
            range("172.16.0.0/12", "private (RFC 1918)"),
            range("192.0.0.0/24", "IETF protocol assignments"),
            range("192.0.2.0/24", "documentation (TEST-NET-1)"),
            range("192.88.99.0/24", "6to4 relay anycast"),
            range("192.168.0.0/16", "private (RFC 1918)"),
            range("198.18.0.0/15", "benchmarking"),
            range("198.51.100.0/24", "documentation (TEST-NET-2)"),
            range("203.0.113.0/24", "documentation (TEST-NET-3)"),
            range("224.0.0.0/4", "multicast"),
            range("240.0.0.0/4", "reserved"),
            range("::/128", "unspecified"),
            range("::1/128", "loopback"),
            range("::ffff:0:0/96", "IPv4-mapped"),
            range("::/96", "IPv4-compatible (deprecated)"),
            range("fe80::/10", "link-local"),
            range("fec0::/10", "site-local (deprecated)"),
            range("fc00::/7", "unique local"),
            range("ff00::/8", "multicast"),
            range("2001:db8::/32", "documentation"),
            range("2001:10::/28", "ORCHID"));

    private record NamedRange(IpPrefix block, String text, String label) {
    }

    private static NamedRange range(String block, String label) {
        return new NamedRange(IpPrefix.parseBlock(block).orElseThrow(), block, label);
    }

    void check(HealthCheck check, EndpointCheck e, List<Problem> out) {
        String id = check.id();
        checkTarget(id, e, out);
        if (e.port() != null && (e.port() < 1 || e.port() > 65535)) {
            out.add(error("HV4", id, "Port " + e.port() + " is outside 1 to 65535"));
        }
        if (e.resourcePath() != null && !e.resourcePath().isEmpty()) {
            if (e.type() == HealthCheckType.TCP) {
                out.add(error("HV5", id, "ResourcePath is for HTTP and HTTPS checks only, not TCP"));
            } else if (e.resourcePath().length() > MAX_PATH_LENGTH) {
                out.add(error("HV5", id, "ResourcePath is " + e.resourcePath().length()
                        + " characters long; it is at most 255"));
            }
        }
        checkSearchString(id, e, out);
        if (e.requestInterval() != null && e.requestInterval() != 10 && e.requestInterval() != 30) {
            out.add(error("HV7", id, "RequestInterval " + e.requestInterval() + " is not 10 or 30 seconds (A26)"));
        }
        if (e.failureThreshold() != null && (e.failureThreshold() < 1 || e.failureThreshold() > 10)) {
            out.add(error("HV8", id, "FailureThreshold " + e.failureThreshold() + " is outside 1 to 10"));
        }
        checkRegions(id, e.regions(), out);
        if (e.enableSni() && !e.type().isHttps()) {
            out.add(Problem.healthCheckWarning("HV10", id, "EnableSNI has no effect on a " + e.type()
                    + " check; SNI is sent only by HTTPS checks"));
        }
    }

    private static void checkTarget(String id, EndpointCheck e, List<Problem> out) {
        String ip = e.ipAddress();
        String fqdn = e.fullyQualifiedDomainName();
        if (ip == null && fqdn == null) {
            out.add(error("HV3", id, "An endpoint check needs an IPAddress or a FullyQualifiedDomainName"));
        }
        if (fqdn != null && (fqdn.length() > MAX_FQDN_LENGTH || !RdataSyntax.isDomainName(fqdn))) {
            out.add(error("HV3", id, "FullyQualifiedDomainName '" + fqdn + "' is not a domain name of at most 255"
                    + " characters"));
        }
        if (ip == null) {
            return;
        }
        Optional<IpPrefix> address = ip.length() > MAX_IP_LENGTH ? Optional.empty() : IpPrefix.parseAddress(ip);
        if (address.isEmpty()) {
            out.add(error("HV3", id, "IPAddress '" + ip + "' is not a valid IPv4 or IPv6 address"));
            return;
        }
        for (NamedRange r : REFUSED_RANGES) {
            if (r.block().matches(address.get())) {
                out.add(error("HV3", id, "IPAddress " + ip + " is in the " + r.label() + " range " + r.text()
                        + "; Route 53 health checkers can only reach public, routable addresses"));
                return;
            }
        }
    }

    private static void checkSearchString(String id, EndpointCheck e, List<Problem> out) {
        String s = e.searchString();
        if (e.type().isStringMatch()) {
            if (s == null || s.isEmpty()) {
                out.add(error("HV6", id, e.type() + " needs a SearchString"));
            } else if (s.length() > MAX_SEARCH_STRING_LENGTH) {
                out.add(error("HV6", id, "SearchString is " + s.length() + " characters long; it is at most 255"));
            }
        } else if (s != null) {
            out.add(error("HV6", id, "SearchString is allowed only for HTTP_STR_MATCH and HTTPS_STR_MATCH, not "
                    + e.type()));
        }
    }

    private static void checkRegions(String id, List<String> regions, List<Problem> out) {
        if (regions.isEmpty()) {
            return;
        }
        if (regions.size() < 3) {
            out.add(error("HV9", id, "Regions lists " + regions.size() + " checker Regions; give at least 3 (or none"
                    + " for all eight)"));
        }
        if (regions.size() > 64) {
            out.add(error("HV9", id, "Regions lists " + regions.size() + " entries; at most 64 are allowed"));
        }
        Set<String> reported = new HashSet<>();
        for (String region : regions) {
            if (!EndpointCheck.DEFAULT_REGIONS.contains(region) && reported.add(region)) {
                out.add(error("HV9", id, "'" + region + "' is not a health-checker Region; use "
                        + String.join(", ", EndpointCheck.DEFAULT_REGIONS)));
            }
        }
    }

    private static Problem error(String code, String id, String message) {
        return Problem.healthCheckError(code, ApiErrors.INVALID_INPUT, id, message);
    }
}
