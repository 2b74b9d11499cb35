package dev.failoverstudio.cli;

import dev.failoverstudio.io.AtomicFiles;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.exchange.DesignExporter;
import dev.failoverstudio.domain.exchange.ExportNote;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.exchange.ExportedFile;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.validate.ChangeAction;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.formats.changebatch.ChangeBatchExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code export}: a design in a format that deploys it elsewhere. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the design of a scenario file for deployment. Formats: change-batch (aws route53",
                "change-resource-record-sets input, create-health-check inputs, health-check references),",
                "cloudformation-yaml, cloudformation-json, terraform, traffic-flow (with --name), zone-file.",
                "Without --out a single file is printed; several files are shown one after the other",
                "(use --out DIR to write them). Notes on what the format cannot carry go to standard error.",
                "Exit status 2 when FILE cannot be read or the options do not fit the design."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "scenario file holding the design")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "F", description = "the export format")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "write the files into this directory")
    Path out;

    @Option(names = "--zone-id", paramLabel = "ID", description = "the hosted zone to export (default: the first)")
    String zoneId;

    @Option(names = "--action", paramLabel = "CREATE|UPSERT", defaultValue = "CREATE",
            description = "change-batch: the action of every change (default CREATE)")
    String action;

    @Option(names = "--from", paramLabel = "OLD",
            description = "change-batch: only the changes from the design in this scenario file to FILE's")
    Path from;

    @Option(names = "--name", paramLabel = "NAME",
            description = "traffic-flow: the record name whose tree becomes the policy")
    String name;

    private final Services services;

    ExportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DesignExporter exporter = services.exchange().exporter(format).orElse(null);
        if (exporter == null) {
            err.println("error: unknown format '" + format + "'; formats: " + services.exchange().exporters().stream()
                    .map(DesignExporter::id).collect(Collectors.joining(", ")));
            return ScenarioFiles.INVALID_INPUT;
        }
        if (!action.strip().equalsIgnoreCase("CREATE") && !action.strip().equalsIgnoreCase("UPSERT")) {
            err.println("error: --action must be CREATE or UPSERT, not '" + action + "'");
            return ScenarioFiles.INVALID_INPUT;
        }
        ExportResult result;
        try {
            Design design = services.formats().scenarioReader().read(file).design();
            ChangeAction changeAction = ChangeAction.valueOf(action.strip().toUpperCase(java.util.Locale.ROOT));
            if (from != null) {
                if (!format.equals(ChangeBatchExporter.ID)) {
                    err.println("error: --from works with --format change-batch only");
                    return ScenarioFiles.INVALID_INPUT;
                }
                Design before = services.formats().scenarioReader().read(from).design();
                result = services.exchange().changeBatch().exportDiff(before, design, zoneId);
            } else {
                ExportOptions options = new ExportOptions(zoneId, changeAction,
                        name == null ? null : DomainName.of(name));
                result = exporter.export(design, options);
            }
        } catch (ImportException e) {
            for (ImportProblem p : e.problems()) {
                err.println("error: " + p.describe());
            }
            return ScenarioFiles.INVALID_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ScenarioFiles.INVALID_INPUT;
        }
        for (ExportNote note : result.notes()) {
            err.println("note: " + note.describe());
        }
        if (out == null) {
            stdout.print(result.preview());
            if (result.files().size() > 1) {
                err.println("note: " + result.files().size() + " files shown one after the other; --out DIR writes"
                        + " each to its own file");
            }
            stdout.flush();
            return 0;
        }
        try {
            for (ExportedFile exported : result.files()) {
                Path target = out.resolve(exported.name());
                Files.createDirectories(target.toAbsolutePath().getParent());
                AtomicFiles.write(target, exported.text());
                stdout.println(out.resolve(exported.name()));
            }
        } catch (IOException e) {
            err.println("error: cannot write to " + out + ": " + e.getMessage());
            return ScenarioFiles.INVALID_INPUT;
        }
        stdout.flush();
        return 0;
    }
}
