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
 * Export dialog lists them, and the readers the {@code import} command uses. Built once by {@link Services}; the
 * formats themselves are built on first use, so a window or a command that never imports or exports does not pay
 * for them. Thread-safe.
 * Each exporter is a pure, thread-safe function from a design to files ({@link
 * dev.failoverstudio.domain.exchange.ExportResult#preview()} gives one text for a preview or the clipboard), and
 * throws IllegalArgumentException with the reason when the design or the options do not fit the format.
 */
public final class ExchangeFormats {

    private final GeoTables geo;
    /** Built on first use: the YAML, CloudFormation, Terraform and zone-file machinery costs a window's startup. */
    private volatile Parts parts;

    private record Parts(ExchangeFormatsIo io, List<DesignExporter> exporters, ZoneFileReader zoneFileReader,
                         ChangeBatchApplier changeBatchApplier, ChangeBatchReader changeBatchReader) {
    }

    private ExchangeFormats(GeoTables geo) {
        this.geo = geo;
    }

    /** @param geo the geo tables the change batch applier validates locations with */
    public static ExchangeFormats create(GeoTables geo) {
        return new ExchangeFormats(geo);
    }

    private Parts parts() {
        Parts p = parts;
        if (p == null) {
            synchronized (this) {
                p = parts;
                if (p == null) {
                    ExchangeFormatsIo io = ExchangeFormatsIo.create();
                    p = new Parts(io, List.of(io.changeBatch(), io.cloudFormationYaml(), io.cloudFormationJson(),
                            io.terraform(), io.trafficFlow(), new ZoneFileExporter()), new ZoneFileReader(),
                            new ChangeBatchApplier(geo), io.changeBatchReader());
                    parts = p;
                }
            }
        }
        return p;
    }

    /** Reads change batch files (S2) for {@code import --format change-batch}. */
    public ChangeBatchReader changeBatchReader() {
        return parts().changeBatchReader();
    }

    /** Applies imported change batches the way Route 53 would (V1–V9 and the design rules). */
    public ChangeBatchApplier changeBatchApplier() {
        return parts().changeBatchApplier();
    }

    /** Every export format, for a format list in a dialog. */
    public List<DesignExporter> exporters() {
        return parts().exporters();
    }

    /** The exporter whose {@link DesignExporter#id()} is {@code id}. */
    public Optional<DesignExporter> exporter(String id) {
        return parts().exporters().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The change batch exporter, which also writes the diff between two designs. */
    public ChangeBatchExporter changeBatch() {
        return parts().io().changeBatch();
    }

    public ZoneFileReader zoneFileReader() {
        return parts().zoneFileReader();
    }

    public CloudFormationImporter cloudFormationImporter() {
        return parts().io().cloudFormationImporter();
    }

    public TrafficFlowImporter trafficFlowImporter() {
        return parts().io().trafficFlowImporter();
    }

    public Route53JsonReader route53Reader() {
        return parts().io().route53Reader();
    }

    /** Writes an imported design as a scenario file without queries. */
    public ScenarioWriter scenarioWriter() {
        return parts().io().scenarioWriter();
    }
}
