package dev.failoverstudio.io.formats.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.io.formats.SampleDesigns;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.route53.model.AliasTarget;
import software.amazon.awssdk.services.route53.model.HealthCheckConfig;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs on every machine (unlike {@link CloudFormationLintTest}): the properties of exported record sets and
 * health check configurations are members of the AWS SDK v2 Route 53 model shapes they deploy to, apart from the
 * few that only CloudFormation has ({@code HostedZoneId}/{@code HostedZoneName} on a record set).
 */
class CloudFormationSdkShapeTest {

    private static final ObjectMapper MAPPER = ObjectMappers.create();

    static List<Path> samples() {
        return SampleDesigns.files();
    }

    private static Set<String> members(SdkPojo builder) {
        return builder.sdkFields().stream().map(SdkField::memberName).collect(Collectors.toSet());
    }

    private static void assertMembers(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            assertThat(allowed).as(where + "." + name).contains(name);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void propertiesAreSdkModelMembers(Path sample) throws Exception {
        String json = new CloudFormationExporter(MAPPER, false).export(SampleDesigns.design(sample),
                ExportOptions.DEFAULT).main().text();
        JsonNode resources = MAPPER.readTree(json).get("Resources");
        Set<String> recordSet = members(ResourceRecordSet.builder());
        Set<String> alias = members(AliasTarget.builder());
        Set<String> config = members(HealthCheckConfig.builder());
        int checked = 0;
        for (JsonNode resource : resources) {
            JsonNode properties = resource.get("Properties");
            if (resource.get("Type").asText().equals(CfnNames.RECORD_SET_GROUP)) {
                for (JsonNode r : properties.get("RecordSets")) {
                    assertMembers(r, recordSet, "RecordSet");
                    if (r.has("AliasTarget")) {
                        assertMembers(r.get("AliasTarget"), alias, "AliasTarget");
                    }
                    checked++;
                }
            } else if (resource.get("Type").asText().equals(CfnNames.HEALTH_CHECK)) {
                assertMembers(properties.get("HealthCheckConfig"), config, "HealthCheckConfig");
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }
}
