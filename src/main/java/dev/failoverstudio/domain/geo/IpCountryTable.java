package dev.failoverstudio.domain.geo;

import dev.failoverstudio.domain.net.IpPrefix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an address is, by country: sorted range starts with a country per range, looked up by binary search
 * (the last start at or below the address). IPv4 starts are unsigned 32-bit values; IPv6 starts are the top
 * 64 bits, unsigned. Country index 0 means no data. Immutable.
 */
public final class IpCountryTable {

    public static final IpCountryTable EMPTY = new IpCountryTable(new String[] {"--"}, new int[0], new byte[0],
            new String[] {"--"}, new long[0], new byte[0]);

    private final String[] v4Codes;
    private final int[] v4Starts;
    private final byte[] v4Countries;
    private final String[] v6Codes;
    private final long[] v6Starts;
    private final byte[] v6Countries;

    /**
     * @param v4Starts range starts as unsigned ints, ascending
     * @param v4Countries index into {@code v4Codes} per range (unsigned byte)
     * @param v6Starts top 64 bits of range starts as unsigned longs, ascending
     */
    public IpCountryTable(String[] v4Codes, int[] v4Starts, byte[] v4Countries, String[] v6Codes, long[] v6Starts,
                          byte[] v6Countries) {
        if (v4Starts.length != v4Countries.length || v6Starts.length != v6Countries.length) {
            throw new IllegalArgumentException("every range needs a country index");
        }
        this.v4Codes = v4Codes.clone();
        this.v4Starts = v4Starts.clone();
        this.v4Countries = v4Countries.clone();
        this.v6Codes = v6Codes.clone();
        this.v6Starts = v6Starts.clone();
        this.v6Countries = v6Countries.clone();
    }

    public int ipv4Ranges() {
        return v4Starts.length;
    }

    public int ipv6Ranges() {
        return v6Starts.length;
    }

    /**
     * How many IPv4 addresses the table places in each country (ranges without data are left out), in the
     * order the countries first appear. The drill's world client population uses these counts as shares.
     */
    public Map<String, Long> ipv4AddressesPerCountry() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < v4Starts.length; i++) {
            int index = v4Countries[i] & 0xFF;
            if (index == 0 || index >= v4Codes.length) {
                continue;
            }
            long start = Integer.toUnsignedLong(v4Starts[i]);
            long end = i + 1 < v4Starts.length ? Integer.toUnsignedLong(v4Starts[i + 1]) : 1L << 32;
            counts.merge(v4Codes[index], end - start, Long::sum);
        }
        return counts;
    }

    /** The country of the prefix's (network) address, if the table knows one. */
    public Optional<String> country(IpPrefix prefix) {
        byte[] a = prefix.address();
        if (prefix.isIpv4()) {
            int value = ((a[0] & 0xFF) << 24) | ((a[1] & 0xFF) << 16) | ((a[2] & 0xFF) << 8) | (a[3] & 0xFF);
            int i = lastAtOrBelow(v4Starts, value);
            return code(v4Codes, i < 0 ? 0 : v4Countries[i] & 0xFF);
        }
        long top = 0;
        for (int k = 0; k < 8; k++) {
            top = (top << 8) | (a[k] & 0xFF);
        }
        int i = lastAtOrBelow(v6Starts, top);
        return code(v6Codes, i < 0 ? 0 : v6Countries[i] & 0xFF);
    }

    private static Optional<String> code(String[] codes, int index) {
        if (index == 0 || index >= codes.length) {
            return Optional.empty();
        }
        return Optional.of(codes[index]);
    }

    private static int lastAtOrBelow(int[] starts, int value) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Integer.compareUnsigned(starts[mid], value) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static int lastAtOrBelow(long[] starts, long value) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(starts[mid], value) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
