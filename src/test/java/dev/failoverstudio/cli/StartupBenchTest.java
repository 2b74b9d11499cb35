package dev.failoverstudio.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench --startup}: both windows really start in fresh JVMs and report a frame; the figures themselves are
 * reported in the closing notes, never asserted.
 */
class StartupBenchTest {

    @Test
    void oneStartOfEachWindowIsTimedAndCompared() throws Exception {
        StringWriter text = new StringWriter();
        int status = new StartupBench(new PrintWriter(text, true)).run(1,
                Path.of("samples/latency-weighted-tree.json"), null, java.util.List.of("-XX:CompileThresholdScaling=8"));

        assertThat(status).as(text.toString()).isZero();
        assertThat(text.toString()).contains("both with -XX:CompileThresholdScaling=8").containsPattern("blank JavaFX +\\d+ ")
                .containsPattern("designer, design drawn +\\d+ ")
                .containsPattern("designer, every panel in +\\d+ ")
                .containsPattern("ratio, design drawn +\\d+\\.\\d\\dx")
                .containsPattern("ratio, every panel in +\\d+\\.\\d\\dx");
    }

    @Test
    void anAppCdsArchiveThatCannotBeMadeIsReportedNotSkipped(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("java.class.path").split(
                java.io.File.pathSeparator)[0].endsWith("classes"), "tests run from class folders, which CDS refuses");
        StringWriter text = new StringWriter();
        int status = new StartupBench(new PrintWriter(text, true)).run(1,
                Path.of("samples/latency-weighted-tree.json"), temp.resolve("app.jsa"), java.util.List.of());

        assertThat(status).isEqualTo(2);
        assertThat(text.toString()).contains("could not be made");
    }
}
