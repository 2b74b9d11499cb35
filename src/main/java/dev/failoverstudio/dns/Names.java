package dev.failoverstudio.dns;

import dev.failoverstudio.domain.model.DomainName;
import org.xbill.DNS.Name;

/** Converts names between dnsjava's wire-derived {@link Name} and the model's {@link DomainName}. */
final class Names {

    private Names() {
    }

    /**
     * The model name for a query name, label by label from the raw bytes: letters, digits, {@code -}, {@code _}
     * and {@code *} stay as they are and every other byte becomes a {@code \ooo} octal escape, the form
     * {@link DomainName#of} and the Route 53 API read (R1). (dnsjava's own text form uses decimal escapes.)
     */
    static DomainName toDomainName(Name name) {
        if (name.labels() <= 1) {
            return DomainName.ROOT;
        }
        StringBuilder text = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.labels(); i++) {
            byte[] label = name.getLabel(i);
            int length = label[0] & 0xff;
            for (int j = 1; j <= length; j++) {
                int b = label[j] & 0xff;
                if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-'
                        || b == '_' || b == '*') {
                    text.append((char) b);
                } else {
                    text.append('\\').append((char) ('0' + (b >> 6))).append((char) ('0' + ((b >> 3) & 7)))
                            .append((char) ('0' + (b & 7)));
                }
            }
            if (length > 0) {
                text.append('.');
            }
        }
        return DomainName.of(text.toString());
    }
}
