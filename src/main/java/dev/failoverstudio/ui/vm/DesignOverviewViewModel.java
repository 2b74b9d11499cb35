package dev.failoverstudio.ui.vm;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.validate.Problem;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The opened design as an outline of zones, groups and record sets, with a status line. Loading reads and
 * validates the file; call it off the FX thread and {@link #show} the result on it.
 */
public final class DesignOverviewViewModel {

    // ---- Properties
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Failover Studio");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No design open.");
    private final ObservableList<OutlineNode> outline = FXCollections.observableArrayList();

    private final Services services;

    public DesignOverviewViewModel(Services services) {
        this.services = services;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<OutlineNode> outline() {
        return outline;
    }

    // ---- Commands

    /** Reads and validates {@code file}; safe to call on any thread (touches no property). */
    public Loaded load(Path file) {
        try {
            Scenario scenario = services.formats().scenarioReader().read(file);
            List<Problem> problems = services.validator().validate(scenario.design());
            long errors = problems.stream().filter(Problem::isError).count();
            List<OutlineNode> zones = new ArrayList<>();
            for (HostedZone zone : scenario.design().zones()) {
                zones.add(DesignOutline.zone(zone));
            }
            String name = file.getFileName().toString();
            String summary = name + " — " + scenario.design().healthChecks().size() + " health checks, "
                    + scenario.queries().size() + " queries; " + errors + " error(s), "
                    + (problems.size() - errors) + " warning(s)";
            return new Loaded(scenario.title() == null ? name : scenario.title(), summary, zones);
        } catch (ImportException e) {
            List<String> lines = new ArrayList<>();
            for (ImportProblem p : e.problems()) {
                lines.add(p.describe());
            }
            return new Loaded("Failover Studio", "Cannot open " + file + ": " + String.join("; ", lines), List.of());
        }
    }

    /** Publishes a loaded design; FX thread only. */
    public void show(Loaded loaded) {
        title.set(loaded.title);
        status.set(loaded.status);
        outline.setAll(loaded.zones);
    }

    /** What {@link #load} produced, ready to {@link #show}. */
    public record Loaded(String title, String status, List<OutlineNode> zones) {
    }
}
