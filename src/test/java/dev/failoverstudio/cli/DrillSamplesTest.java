package dev.failoverstudio.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundled sample drill is a test: all its assertions must hold through {@code drill}. */
class DrillSamplesTest {

    @TestFactory
    Stream<DynamicTest> everySampleDrillMeetsItsAssertions() throws IOException {
        List<Path> drills;
        try (Stream<Path> files = Files.list(Path.of("samples", "drills"))) {
            drills = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(drills).hasSizeGreaterThanOrEqualTo(8);
        return drills.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            CliRun run = CliRun.of("drill", file.toString());
            assertThat(run.err()).doesNotContain("error:");
            assertThat(run.out()).doesNotContain("FAIL").containsPattern("(?m)^[1-9][0-9]* passed, 0 failed$");
            assertThat(run.status()).isZero();
        }));
    }

    /**
     * A drill's bounds come from the request interval, the failure threshold, the 18 % rule and the TTLs, not from
     * one lucky run: they hold for other seeds too (other checker phases, resolver caches and weighted draws).
     */
    @TestFactory
    Stream<DynamicTest> everySampleDrillHoldsForOtherSeeds() throws IOException {
        List<Path> drills;
        try (Stream<Path> files = Files.list(Path.of("samples", "drills"))) {
            drills = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return drills.stream().flatMap(file -> Stream.of("1", "2", "3").map(seed -> DynamicTest.dynamicTest(
                file.getFileName() + " --seed " + seed, () -> {
                    CliRun run = CliRun.of("drill", file.toString(), "--seed", seed);
                    assertThat(run.out()).doesNotContain("FAIL")
                            .containsPattern("(?m)^[1-9][0-9]* passed, 0 failed$");
                    assertThat(run.status()).isZero();
                })));
    }
}
