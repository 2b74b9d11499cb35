package dev.failoverstudio.dns.zonefile;

import dev.failoverstudio.domain.model.HostedZone;

import java.util.List;

/**
 * A zone read from a zone file, and what the reader had to decide on the way ({@code file:line: message}),
 * e.g. records of one name and type with different TTLs.
 */
public record ZoneFileImport(HostedZone zone, List<String> warnings) {
    public ZoneFileImport {
        warnings = List.copyOf(warnings);
    }
}
