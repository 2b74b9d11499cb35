package dev.failoverstudio.io.json;

import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the problems found while reading one file. A reader makes a fresh collector per file, keeps
 * going after a problem so that it finds all of them, and at the end either returns its complete result or
 * throws them together ({@link #throwIfAny()}). Not thread-safe; never shared.
 */
public final class Problems {

    private final String file;
    private final List<ImportProblem> found = new ArrayList<>();

    /** @param file the file as the user named it; appears in every problem */
    public Problems(String file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public String file() {
        return file;
    }

    /** Records a problem at {@code at}; {@code rule} may be null. */
    public void add(JsonPath at, String rule, String message) {
        found.add(new ImportProblem(file, at.toString(), rule, message));
    }

    /** How many problems were found so far; pass it to {@link #hasNewSince(int)} to see if a part failed. */
    public int count() {
        return found.size();
    }

    /** True when problems were added after {@link #count()} returned {@code mark}. */
    public boolean hasNewSince(int mark) {
        return found.size() > mark;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<ImportProblem> all() {
        return List.copyOf(found);
    }

    /** Throws every problem found so far; does nothing when there is none. */
    public void throwIfAny() throws ImportException {
        if (!found.isEmpty()) {
            throw new ImportException(found);
        }
    }
}
