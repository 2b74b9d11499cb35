package dev.failoverstudio.domain.resolve;

/**
 * The transport a resolver ends up using for a response (R30, S8 {@code Protocol}): UDP when the answer
 * fits the UDP payload limit, TCP when a UDP response would be truncated and the resolver retries over TCP.
 */
public enum Protocol {
    UDP, TCP
}
