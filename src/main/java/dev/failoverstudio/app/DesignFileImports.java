package dev.failoverstudio.app;

import dev.failoverstudio.dns.zonefile.ZoneFileException;
import dev.failoverstudio.dns.zonefile.ZoneFileImport;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.DesignGraph;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.validate.Change;
import dev.failoverstudio.domain.validate.ChangeBatch;
import dev.failoverstudio.domain.validate.Problem;
import dev.failoverstudio.domain.validate.Validated;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.formats.ImportFormat;
import dev.failoverstudio.io.formats.ImportFormatDetector;
import dev.failoverstudio.io.formats.cloudformation.CloudFormationImport;
import dev.failoverstudio.io.formats.project.ListOutputImport;
import dev.failoverstudio.io.formats.project.ProjectFiles;
import dev.failoverstudio.io.formats.trafficflow.TrafficFlowImport;
import dev.failoverstudio.ui.vm.DesignFileImporter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * File > Import over the readers the {@code import} command uses: the format is detected
 * ({@link ImportFormatDetector}), the file read by that format's reader, and the design laid out with the
 * {@link AutoLayout}. Where the command takes options the desktop fills them in: a change batch is applied to an
 * empty zone named after its record sets (as list output is), with the open design's health checks it refers to, a zone file takes its origin from the file, and a
 * Traffic Flow policy asks for its record name (suggested: the open design's zone apex). Problems of every reader
 * come back as an {@link ImportException}, each located (file, line or JSON path, rule). Thread-safe.
 */
public final class DesignFileImports implements DesignFileImporter {

    /** The TTL of a policy record, as {@code import --format traffic-flow} defaults it. */
    static final long POLICY_TTL = 60;
    private static final String TRAFFIC_FLOW_ZONE_ID = "ZTRAFFICFLOW";

    private final ExchangeFormats exchange;
    private final ProjectFiles projectFiles;
    private final ImportFormatDetector detector;
    private final AutoLayout autoLayout;

    public DesignFileImports(ExchangeFormats exchange, ProjectFiles projectFiles, ImportFormatDetector detector,
                             AutoLayout autoLayout) {
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.projectFiles = Objects.requireNonNull(projectFiles, "projectFiles");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.autoLayout = Objects.requireNonNull(autoLayout, "autoLayout");
    }

    @Override
    public Pending read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ImportFormat format = detector.detect(file.getFileName() == null ? "" : file.getFileName().toString(), text);
        return new PendingFile(file, text, format);
    }

    private final class PendingFile implements Pending {
        private final Path path;
        private final String file;
        private final String text;
        private final ImportFormat format;

        PendingFile(Path path, String text, ImportFormat format) {
            this.path = path;
            this.file = path.toString();
            this.text = text;
            this.format = format;
        }

        @Override
        public String formatTitle() {
            return format.title();
        }

        @Override
        public Optional<NameRequest> nameRequest(Design open) {
            if (format != ImportFormat.TRAFFIC_FLOW) {
                return Optional.empty();
            }
            String apex = open == null || open.zones().isEmpty() ? null : open.zones().get(0).origin().text();
            return Optional.of(new NameRequest("The record name the policy " + path.getFileName()
                    + " answers for (the policy record):", apex));
        }

        @Override
        public ImportedDesign finish(Design open, String name) throws ImportException {
            List<String> notes = new ArrayList<>();
            return switch (format) {
                case DESIGN_JSON -> new ImportedDesign(projectFiles.read(file, text), notes);
                case ZONE_FILE -> laidOut(zoneFile(notes), notes);
                case CLOUDFORMATION -> laidOut(cloudFormation(notes), notes);
                case TRAFFIC_FLOW -> laidOut(trafficFlow(name, notes), notes);
                case CHANGE_BATCH -> laidOut(changeBatch(open, notes), notes);
            };
        }

        private Design zoneFile(List<String> notes) throws ImportException {
            try {
                ZoneFileImport imported = exchange.zoneFileReader().read(file, text, null, null);
                notes.addAll(imported.warnings());
                return Design.of(imported.zone());
            } catch (ZoneFileException e) {
                throw new ImportException(e.problems().stream().map(this::zoneFileProblem).toList());
            }
        }

        /** {@code file:12: message} as a problem located at line 12 (RFC 1035 is the rule a zone file breaks). */
        private ImportProblem zoneFileProblem(String line) {
            String rest = line.startsWith(file + ":") ? line.substring(file.length() + 1) : line;
            int colon = rest.indexOf(':');
            if (colon > 0 && rest.substring(0, colon).chars().allMatch(Character::isDigit)) {
                return new ImportProblem(file, "line " + rest.substring(0, colon), "RFC 1035",
                        rest.substring(colon + 1).strip());
            }
            return new ImportProblem(file, "$", "RFC 1035", rest.strip());
        }

        private Design cloudFormation(List<String> notes) throws ImportException {
            CloudFormationImport imported = exchange.cloudFormationImporter().read(file, text, null);
            imported.notes().forEach(n -> notes.add(n.describe()));
            if (imported.design().zones().isEmpty()) {
                throw problem("$.Resources", null, "the template holds no Route 53 record set");
            }
            return imported.design();
        }

        private Design trafficFlow(String name, List<String> notes) throws ImportException {
            DomainName recordName;
            try {
                recordName = DomainName.of(name == null ? "" : name.strip());
            } catch (IllegalArgumentException e) {
                throw problem("$", null, "the policy record name '" + name + "' is not a DNS name: "
                        + e.getMessage());
            }
            TrafficFlowImport imported = exchange.trafficFlowImporter().read(file, text, TRAFFIC_FLOW_ZONE_ID,
                    recordName, POLICY_TTL);
            imported.notes().forEach(n -> notes.add(n.describe()));
            return Design.of(new HostedZone(TRAFFIC_FLOW_ZONE_ID, recordName, false, imported.recordSets()));
        }

        /**
         * The zone the batch builds when applied to an empty zone, checked as Route 53 checks it. The health
         * checks it refers to are looked up in the open design (they live outside the zone in Route 53 too);
         * one found nowhere is refused (V50) as Route 53 would.
         */
        private Design changeBatch(Design open, List<String> notes) throws ImportException {
            ChangeBatch batch = exchange.changeBatchReader().read(file, text);
            List<RecordSet> records = batch.changes().stream().map(Change::recordSet).toList();
            if (records.isEmpty()) {
                throw problem("$.Changes", "V1", "the change batch holds no change");
            }
            HostedZone zone = ListOutputImport.zoneFor(records);
            Set<String> referenced = new HashSet<>();
            records.forEach(r -> {
                if (r.healthCheckId() != null) {
                    referenced.add(r.healthCheckId());
                }
            });
            List<HealthCheck> checks = open == null ? List.of()
                    : open.healthChecks().stream().filter(c -> referenced.contains(c.id())).toList();
            Design empty = Design.of(zone).withHealthChecks(checks);
            Validated<HostedZone> applied = exchange.changeBatchApplier().apply(empty, zone.id(), batch);
            List<ImportProblem> errors = new ArrayList<>();
            for (Problem p : applied.problems()) {
                String what = (p.recordSet() == null ? "" : p.recordSet().describe() + ": ") + p.message();
                if (p.isError()) {
                    errors.add(new ImportProblem(file, "$.Changes", p.code(), what));
                } else {
                    notes.add(file + ": " + what + " (" + p.code() + ")");
                }
            }
            if (!applied.accepted()) {
                throw new ImportException(errors.isEmpty()
                        ? List.of(new ImportProblem(file, "$.Changes", null, "Route 53 would refuse this batch"))
                        : errors);
            }
            return empty.withZone(applied.value());
        }

        private ImportException problem(String where, String rule, String message) {
            return new ImportException(List.of(new ImportProblem(file, where, rule, message)));
        }
    }

    private ImportedDesign laidOut(Design design, List<String> notes) {
        return new ImportedDesign(new DesignDocument(design, autoLayout.arrange(DesignGraph.of(design),
                Layout.EMPTY)), notes);
    }
}
