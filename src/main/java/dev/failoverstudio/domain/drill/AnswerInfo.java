package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.resolve.Rcode;

import java.util.List;
import java.util.Objects;

/**
 * One distinct answer clients got during a drill: the response code and the set of answer values (sorted;
 * the random order of R29 does not make a different answer).
 *
 * @param label the values joined by ", ", or {@code NODATA} / the response code for an answer without values
 */
public record AnswerInfo(String label, Rcode rcode, List<String> values) {

    public AnswerInfo {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rcode, "rcode");
        values = List.copyOf(values);
    }

    static AnswerInfo of(Rcode rcode, List<String> unordered) {
        List<String> values = unordered.stream().sorted().toList();
        String label = !values.isEmpty() ? String.join(", ", values)
                : rcode == Rcode.NOERROR ? "NODATA" : rcode.name();
        return new AnswerInfo(label, rcode, values);
    }
}
