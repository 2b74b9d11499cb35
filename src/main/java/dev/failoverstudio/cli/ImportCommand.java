package dev.failoverstudio.cli;

import dev.failoverstudio.io.AtomicFiles;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.dns.zonefile.ZoneFileException;
import dev.failoverstudio.dns.zonefile.ZoneFileImport;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.domain.validate.ChangeBatch;
import dev.failoverstudio.domain.validate.Problem;
import dev.failoverstudio.domain.validate.Validated;
import dev.failoverstudio.io.formats.cloudformation.CloudFormationImport;
import dev.failoverstudio.io.formats.trafficflow.TrafficFlowImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code import}: a design from another format, written as a scenario file (without queries). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a design and print it as a scenario file without queries, ready for validate,",
                "resolve and export. Formats: zone-file, route53 (list-resource-record-sets output, with --zone),",
                "cloudformation (YAML or JSON template), traffic-flow (policy document, with --name; compiled",
                "into plain alias record sets), change-batch (batches applied in order to an empty zone as Route 53",
                "would, with --zone). Notes go to standard error; exit status 2 when FILE cannot be",
                "imported, with every problem located (line or path) in the message."})
final class ImportCommand implements Callable<Integer> {

    static final List<String> FORMATS = List.of("zone-file", "route53", "cloudformation", "traffic-flow",
            "change-batch");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
    Path file;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "MORE",
            description = "change-batch: further batches, applied in order after FILE")
    List<Path> more = new ArrayList<>();

    @Option(names = "--format", required = true, paramLabel = "F", description = "one of ${COMPLETION-CANDIDATES}",
            completionCandidates = Formats.class)
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the scenario file here instead of printing it")
    Path out;

    @Option(names = {"--zone", "--origin"}, paramLabel = "ORIGIN", description = "the zone's origin (e.g. example.com.)")
    String zone;

    @Option(names = "--zone-id", paramLabel = "ID", description = "the zone's hosted zone ID")
    String zoneId;

    @Option(names = "--health-checks", paramLabel = "FILE",
            description = "route53: output of 'aws route53 list-health-checks'")
    Path healthChecks;

    @Option(names = "--name", paramLabel = "NAME", description = "traffic-flow: the policy record's name")
    String name;

    @Option(names = "--ttl", paramLabel = "SECONDS", defaultValue = "60",
            description = "traffic-flow: the policy record's TTL (default 60)")
    long ttl;

    private final Services services;

    ImportCommand(Services services) {
        this.services = services;
    }

    /** The format names for picocli's help. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(FORMATS);
        }
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Design design;
        List<String> notes = new ArrayList<>();
        try {
            DomainName origin = zone == null ? null : DomainName.of(zone);
            design = switch (format) {
                case "zone-file" -> zoneFile(origin, notes);
                case "route53" -> route53(origin);
                case "cloudformation" -> cloudFormation(origin, notes);
                case "traffic-flow" -> trafficFlow(origin, notes);
                case "change-batch" -> changeBatches(origin, notes, err);
                default -> {
                    err.println("error: unknown format '" + format + "'; formats: " + String.join(", ", FORMATS));
                    yield null;
                }
            };
        } catch (ImportException e) {
            for (ImportProblem p : e.problems()) {
                err.println("error: " + p.describe());
            }
            return ScenarioFiles.INVALID_INPUT;
        } catch (ZoneFileException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            return ScenarioFiles.INVALID_INPUT;
        } catch (NoSuchFileException e) {
            err.println("error: " + file + ": file not found");
            return ScenarioFiles.INVALID_INPUT;
        } catch (IOException e) {
            err.println("error: " + file + ": cannot read the file: " + e.getMessage());
            return ScenarioFiles.INVALID_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ScenarioFiles.INVALID_INPUT;
        }
        if (design == null) {
            return ScenarioFiles.INVALID_INPUT;
        }
        if (!more.isEmpty() && !format.equals("change-batch")) {
            err.println("error: only --format change-batch takes several files");
            return ScenarioFiles.INVALID_INPUT;
        }
        notes.forEach(n -> err.println("note: " + n));
        HostedZone hostedZone = design.zones().get(0);
        String text = services.exchange().scenarioWriter().write(design, hostedZone,
                "Imported from " + file.getFileName());
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return 0;
        }
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            AtomicFiles.write(out, text);
        } catch (IOException e) {
            err.println("error: cannot write " + out + ": " + e.getMessage());
            return ScenarioFiles.INVALID_INPUT;
        }
        return 0;
    }

    private String text() throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private Design zoneFile(DomainName origin, List<String> notes) throws IOException, ZoneFileException {
        ZoneFileImport imported = services.exchange().zoneFileReader().read(file.toString(), text(), origin, zoneId);
        notes.addAll(imported.warnings());
        return Design.of(imported.zone());
    }

    private Design cloudFormation(DomainName origin, List<String> notes) throws IOException, ImportException {
        CloudFormationImport imported = services.exchange().cloudFormationImporter().read(file.toString(), text(),
                origin);
        imported.notes().forEach(n -> notes.add(n.describe()));
        if (imported.design().zones().isEmpty()) {
            throw new IllegalArgumentException(file + ": the template holds no Route 53 record set");
        }
        return imported.design();
    }

    /**
     * The zone the batches build when applied in order to an empty zone, checked as Route 53 checks them; a
     * refused batch prints its problems (with their rule) and nothing is imported.
     */
    private Design changeBatches(DomainName origin, List<String> notes, PrintWriter err)
            throws IOException, ImportException {
        if (origin == null) {
            throw new IllegalArgumentException("--format change-batch needs --zone ORIGIN");
        }
        List<HealthCheck> checks = healthChecks == null ? List.of()
                : services.exchange().route53Reader().readHealthChecks(healthChecks);
        HostedZone zone = new HostedZone(zoneId == null ? "ZIMPORTED" : zoneId, origin, false, List.of());
        Design design = new Design(List.of(zone), checks, List.of(), ResourceCatalog.EMPTY, HealthSnapshot.EMPTY);
        List<Path> files = new ArrayList<>(List.of(file));
        files.addAll(more);
        for (Path batchFile : files) {
            ChangeBatch batch = services.exchange().changeBatchReader().read(batchFile.toString(),
                    Files.readString(batchFile, StandardCharsets.UTF_8));
            Validated<HostedZone> applied = services.exchange().changeBatchApplier().apply(design, zone.id(), batch);
            for (Problem p : applied.problems()) {
                String line = batchFile + ": " + (p.recordSet() == null ? "" : p.recordSet().describe() + ": ")
                        + p.message() + " (" + p.code() + ")";
                if (p.isError()) {
                    err.println("error: " + line);
                } else {
                    notes.add(line);
                }
            }
            if (!applied.accepted()) {
                return null;
            }
            design = design.withZone(applied.value());
        }
        return design;
    }

    /** The compiled policy in the zone {@code --zone} (default: the policy name itself). */
    private Design trafficFlow(DomainName origin, List<String> notes) throws IOException, ImportException {
        if (name == null) {
            throw new IllegalArgumentException("--format traffic-flow needs --name, the policy record's name");
        }
        DomainName recordName = DomainName.of(name);
        DomainName zoneOrigin = origin == null ? recordName : origin;
        if (!recordName.isAtOrBelow(zoneOrigin)) {
            throw new IllegalArgumentException("--name " + recordName.text() + " is not in the zone " + zoneOrigin.text());
        }
        String id = zoneId == null ? "ZTRAFFICFLOW" : zoneId;
        TrafficFlowImport imported = services.exchange().trafficFlowImporter().read(file.toString(), text(), id,
                recordName, ttl);
        imported.notes().forEach(n -> notes.add(n.describe()));
        return Design.of(new HostedZone(id, zoneOrigin, false, imported.recordSets()));
    }

    private Design route53(DomainName origin) throws ImportException {
        if (origin == null) {
            throw new IllegalArgumentException("--format route53 needs --zone ORIGIN");
        }
        List<RecordSet> records = services.exchange().route53Reader().readRecordSets(file);
        List<HealthCheck> checks = healthChecks == null ? List.of()
                : services.exchange().route53Reader().readHealthChecks(healthChecks);
        HostedZone hostedZone = new HostedZone(zoneId == null ? "ZIMPORTED" : zoneId, origin, false, records);
        return new Design(List.of(hostedZone), checks, List.of(), ResourceCatalog.EMPTY, HealthSnapshot.EMPTY);
    }
}
