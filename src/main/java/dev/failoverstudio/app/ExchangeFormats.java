package dev.failoverstudio.app;

import dev.failoverstudio.dns.zonefile.ZoneFileExporter;
import dev.failoverstudio.dns.zonefile.ZoneFileReader;
import dev.failoverstudio.domain.exchange.DesignExporter;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.validate.ChangeBatchApplier;
import dev.failoverstudio.io.formats.changebatch.ChangeBatchReader;
import dev.failoverstudio.io.formats.ExchangeFormatsIo;
import dev.failoverstudio.io.formats.Route53JsonReader;
import dev.failoverstudio.io.formats.ScenarioWriter;
import dev.failoverstudio.io.formats.changebatch.ChangeBatchExporter;
import dev.failoverstudio.io.formats.cloudformation.CloudFormationImporter;
import dev.failoverstudio.io.formats.trafficflow.TrafficFlowImporter;

import java.util.List;
import java.util.Optional;

/**
 * The export and import formats (issue "Export and import"): every {@link DesignExporter} in the order a File >
 * Export dialog lists them, and the readers the {@code import} command uses. Built once by {@link Services}.
 * Each exporter is a pure, thread-safe function from a design to files ({@link
 * dev.failoverstudio.domain.exchange.ExportResult#preview()} gives one text for a preview or the clipboard), and
 * throws IllegalArgumentException with the reason when the design or the options do not fit the format.
 */
public final class ExchangeFormats {

    private final ExchangeFormatsIo io;
    private final List<DesignExporter> exporters;
    private final ZoneFileReader zoneFileReader;
    private final ChangeBatchApplier changeBatchApplier;
    private final ChangeBatchReader changeBatchReader;

    private ExchangeFormats(ExchangeFormatsIo io, GeoTables geo) {
        this.io = io;
        this.exporters = List.of(io.changeBatch(), io.cloudFormationYaml(), io.cloudFormationJson(), io.terraform(),
                io.trafficFlow(), new ZoneFileExporter());
        this.zoneFileReader = new ZoneFileReader();
        this.changeBatchApplier = new ChangeBatchApplier(geo);
        this.changeBatchReader = io.changeBatchReader();
    }

    /** @param geo the geo tables the change batch applier validates locations with */
    public static ExchangeFormats create(GeoTables geo) {
        return new ExchangeFormats(ExchangeFormatsIo.create(), geo);
    }

    /** Reads change batch files (S2) for {@code import --format change-batch}. */
    public ChangeBatchReader changeBatchReader() {
        return changeBatchReader;
    }

    /** Applies imported change batches the way Route 53 would (V1–V9 and the design rules). */
    public ChangeBatchApplier changeBatchApplier() {
        return changeBatchApplier;
    }

    /** Every export format, for a format list in a dialog. */
    public List<DesignExporter> exporters() {
        return exporters;
    }

    /** The exporter whose {@link DesignExporter#id()} is {@code id}. */
    public Optional<DesignExporter> exporter(String id) {
        return exporters.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The change batch exporter, which also writes the diff between two designs. */
    public ChangeBatchExporter changeBatch() {
        return io.changeBatch();
    }

    public ZoneFileReader zoneFileReader() {
        return zoneFileReader;
    }

    public CloudFormationImporter cloudFormationImporter() {
        return io.cloudFormationImporter();
    }

    public TrafficFlowImporter trafficFlowImporter() {
        return io.trafficFlowImporter();
    }

    public Route53JsonReader route53Reader() {
        return io.route53Reader();
    }

    /** Writes an imported design as a scenario file without queries. */
    public ScenarioWriter scenarioWriter() {
        return io.scenarioWriter();
    }
}
