package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;

import java.util.List;

/**
 * Limits Route 53 puts on a health check's tags. The semantics spec numbers no rule for tags, so these problems
 * carry the spec's source keys instead of a rule ID: {@code API:Tag} (a Key of 1 to 128 characters, a Value of at
 * most 256) and {@code DG:health-checks-tagging.md}, whose tags are the Billing and Cost Management tags with at
 * most 50 per resource. ChangeTagsForResource refuses a tag breaking them with InvalidInput. Duplicate keys cannot
 * reach the model ({@link HealthCheck} refuses them).
 */
final class HealthCheckTagRules {

    static final String TAG_LIMITS = "API:Tag";
    static final String TAGS_PER_CHECK = "DG:health-checks-tagging.md";
    static final int MAX_TAGS = 50;
    static final int MAX_KEY_LENGTH = 128;
    static final int MAX_VALUE_LENGTH = 256;

    void check(HealthCheck check, List<Problem> out) {
        if (check.tags().size() > MAX_TAGS) {
            out.add(error(TAGS_PER_CHECK, check, "Health check " + check.id() + " has " + check.tags().size()
                    + " tags; Route 53 allows at most 50 per health check (no numbered rule in the semantics spec)"));
        }
        for (HealthCheckTag tag : check.tags()) {
            int keyLength = tag.key().codePointCount(0, tag.key().length());
            if (keyLength == 0 || keyLength > MAX_KEY_LENGTH) {
                out.add(error(TAG_LIMITS, check, "Tag key \"" + abbreviate(tag.key()) + "\" has " + keyLength
                        + " characters; Route 53 tag keys have 1 to 128 (no numbered rule in the semantics spec)"));
            }
            int valueLength = tag.value().codePointCount(0, tag.value().length());
            if (valueLength > MAX_VALUE_LENGTH) {
                out.add(error(TAG_LIMITS, check, "The value of tag " + abbreviate(tag.key()) + " has " + valueLength
                        + " characters; Route 53 tag values have at most 256 (no numbered rule in the semantics spec)"));
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static Problem error(String code, HealthCheck check, String message) {
        return Problem.healthCheckError(code, ApiErrors.INVALID_INPUT, check.id(), message);
    }
}
