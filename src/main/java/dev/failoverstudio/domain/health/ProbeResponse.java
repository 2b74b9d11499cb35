package dev.failoverstudio.domain.health;

/**
 * What one checker experienced on one probe of an endpoint: the input of {@link ProbeJudge} (HC3–HC6, HC11).
 * It describes the endpoint's behaviour, not a verdict; the same response may pass an HTTP check and fail a
 * string-matching one.
 *
 * <p>Times are in milliseconds. {@code body} is the body as the endpoint means it, already decoded, and is
 * measured in UTF-8 bytes; {@code contentEncoding} says how it travelled, which decides whether Route 53 can
 * read it at all (HC4).
 *
 * @param addressResolved false when the check names a domain whose lookup returned no A record (HC11)
 * @param connectMillis time to establish the TCP connection; null when no connection was established
 * @param tlsHandshakeCompleted a TLS 1.0 or later handshake completed (only HTTPS checks look at it)
 * @param certificateValid whether the certificate would validate; never decides a probe (HC3)
 * @param serverRequiresSni the server aborts the handshake unless the client hello names the host (HC3)
 * @param httpStatus the status code of the response; null when no status line arrived
 * @param statusMillis time from the connection to the status line; null when none arrived
 * @param headerBytes total size of the response header section
 * @param headersValid whether every header field is a valid HTTP/1.1 field (RFC 7230 §3.2, HC6)
 * @param body decoded body; null or empty when there is none
 * @param contentEncoding the Content-Encoding header; null when absent
 * @param bodyMillis time after the status line until the searched part of the body arrived; null if never
 */
public record ProbeResponse(boolean addressResolved, Long connectMillis, boolean tlsHandshakeCompleted,
                            boolean certificateValid, boolean serverRequiresSni, Integer httpStatus,
                            Long statusMillis, long headerBytes, boolean headersValid, String body,
                            String contentEncoding, Long bodyMillis) {

    /**
     * A quick, well-formed {@code 200} with an empty body: passes HTTP, HTTPS and TCP checks; string matching
     * needs a body ({@link #withBody}).
     */
    public static ProbeResponse ok() {
        return new ProbeResponse(true, 20L, true, true, false, 200, 50L, 200, true, "", null, 10L);
    }

    /** HC11: the domain name has no A record, so there is nothing to probe. */
    public static ProbeResponse dnsResolutionFailed() {
        return new ProbeResponse(false, null, false, false, false, null, null, 0, true, null, null, null);
    }

    /** The address resolved but no TCP connection could be made (refused, filtered, unreachable). */
    public static ProbeResponse connectionFailed() {
        return new ProbeResponse(true, null, false, false, false, null, null, 0, true, null, null, null);
    }

    public ProbeResponse withConnectMillis(Long millis) {
        return new ProbeResponse(addressResolved, millis, tlsHandshakeCompleted, certificateValid, serverRequiresSni,
                httpStatus, statusMillis, headerBytes, headersValid, body, contentEncoding, bodyMillis);
    }

    public ProbeResponse withTls(boolean handshakeCompleted, boolean validCertificate, boolean requiresSni) {
        return new ProbeResponse(addressResolved, connectMillis, handshakeCompleted, validCertificate, requiresSni,
                httpStatus, statusMillis, headerBytes, headersValid, body, contentEncoding, bodyMillis);
    }

    public ProbeResponse withStatus(Integer status, Long millis) {
        return new ProbeResponse(addressResolved, connectMillis, tlsHandshakeCompleted, certificateValid,
                serverRequiresSni, status, millis, headerBytes, headersValid, body, contentEncoding, bodyMillis);
    }

    public ProbeResponse withHeaders(long bytes, boolean valid) {
        return new ProbeResponse(addressResolved, connectMillis, tlsHandshakeCompleted, certificateValid,
                serverRequiresSni, httpStatus, statusMillis, bytes, valid, body, contentEncoding, bodyMillis);
    }

    public ProbeResponse withBody(String text, String encoding, Long millis) {
        return new ProbeResponse(addressResolved, connectMillis, tlsHandshakeCompleted, certificateValid,
                serverRequiresSni, httpStatus, statusMillis, headerBytes, headersValid, text, encoding, millis);
    }
}
