package dev.failoverstudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test input files under {@code src/test/resources/io/}. */
public final class TestInputs {

    private TestInputs() {
    }

    /** The text of {@code /io/<name>}. */
    public static String text(String name) {
        try (InputStream in = TestInputs.class.getResourceAsStream("/io/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test input /io/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
