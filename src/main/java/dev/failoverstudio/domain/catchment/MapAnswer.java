package dev.failoverstudio.domain.catchment;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.resolve.Rcode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the "answers everywhere" legend: what a place gets, up to the order of values (R29) and, where
 * the answer is a random choice, up to that choice. Places with equal map answers share a colour.
 *
 * <p>When the answer path passes through a weighted or multivalue group (R71, R121), the values vary from query
 * to query, so the entry names that group instead of values: the place is in the group's catchment.
 *
 * @param answerType the type of the answer records, or null without answers (NXDOMAIN, NODATA…)
 * @param values the answer values in ascending order; empty when {@code randomGroup} is set or without answers
 * @param randomGroup the first weighted or multivalue group on the answer path, or null when the answer is
 *                    deterministic
 */
public record MapAnswer(Rcode rcode, String answerType, List<String> values, GroupKey randomGroup) {

    public MapAnswer {
        Objects.requireNonNull(rcode, "rcode");
        List<String> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        values = List.copyOf(sorted);
        if (randomGroup != null && !values.isEmpty()) {
            throw new IllegalArgumentException("a random choice has no fixed values");
        }
    }

    /** A short legend label: {@code 192.0.2.1, 192.0.2.2}, {@code random in www.example.com. A}, {@code NXDOMAIN}. */
    public String label() {
        if (randomGroup != null) {
            return "random in " + randomGroup.describe();
        }
        if (rcode != Rcode.NOERROR) {
            return rcode.name();
        }
        return values.isEmpty() ? "no data (NOERROR)" : String.join(", ", values);
    }
}
