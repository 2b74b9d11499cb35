package dev.failoverstudio.domain.validate;

import java.util.List;

/**
 * The shape and size of a change batch (V1, V7): at least one change, a comment of at most 256 characters, at
 * most 1,000 {@code ResourceRecord} elements and 32,000 value characters per request, where an alias counts as
 * one element and an UPSERT counts twice.
 */
final class ChangeBatchShapeRules {

    static final int MAX_COMMENT_LENGTH = 256;

    void check(ChangeBatch batch, List<Problem> out) {
        if (batch.changes().isEmpty()) {
            out.add(Problem.error("V1", ApiErrors.INVALID_INPUT, null, "A change batch needs at least one change"));
        }
        if (batch.comment() != null && batch.comment().length() > MAX_COMMENT_LENGTH) {
            out.add(Problem.error("V1", ApiErrors.INVALID_INPUT, null, "The comment is " + batch.comment().length()
                    + " characters long; it is at most 256"));
        }
        ChangeBatchSize size = ChangeBatchSize.of(batch.changes());
        long elements = size.resourceRecords();
        long characters = size.valueCharacters();
        if (elements > ChangeBatchSize.MAX_RESOURCE_RECORDS) {
            out.add(Problem.error("V7", ApiErrors.INVALID_CHANGE_BATCH, null, "The request holds " + elements
                    + " ResourceRecord elements (UPSERT counts twice); at most 1000 are allowed per request"));
        }
        if (characters > ChangeBatchSize.MAX_VALUE_CHARACTERS) {
            out.add(Problem.error("V7", ApiErrors.INVALID_CHANGE_BATCH, null, "The values of the request add up to "
                    + characters + " characters (UPSERT counts twice); at most 32000 are allowed per request"));
        }
    }
}
