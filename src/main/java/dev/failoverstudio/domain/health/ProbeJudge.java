package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheckType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether one checker counts one probe as passed (HC3–HC6, HC11). Pure; the time-based drill
 * simulator feeds the results into {@link CheckerOpinion}s.
 *
 * <p>The limits are inclusive: a connection made in exactly 4 s, or a status line exactly 2 s later, passes.
 */
public final class ProbeJudge {

    /** HC3: HTTP and HTTPS checks need a TCP connection within 4 s. */
    public static final long HTTP_CONNECT_LIMIT_MILLIS = 4_000;
    /** HC3: and then a status line within 2 s. */
    public static final long STATUS_LIMIT_MILLIS = 2_000;
    /** HC4: the searched part of the body must arrive within a further 2 s. */
    public static final long BODY_LIMIT_MILLIS = 2_000;
    /** HC4: the search string must lie entirely within the first 5,120 bytes of the body. */
    public static final int SEARCHED_BODY_BYTES = 5_120;
    /** HC5: TCP checks need a connection within 10 s. */
    public static final long TCP_CONNECT_LIMIT_MILLIS = 10_000;
    /** HC6: total response header size limit. */
    public static final long MAX_HEADER_BYTES = 16_384;

    // HC4: gzip and deflate are decompressed; "identity" means no encoding at all.
    private static final Set<String> READABLE_ENCODINGS = Set.of("identity", "gzip", "x-gzip", "deflate");

    private ProbeJudge() {
    }

    public static boolean passes(EndpointCheck check, ProbeResponse response) {
        return judge(check, response).passed();
    }

    public static ProbeResult judge(EndpointCheck check, ProbeResponse response) {
        if (!response.addressResolved()) {
            return ProbeResult.fail("DNS resolution failed: " + nameOf(check) + " has no A record", "HC11");
        }
        return check.type() == HealthCheckType.TCP ? judgeTcp(response) : judgeHttp(check, response);
    }

    private static ProbeResult judgeTcp(ProbeResponse response) {
        Long connect = response.connectMillis();
        if (connect == null) {
            return ProbeResult.fail("no TCP connection", "HC5");
        }
        if (connect > TCP_CONNECT_LIMIT_MILLIS) {
            return ProbeResult.fail("TCP connection took " + connect + " ms, limit 10 s", "HC5");
        }
        return ProbeResult.pass("TCP connection in " + connect + " ms", "HC5");
    }

    private static ProbeResult judgeHttp(EndpointCheck check, ProbeResponse response) {
        Long connect = response.connectMillis();
        if (connect == null) {
            return ProbeResult.fail("no TCP connection", "HC3");
        }
        if (connect > HTTP_CONNECT_LIMIT_MILLIS) {
            return ProbeResult.fail("TCP connection took " + connect + " ms, limit 4 s", "HC3");
        }
        if (check.type().isHttps()) {
            ProbeResult tls = judgeTls(check, response);
            if (!tls.passed()) {
                return tls;
            }
        }
        Integer status = response.httpStatus();
        Long statusMillis = response.statusMillis();
        if (status == null || statusMillis == null) {
            return ProbeResult.fail("no HTTP status line", "HC3");
        }
        if (statusMillis > STATUS_LIMIT_MILLIS) {
            return ProbeResult.fail("HTTP status came after " + statusMillis + " ms, limit 2 s", "HC3");
        }
        if (status < 200 || status > 399) {
            return ProbeResult.fail("HTTP status " + status + " is outside 200–399", "HC3");
        }
        if (!response.headersValid()) {
            return ProbeResult.fail("response headers are not valid HTTP/1.1 header fields", "HC6");
        }
        if (response.headerBytes() > MAX_HEADER_BYTES) {
            return ProbeResult.fail("response headers are " + response.headerBytes() + " bytes, limit 16,384",
                    "HC6");
        }
        if (check.type().isStringMatch()) {
            return judgeStringMatch(check.searchString(), response, status);
        }
        return ProbeResult.pass("HTTP " + status + " after " + statusMillis + " ms", "HC3");
    }

    // Certificates are never validated (HC3), so only the handshake itself and SNI can fail it.
    private static ProbeResult judgeTls(EndpointCheck check, ProbeResponse response) {
        if (response.serverRequiresSni() && TlsServerName.forCheck(check).isEmpty()) {
            return ProbeResult.fail("TLS handshake failed: the server needs the host name (SNI), and the check "
                    + "does not send one", "HC3");
        }
        if (!response.tlsHandshakeCompleted()) {
            return ProbeResult.fail("TLS handshake (TLS 1.0 or later) failed", "HC3");
        }
        return ProbeResult.pass("TLS handshake completed", "HC3");
    }

    private static ProbeResult judgeStringMatch(String searchString, ProbeResponse response, int status) {
        if (searchString == null || searchString.isEmpty()) {
            return ProbeResult.fail("no SearchString configured (HV6)", "HC4");
        }
        if (!isReadable(response.contentEncoding())) {
            return ProbeResult.fail("body encoded as " + response.contentEncoding()
                    + " cannot be read (only gzip and deflate are decompressed)", "HC4");
        }
        Long bodyMillis = response.bodyMillis();
        if (bodyMillis == null || bodyMillis > BODY_LIMIT_MILLIS) {
            return ProbeResult.fail("body did not arrive within 2 s after the status line", "HC4");
        }
        byte[] body = response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8);
        byte[] needle = searchString.getBytes(StandardCharsets.UTF_8);
        if (!occursWithin(body, Math.min(body.length, SEARCHED_BODY_BYTES), needle)) {
            return ProbeResult.fail("\"" + searchString + "\" is not in the first 5,120 bytes of the body", "HC4");
        }
        return ProbeResult.pass("HTTP " + status + " and \"" + searchString + "\" found in the body", "HC4");
    }

    private static boolean isReadable(String contentEncoding) {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return true;
        }
        // A list such as "gzip, deflate" is applied in order; every step must be one Route 53 can undo.
        for (String coding : contentEncoding.split(",")) {
            if (!READABLE_ENCODINGS.contains(coding.strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Case-sensitive byte search; the match must end at or before {@code limit}. */
    private static boolean occursWithin(byte[] haystack, int limit, byte[] needle) {
        for (int start = 0; start + needle.length <= limit; start++) {
            int i = 0;
            while (i < needle.length && haystack[start + i] == needle[i]) {
                i++;
            }
            if (i == needle.length) {
                return true;
            }
        }
        return false;
    }

    private static String nameOf(EndpointCheck check) {
        String name = check.fullyQualifiedDomainName();
        return name == null ? "the endpoint's domain name" : name;
    }
}
