package dev.failoverstudio.io.samples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.formats.project.ProjectFiles;
import dev.failoverstudio.io.json.JsonDocuments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The ready-made designs of {@code samples/}, shipped inside the application jar under {@code /samples} (the
 * build copies them there), so the welcome view finds them wherever the jar runs: {@code java -jar}, the
 * packaged app image, or the build's class folder. Drill files ({@code samples/drills/}) are not designs and are
 * not listed. Thread-safe.
 */
public final class BundledSamples {

    /** Where the samples are on the class path. */
    static final String FOLDER = "samples/";

    private final ClassLoader loader;
    private final JsonDocuments documents;
    private final ProjectFiles projectFiles;

    /**
     * @param loader       the class path holding {@code /samples}
     * @param documents    parses the files for their title and description
     * @param projectFiles reads them as designs (scenario files are laid out automatically)
     */
    public BundledSamples(ClassLoader loader, JsonDocuments documents, ProjectFiles projectFiles) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.projectFiles = Objects.requireNonNull(projectFiles, "projectFiles");
    }

    /** File names of the bundled samples ({@code *.json}), sorted; empty when none are bundled. */
    public List<String> names() {
        URL folder = loader.getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            List<String> names = switch (folder.getProtocol()) {
                case "file" -> inFolder(Path.of(folder.toURI()));
                case "jar" -> inJar(((JarURLConnection) folder.openConnection()).getJarFileURL());
                default -> List.of();
            };
            return names.stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled samples", e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot list the bundled samples in " + folder, e);
        }
    }

    /**
     * Reads one sample: its design and what the welcome view says about it.
     *
     * @throws ImportException when the sample is missing or does not read as a design (a packaging bug)
     */
    public Sample read(String name) throws ImportException {
        String source = FOLDER + name;
        String text;
        try (InputStream in = loader.getResourceAsStream(source)) {
            if (in == null) {
                throw new ImportException(List.of(new ImportProblem(source, "$", null,
                        "no such bundled sample")));
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(List.of(new ImportProblem(source, "$", null,
                    "cannot read the bundled sample: " + e.getMessage())));
        }
        JsonNode root = documents.parse(source, text);
        String title = text(root, "title");
        String description = text(root, "description");
        if (description.isEmpty()) {
            description = text(root, "comment");
        }
        return new Sample(name, title.isEmpty() ? titleFromName(name) : title, firstSentence(description),
                description, projectFiles.read(source, text));
    }

    /**
     * A bundled sample.
     *
     * @param name        its file name, e.g. {@code active-passive-failover.json}
     * @param title       the file's {@code title}, else the file name without extension, dashes as spaces
     * @param line        the first sentence of its {@code description} (else {@code comment}); may be empty
     * @param description the whole description; may be empty
     */
    public record Sample(String name, String title, String line, String description,
                         DesignDocument document) {
    }

    static String titleFromName(String name) {
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        String spaced = base.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Up to the first full stop followed by a space (or the whole text), on one line. */
    static String firstSentence(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        int end = oneLine.indexOf(". ");
        return end < 0 ? oneLine : oneLine.substring(0, end + 1);
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.isObject() ? root.get(field) : null;
        return node != null && node.isTextual() ? node.asText().strip() : "";
    }

    private static List<String> inFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<String> inJar(URL jar) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(Path.of(jar.toURI()).toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(FOLDER) && entry.length() > FOLDER.length()
                        && entry.indexOf('/', FOLDER.length()) < 0) {
                    names.add(entry.substring(FOLDER.length()));
                }
            }
        }
        return names;
    }
}
