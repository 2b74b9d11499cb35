package dev.failoverstudio.dns.zonefile;

import java.util.List;

/**
 * A zone file could not be read. Carries every problem found, each as {@code file:line: message}; nothing is
 * imported when this is thrown.
 */
public final class ZoneFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ZoneFileException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
