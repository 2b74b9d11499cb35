package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.Objects;

/**
 * One finding of validation: which rule (spec ID such as {@code V20}, {@code HV15}, {@code R103}), how Route 53
 * would refuse it, what it concerns and a sentence a user understands.
 *
 * <p>Invariants: {@code code}, {@code severity} and {@code message} are present; an {@link Severity#ERROR}
 * carries an {@code apiError} (one of {@link ApiErrors}), a {@link Severity#WARNING} carries none. At most one of
 * {@code recordSet} and {@code healthCheckId} is set; both are null for zone- or collection-wide findings.
 */
public record Problem(String code, String apiError, Severity severity, RecordSetKey recordSet, String healthCheckId,
                      String message) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (severity == Severity.ERROR && apiError == null) {
            throw new IllegalArgumentException("an error needs an API error name: " + code);
        }
        if (severity == Severity.WARNING && apiError != null) {
            throw new IllegalArgumentException("a warning carries no API error: " + code);
        }
    }

    /** An error about one record set (or, with a null key, about the zone or the batch). */
    public static Problem error(String code, String apiError, RecordSetKey recordSet, String message) {
        return new Problem(code, apiError, Severity.ERROR, recordSet, null, message);
    }

    /** A warning about one record set (or, with a null key, about the zone or the batch). */
    public static Problem warning(String code, RecordSetKey recordSet, String message) {
        return new Problem(code, null, Severity.WARNING, recordSet, null, message);
    }

    /** An error about one health check. */
    public static Problem healthCheckError(String code, String apiError, String healthCheckId, String message) {
        return new Problem(code, apiError, Severity.ERROR, null, healthCheckId, message);
    }

    /** A warning about one health check. */
    public static Problem healthCheckWarning(String code, String healthCheckId, String message) {
        return new Problem(code, null, Severity.WARNING, null, healthCheckId, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * One line for logs and the command line, e.g.
     * {@code ERROR V20 InvalidInput www.example.com. A [eu]: Weight 300 is outside 0-255}.
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(severity).append(' ').append(code);
        if (apiError != null) {
            out.append(' ').append(apiError);
        }
        if (recordSet != null) {
            out.append(' ').append(recordSet.describe());
        } else if (healthCheckId != null) {
            out.append(" health check ").append(healthCheckId);
        }
        return out.append(": ").append(message).toString();
    }
}
