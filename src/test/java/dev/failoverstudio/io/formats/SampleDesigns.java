package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.json.ObjectMappers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The designs of the scenario files in {@code samples/}, for export/import round trips. */
public final class SampleDesigns {

    public static final Path SAMPLES = Path.of("samples");

    private SampleDesigns() {
    }

    /** Every sample file, sorted by name. */
    public static List<Path> files() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Design design(Path file) {
        try {
            return new ScenarioReader(ObjectMappers.create()).read(file).design();
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }
}
