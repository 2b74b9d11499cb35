package dev.failoverstudio.app;

import dev.failoverstudio.io.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The small settings files under the user's configuration directory (window, appearance, last design). They are
 * conveniences: reading a missing or broken one gives nothing, and failing to write one is ignored, so neither
 * ever disturbs the user's work. Writes are atomic, and use the properties stream form, which escapes characters
 * beyond ISO 8859-1, so a path in any script survives.
 */
final class PropertiesFile {

    private PropertiesFile() {
    }

    /** The file's properties; empty when it is missing or cannot be read. */
    static Optional<Properties> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(p);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code p} atomically, creating the directory; a failure leaves the old file and is not reported. */
    static void write(Path file, Properties p, String comment) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            p.store(bytes, comment);
            AtomicFiles.write(file, bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // a convenience: see the class comment
        }
    }
}
