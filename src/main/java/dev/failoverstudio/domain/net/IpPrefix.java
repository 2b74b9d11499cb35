package dev.failoverstudio.domain.net;

import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address with a prefix length, parsed from literals only (never through name resolution).
 * Used for CIDR blocks (R130, V29) and client prefixes (R132, R174).
 *
 * <p>Invariants: {@code address} is 4 or 16 bytes; {@code length} is 0…32 or 0…128.
 */
public final class IpPrefix {

    private final byte[] address;
    private final int length;

    private IpPrefix(byte[] address, int length) {
        this.address = address;
        this.length = length;
    }

    /** Parses {@code address/length}; a bare address is a /32 or /128. */
    public static Optional<IpPrefix> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        int slash = t.indexOf('/');
        String addr = slash < 0 ? t : t.substring(0, slash);
        Optional<byte[]> bytes = IpLiterals.parse(addr);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        int max = bytes.get().length * 8;
        int len = max;
        if (slash >= 0) {
            String lenText = t.substring(slash + 1);
            if (lenText.isEmpty() || lenText.length() > 3 || !lenText.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            len = Integer.parseInt(lenText);
            if (len > max) {
                return Optional.empty();
            }
        }
        return Optional.of(new IpPrefix(bytes.get(), len));
    }

    /** Parses a CIDR block, which must spell out its prefix length ({@code address/length}). */
    public static Optional<IpPrefix> parseBlock(String text) {
        return text == null || text.indexOf('/') < 0 ? Optional.empty() : parse(text);
    }

    /** A single address as a full-length prefix (/32 or /128). */
    public static Optional<IpPrefix> parseAddress(String text) {
        return text == null || text.indexOf('/') >= 0 ? Optional.empty() : parse(text);
    }

    /** A copy of the address bytes (4 or 16). */
    public byte[] address() {
        return address.clone();
    }

    public boolean isIpv4() {
        return address.length == 4;
    }

    public int length() {
        return length;
    }

    public int maxLength() {
        return address.length * 8;
    }

    /** True when every bit after the prefix length is zero (A41). */
    public boolean isAligned() {
        for (int bit = length; bit < maxLength(); bit++) {
            if (bit(bit)) {
                return false;
            }
        }
        return true;
    }

    /** The same prefix with the bits beyond its length cleared (R133: host bits of a client prefix are ignored). */
    public IpPrefix masked() {
        byte[] copy = Arrays.copyOf(address, address.length);
        for (int bit = length; bit < maxLength(); bit++) {
            copy[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new IpPrefix(copy, length);
    }

    /**
     * True when this block matches the client prefix {@code client} (R133): same family, this block's
     * length is at most the client's, and the first {@code length} bits are equal.
     */
    public boolean matches(IpPrefix client) {
        if (client.address.length != address.length || length > client.length) {
            return false;
        }
        int fullBytes = length / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != client.address[i]) {
                return false;
            }
        }
        int rest = length % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (address[fullBytes] & mask) == (client.address[fullBytes] & mask);
    }

    private boolean bit(int index) {
        return (address[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpPrefix other && length == other.length && Arrays.equals(address, other.address);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(address) + length;
    }

    @Override
    public String toString() {
        return IpLiterals.format(address) + "/" + length;
    }
}
