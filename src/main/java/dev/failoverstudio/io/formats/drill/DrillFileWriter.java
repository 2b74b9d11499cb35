package dev.failoverstudio.io.formats.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.io.formats.ScenarioWriter;

import java.util.Objects;

/**
 * Writes a standalone drill file (README "Drill files"): the design parts exactly as a scenario file holds them
 * ({@link ScenarioWriter#designParts}, so health state and the resource catalog are kept), plus the
 * {@code drill} object of {@link DrillWriter}. {@link DrillReader} reads the result back to the same design and
 * drill.
 */
public final class DrillFileWriter {

    private final ScenarioWriter scenarios;
    private final DrillWriter drills;

    public DrillFileWriter(ObjectMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        this.scenarios = new ScenarioWriter(mapper);
        this.drills = new DrillWriter(mapper);
    }

    /**
     * The file's text. A drill file holds one hosted zone: the one the drill's query name is in (the first zone
     * when none holds it).
     */
    public String write(Design design, Drill drill, String title) {
        HostedZone zone = design.zoneFor(drill.query().name())
                .orElseGet(() -> design.zones().isEmpty() ? null : design.zones().get(0));
        if (zone == null) {
            throw new IllegalArgumentException("a drill file needs a design with a hosted zone");
        }
        ObjectNode root = scenarios.designParts(design, zone, title, null);
        root.set("drill", drills.toJson(drill));
        return scenarios.text(root);
    }
}
