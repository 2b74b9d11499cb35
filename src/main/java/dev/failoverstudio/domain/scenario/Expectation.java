package dev.failoverstudio.domain.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a scenario query must get (scenario-format.md "expect"). Every field is optional (null when absent);
 * collections are null when absent and may be empty when given empty ({@code "answers": []} means NODATA).
 *
 * @param answers the exact set of answer values
 * @param oneOf acceptable exact sets; every response must equal one of them
 * @param distribution value → expected fraction of responses (single-value answers)
 * @param tolerance absolute tolerance for each fraction of {@code distribution}
 * @param subsetOf with {@code size}: every response has exactly {@code size} distinct values, all from the list
 */
public record Expectation(String rcode, Set<String> answers, List<Set<String>> oneOf,
                          Map<String, Double> distribution, Double tolerance, List<String> subsetOf, Integer size,
                          Long ttl, String answerType) {

    /** True when checking needs many resolutions (the random policies). */
    public boolean needsSampling() {
        return distribution != null || oneOf != null || subsetOf != null;
    }
}
