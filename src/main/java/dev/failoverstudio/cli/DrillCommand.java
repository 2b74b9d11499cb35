package dev.failoverstudio.cli;

import dev.failoverstudio.io.AtomicFiles;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.drill.AssertionOutcome;
import dev.failoverstudio.domain.drill.DrillResult;
import dev.failoverstudio.domain.drill.HealthTimeline;
import dev.failoverstudio.domain.drill.KeyFigures;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.validate.Problem;
import dev.failoverstudio.io.formats.project.OpenedDesign;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.formats.drill.DrillFile;
import dev.failoverstudio.io.report.DrillCsvWriter;
import dev.failoverstudio.io.report.DrillHtmlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code drill FILE}: runs a what-if drill, prints its key figures and assertions; exit 0 only when all hold.
 * FILE is a standalone drill file, or a project or scenario file with saved drills ({@code drills}), whose
 * drills all run (or the one {@code --name} picks).
 */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = {"Run a what-if failure drill file over time, or the drills saved in a design file.",
                "Prints the key figures (detection, 50 %/99 %/full failover, recovery) and PASS/FAIL per assertion;",
                "exits 0 when every assertion holds, 1 when one fails, 2 when the file cannot be used."})
final class DrillCommand implements Callable<Integer> {

    static final int ASSERTION_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE",
            description = "drill file, or a project or scenario file with saved drills")
    Path file;

    @Option(names = "--name", paramLabel = "NAME",
            description = "run only the drill of this name (of those a design file saves)")
    String name;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + ResolveCommand.DEFAULT_SEED,
            description = "seed of the random source: checker phases, resolvers, weighted choices "
                    + "(default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print the result as one JSON document")
    boolean json;

    @Option(names = "--csv", paramLabel = "OUT", description = "also write the time series as CSV to OUT")
    Path csv;

    @Option(names = "--html", paramLabel = "OUT", description = "also write an HTML report with a chart to OUT")
    Path html;

    private final Services services;

    DrillCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (services.formats().projectFiles().hasSavedDrills(file)) {
            return runSaved(out, err);
        }
        DrillFile drillFile;
        try {
            drillFile = services.formats().drillReader().read(file, () -> WorldPopulation.of(services.geo()));
        } catch (ImportException e) {
            for (ImportProblem p : e.problems()) {
                err.println("error: " + p.describe());
            }
            return ScenarioFiles.INVALID_INPUT;
        }
        boolean errors = false;
        for (Problem p : services.validator().validate(drillFile.design())) {
            errors |= p.isError();
            err.println((p.isError() ? "error: " : "warning: ") + file + ": "
                    + ScenarioFiles.locate(drillFile.design(), p) + ": " + p.message() + " (" + p.code() + ")");
        }
        if (errors) {
            return ScenarioFiles.INVALID_INPUT;
        }
        if (name != null && !name.equals(drillFile.drill().name())) {
            err.println("error: " + file + ": the drill is named \"" + drillFile.drill().name() + "\", not \"" + name
                    + "\"");
            return ScenarioFiles.INVALID_INPUT;
        }
        DrillResult result = services.drillSimulator().run(drillFile.design(), drillFile.drill(), seed);
        try {
            if (csv != null) {
                AtomicFiles.write(csv, new DrillCsvWriter().write(result));
            }
            if (html != null) {
                AtomicFiles.write(html, new DrillHtmlWriter().write(file.toString(), result));
            }
        } catch (IOException e) {
            err.println("error: cannot write the export: " + e.getMessage());
            return ScenarioFiles.INVALID_INPUT;
        }
        if (json) {
            out.print(services.formats().drillReportWriter().write(file.toString(), result));
        } else {
            printText(out, result);
        }
        out.flush();
        return result.allAssertionsHold() ? 0 : ASSERTION_FAILED;
    }

    /** The drills a project or scenario file saves: all of them, or the one {@code --name} picks. */
    private int runSaved(PrintWriter out, PrintWriter err) {
        OpenedDesign opened;
        try {
            opened = services.formats().projectFiles().openWithCheckedDrills(file);
        } catch (ImportException e) {
            for (ImportProblem p : e.problems()) {
                err.println("error: " + p.describe());
            }
            return ScenarioFiles.INVALID_INPUT;
        }
        Design design = opened.document().design();
        boolean errors = false;
        for (Problem p : services.validator().validate(design)) {
            errors |= p.isError();
            err.println((p.isError() ? "error: " : "warning: ") + file + ": " + locate(opened, p) + ": "
                    + p.message() + " (" + p.code() + ")");
        }
        if (errors) {
            return ScenarioFiles.INVALID_INPUT;
        }
        List<Drill> drills = opened.document().drills();
        if (name != null) {
            drills = drills.stream().filter(d -> d.name().equals(name)).toList();
            if (drills.isEmpty()) {
                err.println("error: " + file + ": no saved drill is named \"" + name + "\"; the file has "
                        + opened.document().drills().stream().map(d -> "\"" + d.name() + "\"").toList());
                return ScenarioFiles.INVALID_INPUT;
            }
        }
        if (drills.isEmpty()) {
            err.println("error: " + file + ": $.drills: the file saves no drills (D1)");
            return ScenarioFiles.INVALID_INPUT;
        }
        if ((csv != null || html != null) && drills.size() > 1) {
            err.println("error: " + file + " saves " + drills.size() + " drills; pick the one to export with --name");
            return ScenarioFiles.INVALID_INPUT;
        }
        List<DrillResult> results = new ArrayList<>();
        for (Drill drill : drills) {
            results.add(services.drillSimulator().run(design, drill, seed));
        }
        if (drills.size() == 1) {
            try {
                export(results.get(0));
            } catch (IOException e) {
                err.println("error: cannot write the export: " + e.getMessage());
                return ScenarioFiles.INVALID_INPUT;
            }
        }
        if (json) {
            List<String> documents = new ArrayList<>();
            for (DrillResult r : results) {
                documents.add(services.formats().drillReportWriter().write(file.toString(), r).strip());
            }
            out.println("[" + String.join(",\n", documents) + "]");
        } else {
            for (DrillResult r : results) {
                printText(out, r);
            }
            long holding = results.stream().filter(DrillResult::allAssertionsHold).count();
            if (results.size() > 1) {
                out.println(results.size() + " drills: " + holding + " with every assertion holding, "
                        + (results.size() - holding) + " with a failing assertion");
            }
        }
        out.flush();
        return results.stream().allMatch(DrillResult::allAssertionsHold) ? 0 : ASSERTION_FAILED;
    }

    private void export(DrillResult result) throws IOException {
        if (csv != null) {
            AtomicFiles.write(csv, new DrillCsvWriter().write(result));
        }
        if (html != null) {
            AtomicFiles.write(html, new DrillHtmlWriter().write(file.toString(), result));
        }
    }

    /** The JSON path of what a validation problem concerns, in the file's own shape. */
    private static String locate(OpenedDesign opened, Problem problem) {
        Design design = opened.document().design();
        if (opened.kind() != OpenedDesign.Kind.PROJECT) {
            return ScenarioFiles.locate(design, problem);
        }
        if (problem.recordSet() != null) {
            for (int z = 0; z < design.zones().size(); z++) {
                List<RecordSet> sets = design.zones().get(z).recordSets();
                for (int i = 0; i < sets.size(); i++) {
                    if (sets.get(i).key().equals(problem.recordSet())) {
                        return "$.zones[" + z + "].ResourceRecordSets[" + i + "]";
                    }
                }
            }
        }
        return ScenarioFiles.locate(design, problem); // health checks sit at $.healthChecks[i] in both shapes
    }

    private void printText(PrintWriter out, DrillResult r) {
        out.println("Drill: " + r.drill().name() + " (" + file + ", seed " + r.seed() + ")");
        out.println("  " + r.drill().query().name().text() + " " + r.drill().query().type() + " for "
                + seconds(r.drill().durationSeconds()) + " in steps of " + seconds(r.drill().stepSeconds()) + "; "
                + r.drill().resolvers().count() + " resolvers, " + number(r.drill().queriesPerSecond())
                + " queries/s, " + r.drill().population().locations().size() + " locations ("
                + r.drill().population().source() + ")");
        KeyFigures f = r.figures();
        out.println("Key figures");
        line(out, "incident", f.incidentAt(), null);
        line(out, "detected", f.detectedAt(), f.duration(KeyFigures.Name.TIME_TO_DETECTION));
        out.println(String.format(Locale.ROOT, "  %-22s %s", "affected queries",
                number(f.affectedShare() * 100) + " %"));
        line(out, "50 % moved", f.moved50At(), f.duration(KeyFigures.Name.TIME_TO_50_PERCENT_MOVED));
        line(out, "99 % moved", f.moved99At(), f.duration(KeyFigures.Name.TIME_TO_99_PERCENT_MOVED));
        line(out, "full failover", f.fullFailoverAt(), f.duration(KeyFigures.Name.TIME_TO_FULL_FAILOVER));
        line(out, "restored", f.restoredAt(), null);
        line(out, "recovery detected", f.recoveryDetectedAt(), f.duration(KeyFigures.Name.TIME_TO_RECOVERY_DETECTION));
        line(out, "99 % back", f.back99At(), f.duration(KeyFigures.Name.TIME_TO_99_PERCENT_BACK));
        line(out, "fully back", f.fullyBackAt(), f.duration(KeyFigures.Name.TIME_TO_FULLY_BACK));
        out.println(String.format(Locale.ROOT, "  %-22s %d", "unhealthy queries", Math.round(r.unhealthyQueries())));
        List<HealthTimeline.StatusChange> changes = r.health().changes();
        if (!changes.isEmpty()) {
            out.println("Health changes");
            for (HealthTimeline.StatusChange c : changes) {
                out.println("  t=" + seconds(c.at()) + " " + c.healthCheckId() + " "
                        + (c.healthy() ? "healthy" : "unhealthy") + ": " + c.reason() + " (" + c.rule() + ")");
            }
        }
        int passed = 0;
        int failed = 0;
        for (AssertionOutcome o : r.outcomes()) {
            if (o.passed()) {
                passed++;
            } else {
                failed++;
            }
            out.println((o.passed() ? "PASS " : "FAIL ") + file + " " + o.assertion().label() + " " + o.detail());
        }
        out.println(passed + " passed, " + failed + " failed");
    }

    private static void line(PrintWriter out, String label, Double at, Double after) {
        String value = at == null ? "—" : "t=" + seconds(at) + (after == null ? "" : "  (+" + seconds(after) + ")");
        out.println(String.format(Locale.ROOT, "  %-22s %s", label, value));
    }

    private static String seconds(double value) {
        return number(value) + " s";
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
