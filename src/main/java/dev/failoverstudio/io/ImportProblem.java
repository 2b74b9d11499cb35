package dev.failoverstudio.io;

import java.util.Objects;

/**
 * One thing wrong with an imported file, located precisely enough to fix it.
 *
 * @param file     the file as the user named it (a path, or a label such as {@code <stdin>})
 * @param jsonPath where in the document, in JSONPath notation, e.g. {@code $.resourceRecordSets[3].Weight};
 *                 {@code $} for the document as a whole
 * @param rule     the spec rule the problem breaks ({@code V10}, {@code HV4}, {@code S11}…), or null when the
 *                 problem is about the file format itself rather than a numbered rule
 * @param message  what is wrong, in plain words
 */
public record ImportProblem(String file, String jsonPath, String rule, String message) {

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(jsonPath, "jsonPath");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file: $.path: message (rule)}, the rule part only when there is one. */
    public String describe() {
        return file + ": " + jsonPath + ": " + message + (rule == null ? "" : " (" + rule + ")");
    }

    @Override
    public String toString() {
        return describe();
    }
}
