package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordSet;

import java.util.List;

/**
 * The shape and size of a change batch (V1, V7): at least one change, a comment of at most 256 characters, at
 * most 1,000 {@code ResourceRecord} elements and 32,000 value characters per request, where an alias counts as
 * one element and an UPSERT counts twice.
 */
final class ChangeBatchShapeRules {

    static final int MAX_COMMENT_LENGTH = 256;
    static final int MAX_RESOURCE_RECORDS = 1000;
    static final int MAX_VALUE_CHARACTERS = 32_000;

    void check(ChangeBatch batch, List<Problem> out) {
        if (batch.changes().isEmpty()) {
            out.add(Problem.error("V1", ApiErrors.INVALID_INPUT, null, "A change batch needs at least one change"));
        }
        if (batch.comment() != null && batch.comment().length() > MAX_COMMENT_LENGTH) {
            out.add(Problem.error("V1", ApiErrors.INVALID_INPUT, null, "The comment is " + batch.comment().length()
                    + " characters long; it is at most 256"));
        }
        long elements = 0;
        long characters = 0;
        for (Change change : batch.changes()) {
            int factor = change.action() == ChangeAction.UPSERT ? 2 : 1;
            RecordSet r = change.recordSet();
            elements += (long) factor * (r.isAlias() ? 1 : r.values().size());
            characters += (long) factor * r.values().stream().mapToLong(String::length).sum();
        }
        if (elements > MAX_RESOURCE_RECORDS) {
            out.add(Problem.error("V7", ApiErrors.INVALID_CHANGE_BATCH, null, "The request holds " + elements
                    + " ResourceRecord elements (UPSERT counts twice); at most 1000 are allowed per request"));
        }
        if (characters > MAX_VALUE_CHARACTERS) {
            out.add(Problem.error("V7", ApiErrors.INVALID_CHANGE_BATCH, null, "The values of the request add up to "
                    + characters + " characters (UPSERT counts twice); at most 32000 are allowed per request"));
        }
    }
}
