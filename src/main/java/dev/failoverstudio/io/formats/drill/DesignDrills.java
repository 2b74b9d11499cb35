package dev.failoverstudio.io.formats.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.io.AtomicFiles;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.formats.ScenarioWriter;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.json.JsonDocuments;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;
import dev.failoverstudio.io.json.Problems;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The drills a design file saves (README "Drill files", drills in a design): an optional top-level
 * {@code drills} array of project and scenario files whose items are exactly the {@code drill} object of a
 * standalone drill file, read by {@link DrillReader#readDrill} and written by {@link DrillWriter#toJson}.
 *
 * <p>Optional and additive: a file without {@code drills} reads as before, and an empty list is not written, so
 * a design without drills saves to the same bytes as before drills existed. Opening a design reads each drill's
 * own structure strictly (an unknown field or a bad number is an error at {@code $.drills[i]...}) but does not
 * check what it names in the design, because an edit of the design may leave a drill naming a removed health
 * check and the design must still save and open; {@link #readChecked} and {@link #problems} check those
 * references (D3) before a drill runs.
 */
public final class DesignDrills {

    /** The top-level field of project and scenario files. */
    public static final String FIELD = "drills";

    private final DrillReader reader;
    private final DrillWriter writer;
    private final JsonDocuments documents;
    private final ScenarioWriter scenarios;

    public DesignDrills(ObjectMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        this.scenarios = new ScenarioWriter(mapper);
        this.reader = new DrillReader(mapper);
        this.writer = new DrillWriter(mapper);
        this.documents = new JsonDocuments(mapper);
    }

    /**
     * The drills of a design file's top level, empty when it has no {@code drills}; problems are recorded on
     * the file's problems and the drills that had them are left out.
     *
     * @param design the design to check references against, or null to read the drills' own structure only
     * @param world  the default population, asked for only by drills that use it
     */
    public List<Drill> read(JsonFields top, Design design, Supplier<Population> world) {
        List<Drill> drills = new ArrayList<>();
        JsonValue value = top.field(FIELD);
        if (!value.isPresent()) {
            return drills;
        }
        List<JsonValue> elements = value.asArray("D1");
        for (JsonValue element : elements == null ? List.<JsonValue>of() : elements) {
            Drill drill = reader.readDrill(element, design, world);
            if (drill != null) {
                drills.add(drill);
            }
        }
        return drills;
    }

    /** Sets {@code drills} on a design file's top level; nothing when there are none. */
    public void write(ObjectNode root, List<Drill> drills) {
        if (drills.isEmpty()) {
            return;
        }
        ArrayNode array = root.putArray(FIELD);
        drills.forEach(d -> array.add(writer.toJson(d)));
    }

    /**
     * The drills of a design file's text, each checked against {@code design} (the design read from the same
     * file): references (D3), check types and every structure rule.
     *
     * @throws ImportException with every problem, located at {@code $.drills[i]...} in {@code file}
     */
    public List<Drill> readChecked(String file, String json, Design design, Supplier<Population> world)
            throws ImportException {
        Objects.requireNonNull(design, "design");
        Problems problems = new Problems(file);
        JsonValue root = JsonValue.root(documents.parse(file, json), problems);
        JsonFields top = root.requireObject("D1");
        List<Drill> drills = top == null ? List.of() : read(top, design, world);
        problems.throwIfAny();
        return drills;
    }

    /**
     * The text of a scenario file (scenario-format.md) with the design's saved drills added as {@code drills};
     * without drills it is exactly {@link ScenarioWriter#toJson}.
     */
    public String scenarioText(Scenario scenario, List<Drill> drills) {
        ObjectNode root = scenarios.tree(scenario);
        write(root, drills);
        return scenarios.text(root);
    }

    /** Writes {@link #scenarioText} atomically. */
    public void writeScenario(Scenario scenario, List<Drill> drills, Path file) throws IOException {
        AtomicFiles.write(file, scenarioText(scenario, drills));
    }

    /** True when a parsed design file has a {@code drills} member. */
    public static boolean hasDrills(JsonNode root) {
        return root != null && root.isObject() && root.has(FIELD);
    }

    /**
     * What keeps {@code drill} from running against {@code design}: the problems the drill reader finds in the
     * drill as a design file would save it, located relative to the drill object ({@code $.events[1]}) under
     * the name {@code label}. Empty when it can run.
     */
    public List<ImportProblem> problems(Drill drill, Design design, String label) {
        Problems problems = new Problems(label);
        ObjectNode node = writer.toJson(drill);
        reader.readDrill(JsonValue.root(node, problems), design, drill::population);
        return problems.all();
    }
}
