package dev.failoverstudio.io.formats.changebatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.exchange.ExportedFile;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.io.formats.SampleDesigns;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeBatch;
import software.amazon.awssdk.services.route53.model.ChangeCidrCollectionRequest;
import software.amazon.awssdk.services.route53.model.CidrCollectionChangeAction;
import software.amazon.awssdk.services.route53.model.CreateHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.HealthCheckConfig;
import software.amazon.awssdk.services.route53.model.HealthCheckRegion;
import software.amazon.awssdk.services.route53.model.HealthCheckType;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.ResourceRecordSetFailover;
import software.amazon.awssdk.services.route53.model.ResourceRecordSetRegion;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real consumer of the change batch export: the AWS SDK for Java v2 Route 53 model (S2, S5). Every exported
 * member must be a member of the SDK model with the SDK's type, every enum must be one the SDK knows, and
 * nothing may be lost on the way into the SDK objects and back.
 */
class ChangeBatchSdkModelTest {

    private static final ObjectMapper MAPPER = ObjectMappers.create();

    static List<Path> samples() {
        return SampleDesigns.files();
    }

    private static JsonNode normalised(JsonNode node) throws Exception {
        return MAPPER.readTree(MAPPER.writeValueAsString(node)); // int and long nodes of equal value compare equal
    }

    @ParameterizedTest
    @MethodSource("samples")
    void s2_everyChangeBatchIsAnSdkChangeBatchWithEveryFieldKept(Path sample) throws Exception {
        Design design = SampleDesigns.design(sample);
        ExportResult result = new ChangeBatchExporter(MAPPER).export(design, ExportOptions.DEFAULT);
        int batches = 0;
        int matched = 0;
        for (ExportedFile file : result.files()) {
            JsonNode json = MAPPER.readTree(file.text());
            if (file.name().startsWith("change-batch")) {
                batches++;
                SdkModelJson sdk = new SdkModelJson();
                ChangeBatch batch = sdk.build(ChangeBatch::builder, json, file.name());
                assertThat(sdk.problems()).isEmpty();
                assertThat(normalised(SdkModelJson.toJson(batch))).isEqualTo(normalised(json));
                for (Change change : batch.changes()) {
                    assertThat(change.action()).isNotEqualTo(ChangeAction.UNKNOWN_TO_SDK_VERSION);
                    ResourceRecordSet r = change.resourceRecordSet();
                    assertThat(r.type()).isNotEqualTo(RRType.UNKNOWN_TO_SDK_VERSION);
                    if (r.failoverAsString() != null) {
                        assertThat(r.failover()).isNotEqualTo(ResourceRecordSetFailover.UNKNOWN_TO_SDK_VERSION);
                    }
                    if (r.regionAsString() != null) {
                        assertThat(r.region()).isNotEqualTo(ResourceRecordSetRegion.UNKNOWN_TO_SDK_VERSION);
                    }
                }
            } else if (file.name().startsWith("change-cidr-collection")) {
                SdkModelJson sdk = new SdkModelJson();
                ChangeCidrCollectionRequest request = sdk.build(ChangeCidrCollectionRequest::builder, json, file.name());
                assertThat(sdk.problems()).isEmpty();
                assertThat(normalised(SdkModelJson.toJson(request))).isEqualTo(normalised(json));
                assertThat(request.changes()).allSatisfy(c -> assertThat(c.action())
                        .isNotEqualTo(CidrCollectionChangeAction.UNKNOWN_TO_SDK_VERSION));
                matched++;
            } else if (file.name().startsWith("create-health-check")) {
                SdkModelJson sdk = new SdkModelJson();
                CreateHealthCheckRequest request = sdk.build(CreateHealthCheckRequest::builder, json, file.name());
                assertThat(sdk.problems()).isEmpty();
                assertThat(normalised(SdkModelJson.toJson(request))).isEqualTo(normalised(json));
                HealthCheckConfig config = request.healthCheckConfig();
                assertThat(config.type()).isNotEqualTo(HealthCheckType.UNKNOWN_TO_SDK_VERSION);
                assertThat(config.regions()).doesNotContain(HealthCheckRegion.UNKNOWN_TO_SDK_VERSION);
                matched++;
            } else {
                assertThat(file.name()).isEqualTo("health-check-references.json");
            }
        }
        assertThat(batches).isGreaterThanOrEqualTo(1);
        assertThat(matched).isEqualTo(design.healthChecks().size() + design.cidrCollections().size());
    }

    @org.junit.jupiter.api.Test
    void theSdkModelRejectsAMisspeltMember() throws Exception {
        JsonNode json = MAPPER.readTree("{\"Changes\": [{\"Action\": \"CREATE\", \"ResourceRecordSet\":"
                + " {\"Name\": \"a.example.com.\", \"Type\": \"A\", \"Ttl\": 60}}]}");
        SdkModelJson sdk = new SdkModelJson();
        sdk.build(ChangeBatch::builder, json, "$");
        assertThat(sdk.problems()).singleElement().asString().contains("Ttl");
    }
}
