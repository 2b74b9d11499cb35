package dev.failoverstudio.cli;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.validate.Problem;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scenario file and validates its design; every problem is printed with the file, the JSON path and
 * the rule. Nothing is resolved from a file that did not read completely or breaks a rule (exit status 2).
 */
final class ScenarioFiles {

    static final int INVALID_INPUT = 2;

    private final Services services;
    private final PrintWriter err;

    ScenarioFiles(Services services, PrintWriter err) {
        this.services = services;
        this.err = err;
    }

    /** The scenario, or empty after printing why it cannot be used. */
    Optional<Scenario> load(Path file) {
        Scenario scenario;
        try {
            scenario = services.formats().scenarioReader().read(file);
        } catch (ImportException e) {
            for (ImportProblem p : e.problems()) {
                err.println("error: " + p.describe());
            }
            return Optional.empty();
        }
        List<Problem> problems = services.validator().validate(scenario.design());
        boolean errors = false;
        for (Problem p : problems) {
            errors |= p.isError();
            err.println((p.isError() ? "error: " : "warning: ") + file + ": " + locate(scenario, p) + ": "
                    + p.message() + " (" + p.code() + ")");
        }
        return errors ? Optional.empty() : Optional.of(scenario);
    }

    /** The JSON path of the record set or health check a problem concerns. */
    static String locate(Scenario scenario, Problem problem) {
        return locate(scenario.design(), problem);
    }

    /** The JSON path of the record set or health check a problem concerns, in a scenario-style file. */
    static String locate(Design design, Problem problem) {
        if (problem.recordSet() != null) {
            for (HostedZone zone : design.zones()) {
                List<RecordSet> sets = zone.recordSets();
                for (int i = 0; i < sets.size(); i++) {
                    if (sets.get(i).key().equals(problem.recordSet())) {
                        return "$.resourceRecordSets[" + i + "]";
                    }
                }
            }
        }
        if (problem.healthCheckId() != null) {
            List<HealthCheck> checks = design.healthChecks();
            for (int i = 0; i < checks.size(); i++) {
                if (checks.get(i).id().equals(problem.healthCheckId())) {
                    return "$.healthChecks[" + i + "]";
                }
            }
        }
        return "$";
    }
}
