package dev.failoverstudio.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file could not be imported. Carries every problem the reader found (not only the first), so a user can
 * fix them all in one go; nothing of the file is imported when this is thrown.
 *
 * <p>The message lists the problems one per line as {@code file: $.path: message (rule)}.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<ImportProblem> problems;

    /** @param problems at least one problem */
    public ImportException(List<ImportProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in the order they were found (document order, mostly). */
    public List<ImportProblem> problems() {
        return problems;
    }

    private static String describe(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::describe).collect(Collectors.joining("\n"));
    }
}
