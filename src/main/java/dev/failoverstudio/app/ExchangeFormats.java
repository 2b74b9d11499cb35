package dev.failoverstudio.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.dns.zonefile.ZoneFileExporter;
import dev.failoverstudio.dns.zonefile.ZoneFileReader;
import dev.failoverstudio.domain.exchange.DesignExporter;
import dev.failoverstudio.io.formats.Route53JsonReader;
import dev.failoverstudio.io.formats.ScenarioWriter;
import dev.failoverstudio.io.formats.changebatch.ChangeBatchExporter;
import dev.failoverstudio.io.formats.cloudformation.CloudFormationExporter;
import dev.failoverstudio.io.formats.cloudformation.CloudFormationImporter;
import dev.failoverstudio.io.formats.terraform.TerraformExporter;
import dev.failoverstudio.io.formats.trafficflow.TrafficFlowExporter;
import dev.failoverstudio.io.formats.trafficflow.TrafficFlowImporter;
import dev.failoverstudio.io.json.ObjectMappers;

import java.util.List;
import java.util.Optional;

/**
 * The export and import formats (issue "Export and import"): every {@link DesignExporter} in the order a File >
 * Export dialog lists them, and the readers the {@code import} command uses. Built once by {@link Services}.
 * Each exporter is a pure, thread-safe function from a design to files, so a dialog can preview and copy its
 * output.
 */
public final class ExchangeFormats {

    private final ChangeBatchExporter changeBatch;
    private final List<DesignExporter> exporters;
    private final ZoneFileReader zoneFileReader;
    private final CloudFormationImporter cloudFormationImporter;
    private final TrafficFlowImporter trafficFlowImporter;
    private final Route53JsonReader route53Reader;
    private final ScenarioWriter scenarioWriter;

    private ExchangeFormats(ObjectMapper json) {
        this.changeBatch = new ChangeBatchExporter(json);
        this.exporters = List.of(changeBatch, new CloudFormationExporter(json, true),
                new CloudFormationExporter(json, false), new TerraformExporter(), new TrafficFlowExporter(json), new ZoneFileExporter());
        this.zoneFileReader = new ZoneFileReader();
        this.cloudFormationImporter = new CloudFormationImporter(json);
        this.trafficFlowImporter = new TrafficFlowImporter(json);
        this.route53Reader = new Route53JsonReader(json);
        this.scenarioWriter = new ScenarioWriter(json);
    }

    public static ExchangeFormats create() {
        return new ExchangeFormats(ObjectMappers.create());
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
        return changeBatch;
    }

    public ZoneFileReader zoneFileReader() {
        return zoneFileReader;
    }

    public CloudFormationImporter cloudFormationImporter() {
        return cloudFormationImporter;
    }

    public TrafficFlowImporter trafficFlowImporter() {
        return trafficFlowImporter;
    }

    public Route53JsonReader route53Reader() {
        return route53Reader;
    }

    /** Writes an imported design as a scenario file without queries. */
    public ScenarioWriter scenarioWriter() {
        return scenarioWriter;
    }
}
