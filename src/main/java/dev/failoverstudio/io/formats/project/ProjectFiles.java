package dev.failoverstudio.io.formats.project;

import dev.failoverstudio.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.DesignGraph;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.formats.Route53Shapes;
import dev.failoverstudio.io.formats.ScenarioReader;
import dev.failoverstudio.io.formats.drill.DesignDrills;
import dev.failoverstudio.io.json.JsonDocuments;
import dev.failoverstudio.io.json.JsonValue;
import dev.failoverstudio.io.json.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The designer's project file (docs/project-format.md): JSON with {@code "formatVersion": 1}; {@code zones}
 * as Route 53 HostedZone objects ({@code Id}, {@code Name}, {@code Config.PrivateZone}) each with its
 * {@code ResourceRecordSets} (S1); {@code healthChecks} (S4) and {@code cidrCollections} (S9) in API shapes;
 * {@code resourceCatalog} (C9) and {@code healthState} (C5) as in scenario files, plus
 * {@code lastKnownHealthy}; and the canvas {@code layout} kept apart as {@code {nodeKey: {"x", "y"}}}.
 *
 * <p>{@link #read} also opens scenario files and raw {@code list-resource-record-sets} output; such imported
 * designs carry no layout and are arranged with the {@link AutoLayout} given here, as are nodes of a project
 * file that have no position. Problems name the file, the JSON path and the rule (P1 version, P2 shape, P3
 * layout, or the rule of the embedded shape). Writes are atomic ({@link AtomicFiles}). Thread-safe (no mutable
 * state), so saves and autosaves may run off the UI thread.
 */
public final class ProjectFiles {

    /** The format version this class writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper;
    private final AutoLayout autoLayout;
    private final JsonDocuments documents;
    private final ScenarioReader scenarios;
    private final ProjectTreeWriter treeWriter;
    private final DesignDrills drills;
    private final Supplier<Population> world;

    /**
     * Without the world population: saved drills that use it ({@code "population": "world"}) cannot be read.
     *
     * @param mapper     the application's one configured mapper ({@code io.json.ObjectMappers})
     * @param autoLayout arranges imported designs, which carry no layout
     */
    public ProjectFiles(ObjectMapper mapper, AutoLayout autoLayout) {
        this(mapper, autoLayout, () -> null);
    }

    /**
     * @param mapper     the application's one configured mapper ({@code io.json.ObjectMappers})
     * @param autoLayout arranges imported designs, which carry no layout
     * @param world      the default drill population (README "Drill files"), for saved drills that use it
     */
    public ProjectFiles(ObjectMapper mapper, AutoLayout autoLayout, Supplier<Population> world) {
        this.world = Objects.requireNonNull(world, "world");
        this.drills = new DesignDrills(mapper);
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.autoLayout = Objects.requireNonNull(autoLayout, "autoLayout");
        this.documents = new JsonDocuments(mapper);
        this.scenarios = new ScenarioReader(mapper);
        this.treeWriter = new ProjectTreeWriter(mapper);
    }

    /**
     * Reads a project file, a scenario file or {@code list-resource-record-sets} output.
     *
     * @throws ImportException with every problem found (file, JSON path, rule); nothing is read then
     */
    public DesignDocument read(Path file) throws ImportException {
        return open(file).document();
    }

    /** As {@link #read(Path)}, from text; {@code file} names the source in problems. */
    public DesignDocument read(String file, String json) throws ImportException {
        return open(file, json).document();
    }

    /** As {@link #read(Path)}, telling also what kind of file it was (so imports are saved with Save As). */
    public OpenedDesign open(Path file) throws ImportException {
        return open(file.toString(), documents.readText(file));
    }

    /** As {@link #open(Path)}, from text; {@code file} names the source in problems. */
    public OpenedDesign open(String file, String json) throws ImportException {
        JsonNode root = documents.parse(file, json);
        Problems problems = new Problems(file);
        if (ProjectTreeReader.isProject(root)) {
            DesignDocument doc = new ProjectTreeReader(drills, world).read(JsonValue.root(root, problems));
            problems.throwIfAny();
            return new OpenedDesign(complete(doc), OpenedDesign.Kind.PROJECT);
        }
        if (isScenario(root)) {
            Design design = scenarios.read(file, json).design();
            List<Drill> saved = drills.read(JsonValue.root(root, problems).asObject(null), null, world);
            problems.throwIfAny();
            return new OpenedDesign(imported(design).withDrills(saved), OpenedDesign.Kind.SCENARIO);
        }
        if (root.isArray() || root.isObject() && root.has("ResourceRecordSets")) {
            List<RecordSet> records = new Route53Shapes().recordSets(JsonValue.root(root, problems), "S3");
            problems.throwIfAny();
            if (records.isEmpty()) {
                problems.add(dev.failoverstudio.io.json.JsonPath.root(), "S3", "there are no record sets to import");
                problems.throwIfAny();
            }
            return new OpenedDesign(imported(ListOutputImport.design(records)), OpenedDesign.Kind.RECORD_SET_LIST);
        }
        JsonValue.root(root, problems).report(ProjectFields.RULE_VERSION, "not a Failover Studio project"
                + " (no \"formatVersion\"), scenario file (no \"zone\"/\"queries\") or list-resource-record-sets"
                + " output (no \"ResourceRecordSets\")");
        problems.throwIfAny();
        throw new IllegalStateException("unreachable: a problem was recorded");
    }

    /**
     * A project or scenario file whose saved drills ({@code drills}) are checked against its design, for running
     * them (the {@code drill} command): unlike {@link #open}, a drill naming a health check, record set or
     * endpoint the design lacks is an error (D3) located at {@code $.drills[i]...}.
     */
    public OpenedDesign openWithCheckedDrills(Path file) throws ImportException {
        String name = file.toString();
        String json = documents.readText(file);
        OpenedDesign opened = open(name, json);
        List<Drill> checked = drills.readChecked(name, json, opened.document().design(), world);
        return new OpenedDesign(opened.document().withDrills(checked), opened.kind());
    }

    /**
     * True when {@code file} is a design file (project or scenario) with saved drills rather than a standalone
     * drill file: it has {@code drills} and no {@code drill}. False for anything unreadable, which the drill
     * file reader then reports.
     */
    public boolean hasSavedDrills(Path file) {
        try {
            JsonNode root = documents.parse(file.toString(), documents.readText(file));
            return DesignDrills.hasDrills(root) && !root.has("drill");
        } catch (ImportException e) {
            return false;
        }
    }

    /** The project JSON of {@code doc} (UTF-8 text ending in a newline), as {@link #write} stores it. */
    public String toJson(DesignDocument doc) {
        return text(treeWriter.tree(doc));
    }

    /**
     * Writes {@code doc} atomically: a temporary file in the same directory, then a rename over {@code file}.
     * The text is read back first, and a design this format could not open again is refused with an
     * {@link IOException} naming the problems, leaving the old file untouched: a save must never produce a
     * file that cannot be reopened.
     */
    public void write(DesignDocument doc, Path file) throws IOException {
        String json = toJson(doc);
        try {
            read(file.toString(), json);
        } catch (ImportException e) {
            throw new IOException("the design cannot be saved as it is, because it could not be opened again:\n"
                    + e.getMessage(), e);
        }
        AtomicFiles.write(file, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The project tree of {@code doc}, for documents that embed a project (the autosave file). */
    ObjectNode tree(DesignDocument doc) {
        return treeWriter.tree(doc);
    }

    /** Reads an embedded project tree; null when problems were recorded. */
    DesignDocument readTree(JsonValue value) {
        if (!ProjectTreeReader.isProject(value.node())) {
            value.report(ProjectFields.RULE_VERSION, "expected a project object with \"formatVersion\"");
            return null;
        }
        DesignDocument doc = new ProjectTreeReader(drills, world).read(value);
        return doc == null ? null : complete(doc);
    }

    String text(JsonNode tree) {
        try {
            return mapper.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a JSON tree", e);
        }
    }

    ObjectMapper mapper() {
        return mapper;
    }

    private static boolean isScenario(JsonNode root) {
        return root.isObject() && (root.has("queries") || root.has("zone") || root.has("hostedZoneId"));
    }

    private DesignDocument imported(Design design) {
        return new DesignDocument(design, autoLayout.arrange(DesignGraph.of(design), Layout.EMPTY));
    }

    /** Places nodes without a position; a file written from a laid-out document comes back unchanged. */
    private DesignDocument complete(DesignDocument doc) {
        Layout layout = autoLayout.arrange(DesignGraph.of(doc.design()), doc.layout());
        return layout == doc.layout() ? doc : doc.withLayout(layout);
    }
}
