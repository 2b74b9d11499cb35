package dev.failoverstudio.dns.zonefile;

import dev.failoverstudio.domain.model.DomainName;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * Converts between the model's names (octal escapes {@code \ooo}, R1) and dnsjava's (decimal escapes
 * {@code \ddd}, RFC 1035 master file syntax).
 */
final class DnsNames {

    private DnsNames() {
    }

    static Name toDns(DomainName name) throws TextParseException {
        String text = name.text();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 3 < text.length()) {
                int code = Integer.parseInt(text.substring(i + 1, i + 4), 8);
                out.append(String.format("\\%03d", code));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return Name.fromString(out.toString());
    }

    static DomainName fromDns(Name name) {
        String text = name.toString();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 3 < text.length() && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))) {
                out.append('\\').append((char) Integer.parseInt(text.substring(i + 1, i + 4)));
                i += 3;
            } else if (c == '\\' && i + 1 < text.length()) {
                out.append('\\').append(text.charAt(i + 1));
                i += 1;
            } else {
                out.append(c);
            }
        }
        return DomainName.of(out.toString());
    }
}
