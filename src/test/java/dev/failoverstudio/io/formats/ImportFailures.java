package dev.failoverstudio.io.formats;

import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Runs an import that must fail and returns what it reported. */
final class ImportFailures {

    private ImportFailures() {
    }

    static ImportException failure(ThrowingCallable importCall) {
        ImportException e = catchThrowableOfType(ImportException.class, importCall);
        assertThat(e).as("the import should have failed").isNotNull();
        return e;
    }

    /** The single problem of a failed import. */
    static ImportProblem onlyProblem(ThrowingCallable importCall) {
        List<ImportProblem> problems = failure(importCall).problems();
        assertThat(problems).as("problems").hasSize(1);
        return problems.get(0);
    }
}
