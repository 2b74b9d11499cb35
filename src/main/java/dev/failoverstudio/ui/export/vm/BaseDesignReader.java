package dev.failoverstudio.ui.export.vm;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.io.ImportException;

import java.nio.file.Path;

/**
 * Reads the base design of "Changes from a design file…": a project file, a scenario file or Route 53
 * {@code list-resource-record-sets} output. Called off the UI thread.
 */
@FunctionalInterface
public interface BaseDesignReader {

    /** @throws ImportException with every problem located (file, JSON path, rule) */
    Design read(Path file) throws ImportException;
}
