package dev.failoverstudio.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundled sample is a conformance test: its expectations must all pass through {@code check}. */
class SamplesCheckTest {

    @TestFactory
    Stream<DynamicTest> everySampleMeetsItsExpectations() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(8);
        return samples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            CliRun run = CliRun.of("check", file.toString(), "--samples", "20000");
            assertThat(run.err()).doesNotContain("error:");
            assertThat(run.out()).doesNotContain("FAIL").containsPattern("(?m)^[1-9][0-9]* passed, 0 failed$");
            assertThat(run.status()).isZero();
        }));
    }
}
