package dev.failoverstudio.domain.validate;

import java.util.Optional;

/**
 * Hand-written parsing of IP literals and CIDR blocks (no {@code InetAddress}, which may consult DNS).
 *
 * <p>IPv4 is a dotted quad of decimal numbers 0–255 (one to three digits each). IPv6 is any RFC 4291 text
 * form: eight groups of one to four hex digits, at most one {@code ::}, optionally ending in a dotted quad.
 * Zone indexes ({@code %eth0}) are not addresses and are rejected.
 */
final class IpAddresses {

    private IpAddresses() {
    }

    /** The four bytes of a dotted-quad IPv4 address. */
    static Optional<byte[]> parseIpv4(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return Optional.empty();
            }
            out[i] = (byte) v;
        }
        return Optional.of(out);
    }

    /** The sixteen bytes of an IPv6 address in any RFC 4291 text form. */
    static Optional<byte[]> parseIpv6(String text) {
        if (text == null || text.isEmpty() || text.indexOf(':') < 0) {
            return Optional.empty();
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return Optional.empty();
        }
        String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        int[] headWords = words(head, doubleColon < 0);
        int[] tailWords = doubleColon >= 0 ? words(tail, true) : new int[0];
        if (headWords == null || tailWords == null) {
            return Optional.empty();
        }
        int total = headWords.length + tailWords.length;
        if (doubleColon < 0 ? total != 8 : total > 7) {
            return Optional.empty();
        }
        byte[] out = new byte[16];
        for (int i = 0; i < headWords.length; i++) {
            putWord(out, i, headWords[i]);
        }
        for (int i = 0; i < tailWords.length; i++) {
            putWord(out, 8 - tailWords.length + i, tailWords[i]);
        }
        return Optional.of(out);
    }

    /** Parses colon-separated hex words; the last may be a dotted quad (two words) when allowed. */
    private static int[] words(String part, boolean mayEndWithIpv4) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] items = part.split(":", -1);
        int count = items.length;
        String last = items[count - 1];
        boolean endsWithIpv4 = mayEndWithIpv4 && last.indexOf('.') >= 0;
        int[] out = new int[endsWithIpv4 ? count + 1 : count];
        for (int i = 0; i < count; i++) {
            String item = items[i];
            if (i == count - 1 && endsWithIpv4) {
                Optional<byte[]> v4 = parseIpv4(item);
                if (v4.isEmpty()) {
                    return null;
                }
                byte[] b = v4.get();
                out[i] = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
                out[i + 1] = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
            } else {
                if (item.isEmpty() || item.length() > 4 || !item.chars().allMatch(IpAddresses::isHex)) {
                    return null;
                }
                out[i] = Integer.parseInt(item, 16);
            }
        }
        return out;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static void putWord(byte[] out, int index, int word) {
        out[2 * index] = (byte) (word >> 8);
        out[2 * index + 1] = (byte) word;
    }

    /** An IPv4 or IPv6 address: 4 or 16 bytes. */
    static Optional<byte[]> parseAny(String text) {
        Optional<byte[]> v4 = parseIpv4(text);
        return v4.isPresent() ? v4 : parseIpv6(text);
    }

    /** A parsed CIDR block {@code address/prefix}; {@code address} has 4 or 16 bytes. */
    record Cidr(byte[] address, int prefixLength) {

        boolean isIpv4() {
            return address.length == 4;
        }

        /** True when every bit after the prefix is zero (A41). */
        boolean isAligned() {
            for (int bit = prefixLength; bit < address.length * 8; bit++) {
                if (bitAt(address, bit)) {
                    return false;
                }
            }
            return true;
        }

        /** A canonical text such as {@code 2001:db8:0:0:0:0:0:0/32}, used to compare blocks. */
        String canonical() {
            StringBuilder out = new StringBuilder();
            if (isIpv4()) {
                for (int i = 0; i < 4; i++) {
                    out.append(i == 0 ? "" : ".").append(address[i] & 0xff);
                }
            } else {
                for (int i = 0; i < 8; i++) {
                    int word = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
                    out.append(i == 0 ? "" : ":").append(Integer.toHexString(word));
                }
            }
            return out.append('/').append(prefixLength).toString();
        }
    }

    /** Parses {@code address/prefix}; the prefix must be 0–32 (IPv4) or 0–128 (IPv6). */
    static Optional<Cidr> parseCidr(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash == text.length() - 1) {
            return Optional.empty();
        }
        String len = text.substring(slash + 1);
        if (len.length() > 3 || !len.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        Optional<byte[]> address = parseAny(text.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(len);
        if (prefix > address.get().length * 8) {
            return Optional.empty();
        }
        return Optional.of(new Cidr(address.get(), prefix));
    }

    /** True when {@code address} lies in {@code block} (same family, first prefix bits equal). */
    static boolean contains(Cidr block, byte[] address) {
        if (block.address().length != address.length) {
            return false;
        }
        for (int bit = 0; bit < block.prefixLength(); bit++) {
            if (bitAt(block.address(), bit) != bitAt(address, bit)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bitAt(byte[] bytes, int bit) {
        return (bytes[bit / 8] & (0x80 >> (bit % 8))) != 0;
    }
}
