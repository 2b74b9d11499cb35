package dev.failoverstudio.io.samples;

import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.JsonFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The samples the welcome view offers: found in the build's class folder and inside a jar, read with a summary. */
class BundledSamplesTest {

    private static final String SCENARIO_WITHOUT_TITLE = """
            {"zone": "example.org.", "hostedZoneId": "ZEXAMPLE",
             "resourceRecordSets": [{"Name": "www.example.org.", "Type": "A", "TTL": 60,
                                     "ResourceRecords": [{"Value": "192.0.2.1"}]}],
             "queries": [],
             "description": "One simple record. Nothing else."}
            """;

    @TempDir
    Path temp;

    private final JsonFormats formats = JsonFormats.create();

    @Test
    void everyDesignOfTheSamplesFolderIsBundledButNoDrill() throws IOException {
        List<String> inFolder;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            inFolder = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }

        assertThat(formats.bundledSamples().names()).isEqualTo(inFolder).isNotEmpty();
    }

    @Test
    void aSampleReadsWithItsTitleAndTheFirstSentenceOfItsDescription() throws ImportException {
        BundledSamples.Sample sample = formats.bundledSamples().read("active-passive-failover.json");

        assertThat(sample.title()).isNotBlank().isNotEqualTo("Active passive failover");
        assertThat(sample.line()).startsWith("www.example.com is served by the primary web tier;").endsWith(".")
                .doesNotContain("\n");
        assertThat(sample.description()).startsWith(sample.line()).hasSizeGreaterThan(sample.line().length());
        assertThat(sample.document().design().zones()).isNotEmpty();
        assertThat(sample.document().layout()).as("scenario files are laid out").isNotNull();
    }

    @Test
    void samplesAreListedAndReadFromInsideAJar() throws Exception {
        Path jar = temp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "samples/", null);
            entry(out, "samples/simple-answer.json", SCENARIO_WITHOUT_TITLE);
            entry(out, "samples/notes.txt", "not a design");
            entry(out, "samples/drills/", null);
            entry(out, "samples/drills/a-drill.json", "{}");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            BundledSamples samples = new BundledSamples(loader, new dev.failoverstudio.io.json.JsonDocuments(
                    dev.failoverstudio.io.json.ObjectMappers.create()), formats.projectFiles());

            assertThat(samples.names()).containsExactly("simple-answer.json");
            BundledSamples.Sample sample = samples.read("simple-answer.json");
            assertThat(sample.title()).as("no title: the file name").isEqualTo("Simple answer");
            assertThat(sample.line()).isEqualTo("One simple record.");
            assertThat(sample.document().design().zones().get(0).recordSets()).hasSize(1);
            assertThatThrownBy(() -> samples.read("missing.json")).isInstanceOf(ImportException.class)
                    .hasMessageContaining("no such bundled sample");
        }
    }

    @Test
    void aClassPathWithoutSamplesHasNone() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()}, null)) {
            BundledSamples samples = new BundledSamples(loader, new dev.failoverstudio.io.json.JsonDocuments(
                    dev.failoverstudio.io.json.ObjectMappers.create()), formats.projectFiles());
            assertThat(samples.names()).isEmpty();
        }
    }

    @Test
    void titlesAndLinesFallBackSensibly() {
        assertThat(BundledSamples.titleFromName("ip-based_override.json")).isEqualTo("Ip based override");
        assertThat(BundledSamples.firstSentence("One line\n  with a break. Then more.")).isEqualTo(
                "One line with a break.");
        assertThat(BundledSamples.firstSentence("No full stop")).isEqualTo("No full stop");
        assertThat(BundledSamples.firstSentence("")).isEmpty();
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        if (text != null) {
            OutputStream o = out;
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }
}
