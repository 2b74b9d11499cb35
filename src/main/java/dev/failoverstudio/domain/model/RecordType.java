package dev.failoverstudio.domain.model;

import java.util.Locale;
import java.util.Optional;

/** The record types Route 53 supports (R10, service model {@code RRType}). */
public enum RecordType {
    A, AAAA, CAA, CNAME, DS, MX, NAPTR, NS, PTR, SOA, SPF, SRV, TXT, TLSA, SSHFP, SVCB, HTTPS;

    /** The type named {@code name} (any case), if Route 53 supports it. */
    public static Optional<RecordType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
