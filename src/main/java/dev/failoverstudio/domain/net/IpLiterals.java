package dev.failoverstudio.domain.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses and formats IPv4 dotted quads and IPv6 literals (RFC 4291 text forms) without name resolution. */
public final class IpLiterals {

    private IpLiterals() {
    }

    /** The 4 or 16 address bytes of a literal, or empty when the text is not an IP literal. */
    public static Optional<byte[]> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text);
    }

    /** A strict dotted quad: four decimal octets 0–255, no leading zeros beyond a lone 0. */
    public static Optional<byte[]> parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
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

    public static Optional<byte[]> parseIpv6(String text) {
        if (text.contains("%")) {
            return Optional.empty();
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return Optional.empty();
        }
        String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        List<Integer> headWords = new ArrayList<>();
        List<Integer> tailWords = new ArrayList<>();
        if (!words(head, headWords, doubleColon < 0 || tail.isEmpty())
                || !words(tail, tailWords, true)) {
            return Optional.empty();
        }
        int total = headWords.size() + tailWords.size();
        if (doubleColon < 0 ? total != 8 : total > 7) {
            return Optional.empty();
        }
        byte[] out = new byte[16];
        int i = 0;
        for (int w : headWords) {
            out[i++] = (byte) (w >>> 8);
            out[i++] = (byte) w;
        }
        i = 16 - tailWords.size() * 2;
        for (int w : tailWords) {
            out[i++] = (byte) (w >>> 8);
            out[i++] = (byte) w;
        }
        return Optional.of(out);
    }

    /** Splits colon-separated hex words; an embedded IPv4 tail counts as two words when allowed. */
    private static boolean words(String part, List<Integer> out, boolean ipv4TailAllowed) {
        if (part.isEmpty()) {
            return true;
        }
        String[] pieces = part.split(":", -1);
        for (int k = 0; k < pieces.length; k++) {
            String p = pieces[k];
            if (k == pieces.length - 1 && ipv4TailAllowed && p.contains(".")) {
                Optional<byte[]> v4 = parseIpv4(p);
                if (v4.isEmpty()) {
                    return false;
                }
                byte[] b = v4.get();
                out.add(((b[0] & 0xFF) << 8) | (b[1] & 0xFF));
                out.add(((b[2] & 0xFF) << 8) | (b[3] & 0xFF));
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                return false;
            }
            int v = 0;
            for (char c : p.toCharArray()) {
                int d = Character.digit(c, 16);
                if (d < 0) {
                    return false;
                }
                v = (v << 4) | d;
            }
            out.add(v);
        }
        return true;
    }

    /** Dotted quad for 4 bytes, RFC 5952 compressed text for 16. */
    public static String format(byte[] address) {
        if (address.length == 4) {
            return (address[0] & 0xFF) + "." + (address[1] & 0xFF) + "." + (address[2] & 0xFF) + "."
                    + (address[3] & 0xFF);
        }
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((address[2 * i] & 0xFF) << 8) | (address[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(words[i]));
        }
        return sb.toString();
    }
}
