package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.io.formats.changebatch.ChangeBatchExporter;
import dev.failoverstudio.io.formats.changebatch.ChangeBatchReader;
import dev.failoverstudio.io.formats.cloudformation.CloudFormationExporter;
import dev.failoverstudio.io.formats.cloudformation.CloudFormationImporter;
import dev.failoverstudio.io.formats.terraform.TerraformExporter;
import dev.failoverstudio.io.formats.trafficflow.TrafficFlowExporter;
import dev.failoverstudio.io.formats.trafficflow.TrafficFlowImporter;
import dev.failoverstudio.io.json.ObjectMappers;

/**
 * The export and import formats of the {@code io} layer, sharing one configured mapper, so the composition root
 * can assemble them without seeing Jackson.
 */
public record ExchangeFormatsIo(ChangeBatchExporter changeBatch, CloudFormationExporter cloudFormationYaml,
                                CloudFormationExporter cloudFormationJson, TerraformExporter terraform,
                                TrafficFlowExporter trafficFlow, CloudFormationImporter cloudFormationImporter,
                                TrafficFlowImporter trafficFlowImporter, Route53JsonReader route53Reader,
                                ScenarioWriter scenarioWriter, ChangeBatchReader changeBatchReader) {

    public static ExchangeFormatsIo create() {
        ObjectMapper json = ObjectMappers.create();
        return new ExchangeFormatsIo(new ChangeBatchExporter(json), new CloudFormationExporter(json, true),
                new CloudFormationExporter(json, false), new TerraformExporter(), new TrafficFlowExporter(json),
                new CloudFormationImporter(json), new TrafficFlowImporter(json), new Route53JsonReader(json),
                new ScenarioWriter(json), new ChangeBatchReader(json));
    }
}
