package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.domain.net.IpPrefix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The parsed blocks of one CIDR collection, longest first, for longest-prefix matching (R133, A18). Blocks
 * that do not parse are left out here; the validator reports them (V29).
 */
final class CidrTable {

    private final List<Entry> entries = new ArrayList<>();

    CidrTable(CidrCollection collection) {
        for (CidrLocation location : collection.locations()) {
            for (String block : location.cidrBlocks()) {
                IpPrefix.parse(block).ifPresent(p -> entries.add(new Entry(p, location.name())));
            }
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.block.length()).reversed());
    }

    /** The location with the longest block matching {@code client}, among {@code locations}; null if none. */
    Match longestMatch(IpPrefix client, Set<String> locations) {
        if (client == null) {
            return null;
        }
        for (Entry e : entries) {
            if (locations.contains(e.location) && e.block.matches(client)) {
                return new Match(e.location, e.block);
            }
        }
        return null;
    }

    record Match(String location, IpPrefix block) {
    }

    private record Entry(IpPrefix block, String location) {
    }
}
