package dev.failoverstudio.cli;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.validate.Problem;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code validate}: the problems Route 53 would reject (errors) and the surprises (warnings). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"List the rule violations of a design: errors Route 53 would reject, warnings for designs it",
                "accepts but that surprise users. FILE is a scenario file, or with --zone the output of",
                "'aws route53 list-resource-record-sets'. Exits 1 when there is an error, 2 when FILE cannot be read."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "scenario file, or record sets with --zone")
    Path file;

    @Option(names = "--json", description = "print the problems as a JSON array")
    boolean json;

    @Option(names = "--zone", paramLabel = "ORIGIN", description = "FILE holds record sets of this zone (e.g. example.com.)")
    String zone;

    @Option(names = "--zone-id", paramLabel = "ID", defaultValue = "ZVALIDATE",
            description = "the zone's hosted zone ID, for in-zone alias targets (with --zone)")
    String zoneId;

    @Option(names = "--health-checks", paramLabel = "FILE",
            description = "output of 'aws route53 list-health-checks' (with --zone)")
    Path healthChecksFile;

    private final Services services;

    ValidateCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario;
        try {
            scenario = zone == null ? services.formats().scenarioReader().read(file) : fromListing();
        } catch (ImportException e) {
            for (ImportProblem p : e.problems()) {
                err.println("error: " + p.describe());
            }
            return ScenarioFiles.INVALID_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("error: --zone: " + e.getMessage());
            return ScenarioFiles.INVALID_INPUT;
        }
        List<Problem> problems = services.validator().validate(scenario.design());
        List<String> paths = new ArrayList<>();
        for (Problem p : problems) {
            paths.add(ScenarioFiles.locate(scenario, p));
        }
        if (json) {
            out.print(services.formats().problemsWriter().write(file.toString(), problems, paths));
        } else {
            for (int i = 0; i < problems.size(); i++) {
                Problem p = problems.get(i);
                out.println((p.isError() ? "ERROR   " : "WARNING ") + p.code() + " " + file + " " + paths.get(i)
                        + subject(p) + ": " + p.message());
            }
            long errors = problems.stream().filter(Problem::isError).count();
            out.println(errors + " error(s), " + (problems.size() - errors) + " warning(s)");
        }
        out.flush();
        return problems.stream().anyMatch(Problem::isError) ? 1 : 0;
    }

    private static String subject(Problem p) {
        if (p.recordSet() != null) {
            return " (" + p.recordSet().describe() + ")";
        }
        return p.healthCheckId() == null ? "" : " (health check " + p.healthCheckId() + ")";
    }

    private Scenario fromListing() throws ImportException {
        List<RecordSet> records = services.formats().route53Reader().readRecordSets(file);
        List<HealthCheck> checks = healthChecksFile == null ? List.of()
                : services.formats().route53Reader().readHealthChecks(healthChecksFile);
        HostedZone hostedZone = new HostedZone(zoneId, DomainName.of(zone), false, records);
        Design design = new Design(List.of(hostedZone), checks, List.of(), ResourceCatalog.EMPTY, HealthSnapshot.EMPTY);
        return new Scenario(file.getFileName().toString(), null, design, List.of());
    }
}
