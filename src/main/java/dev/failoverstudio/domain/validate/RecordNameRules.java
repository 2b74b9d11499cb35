package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;

import java.util.List;

/**
 * Names (V13–V15): every record set lies at or below the apex; labels are at most 63 bytes and the whole name
 * at most 255 (R2); internationalised names are given in Punycode; {@code *} is a wildcard only as the whole
 * leftmost label, and NS record sets cannot be wildcards (R24).
 */
final class RecordNameRules implements ZoneRule {

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            DomainName name = r.name();
            if (!name.isAtOrBelow(zone.zone().origin())) {
                out.add(Problem.error("V13", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "RRSet with DNS name "
                        + name.text() + " is not permitted in zone " + zone.originText()));
            }
            checkLengths(r, out);
            checkCharacters(r, out);
            checkWildcard(r, out);
        }
    }

    private static void checkLengths(RecordSet r, List<Problem> out) {
        List<Integer> lengths = r.name().labelByteLengths();
        for (int i = 0; i < lengths.size(); i++) {
            if (lengths.get(i) > 63) {
                out.add(Problem.error("V14", ApiErrors.INVALID_INPUT, r.key(), "Label " + (i + 1) + " of "
                        + r.name().text() + " is " + lengths.get(i) + " bytes long; a label is at most 63 bytes"));
            }
        }
        if (r.name().wireLength() > 255) {
            out.add(Problem.error("V14", ApiErrors.INVALID_INPUT, r.key(), "DNS name " + r.name().text() + " is "
                    + r.name().wireLength() + " bytes long; a name is at most 255 bytes"));
        }
    }

    private static void checkCharacters(RecordSet r, List<Problem> out) {
        if (r.name().text().chars().anyMatch(c -> c > 0x7f)) {
            out.add(Problem.error("V14", ApiErrors.INVALID_INPUT, r.key(), "DNS name " + r.name().text()
                    + " contains non-ASCII characters; give internationalised names in Punycode (xn--...)"));
        }
    }

    private static void checkWildcard(RecordSet r, List<Problem> out) {
        if (r.name().isWildcard() && r.type() == RecordType.NS) {
            out.add(Problem.error("V15", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "NS record sets cannot be wildcards: "
                    + r.name().text()));
        }
        List<String> labels = r.name().labels();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            boolean wildcard = i == 0 && label.equals("*");
            if (!wildcard && label.indexOf('*') >= 0) {
                out.add(Problem.warning("V15", r.key(), "The '*' in label '" + label + "' of " + r.name().text()
                        + " is a literal asterisk, not a wildcard; a wildcard is only the whole leftmost label"));
                return;
            }
        }
    }
}
