package dev.failoverstudio.cli;

import dev.failoverstudio.io.AtomicFiles;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.drill.AssertionOutcome;
import dev.failoverstudio.domain.drill.DrillResult;
import dev.failoverstudio.domain.drill.HealthTimeline;
import dev.failoverstudio.domain.drill.KeyFigures;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.validate.Problem;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code drill FILE}: runs a what-if drill, prints its key figures and assertions; exit 0 only when all hold. */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = {"Run a what-if failure drill file over time.",
                "Prints the key figures (detection, 50 %/99 %/full failover, recovery) and PASS/FAIL per assertion;",
                "exits 0 when every assertion holds, 1 when one fails, 2 when the file cannot be used."})
final class DrillCommand implements Callable<Integer> {

    static final int ASSERTION_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", description = "drill file")
    Path file;

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
