package dev.failoverstudio.io.formats.trafficflow;

import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Traffic policy documents compiled into plain alias trees (TF20), and what TF21 refuses. */
class TrafficFlowImportTest {

    private static final DomainName WWW = DomainName.of("www.example.com.");
    private final TrafficFlowImporter importer = new TrafficFlowImporter(ObjectMappers.create());

    /** The worked example TF23, with weights and a flag written as strings (TF16). */
    private static final String TF23 = """
            {
              "AWSPolicyFormatVersion": "2015-10-01",
              "RecordType": "A",
              "StartRule": "by-latency",
              "Endpoints": {
                "use1-a": {"Type": "value", "Value": "192.0.2.11"},
                "use1-b": {"Type": "value", "Value": "192.0.2.12"},
                "apse2-a": {"Type": "value", "Value": "198.51.100.21"},
                "apse2-b": {"Type": "value", "Value": "198.51.100.22"},
                "unused": {"Type": "value", "Value": "203.0.113.9"}
              },
              "Rules": {
                "by-latency": {"RuleType": "latency", "Regions": [
                  {"Region": "us-east-1", "RuleReference": "use1-pool", "EvaluateTargetHealth": true},
                  {"Region": "ap-southeast-2", "RuleReference": "apse2-pool", "EvaluateTargetHealth": "false"}]},
                "use1-pool": {"RuleType": "weighted", "Items": [
                  {"EndpointReference": "use1-a", "Weight": 3, "HealthCheck": "hc-use1-a"},
                  {"EndpointReference": "use1-b", "Weight": "1", "HealthCheck": "hc-use1-b"}]},
                "apse2-pool": {"RuleType": "weighted", "Items": [
                  {"EndpointReference": "apse2-a", "Weight": 1, "HealthCheck": "hc-apse2-a"},
                  {"EndpointReference": "apse2-b", "Weight": 1, "HealthCheck": "hc-apse2-b"}]}
              }
            }
            """;

    @Test
    void tf20_theWorkedExampleBecomesALatencyGroupAliasingToGeneratedWeightedGroups() throws Exception {
        TrafficFlowImport imported = importer.read("tf23.json", TF23, "Z1", WWW, 60);
        DomainName use1 = DomainName.of("_tf-use1-pool.www.example.com.");
        DomainName apse2 = DomainName.of("_tf-apse2-pool.www.example.com.");
        assertThat(imported.recordSets()).containsExactlyInAnyOrder(
                new RecordSet(WWW, RecordType.A, "us-east-1", new LatencyRouting("us-east-1"), null, List.of(),
                        new AliasTarget("Z1", use1, true), null, null),
                new RecordSet(WWW, RecordType.A, "ap-southeast-2", new LatencyRouting("ap-southeast-2"), null,
                        List.of(), new AliasTarget("Z1", apse2, false), null, null),
                new RecordSet(use1, RecordType.A, "use1-pool-1", new WeightedRouting(3), 60L, List.of("192.0.2.11"),
                        null, "hc-use1-a", null),
                new RecordSet(use1, RecordType.A, "use1-pool-2", new WeightedRouting(1), 60L, List.of("192.0.2.12"),
                        null, "hc-use1-b", null),
                new RecordSet(apse2, RecordType.A, "apse2-pool-1", new WeightedRouting(1), 60L,
                        List.of("198.51.100.21"), null, "hc-apse2-a", null),
                new RecordSet(apse2, RecordType.A, "apse2-pool-2", new WeightedRouting(1), 60L,
                        List.of("198.51.100.22"), null, "hc-apse2-b", null));
        assertThat(imported.notes()).extracting(ImportProblem::jsonPath).containsExactly("$.Endpoints.unused");
    }

    @Test
    void tf21_brokenReferencesCyclesAndUnknownMembersAreLocated() {
        String document = """
                {
                  "AWSPolicyFormatVersion": "2015-10-01",
                  "RecordType": "A",
                  "StartRule": "a",
                  "Endpoints": {"e": {"Type": "value", "Value": "192.0.2.1", "Weigth": 3}},
                  "Rules": {
                    "a": {"RuleType": "failover",
                          "Primary": {"RuleReference": "b"},
                          "Secondary": {"EndpointReference": "nope"}},
                    "b": {"RuleType": "weighted", "Items": [{"RuleReference": "a", "Weight": 1},
                                                           {"EndpointReference": "e"}]}
                  }
                }
                """;
        assertThatThrownBy(() -> importer.read("bad.json", document, "Z1", WWW, 60))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::jsonPath).containsExactlyInAnyOrder(
                                "$.Rules.b.Items[0].RuleReference",
                                "$.Rules.b.Items[1]",
                                "$.Endpoints.e.Weigth",
                                "$.Rules.a.Secondary.EndpointReference"));
    }

    @Test
    void tf3_loadBalancerEndpointsCannotBeCompiledWithoutTheirZoneId() {
        String document = """
                {"AWSPolicyFormatVersion": "2015-10-01", "RecordType": "A", "StartEndpoint": "lb",
                 "Endpoints": {"lb": {"Type": "elastic-load-balancer", "Value": "my-lb-1.us-east-1.elb.amazonaws.com"}}}
                """;
        assertThatThrownBy(() -> importer.read("lb.json", document, "Z1", WWW, 60))
                .isInstanceOf(ImportException.class).hasMessageContaining("$.Endpoints.lb.Type");
    }
}
