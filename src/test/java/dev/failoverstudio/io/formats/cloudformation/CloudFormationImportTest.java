package dev.failoverstudio.io.formats.cloudformation;

import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-written templates: intrinsic functions in both forms, and what cannot be resolved, located by path. */
class CloudFormationImportTest {

    private final CloudFormationImporter importer = new CloudFormationImporter(ObjectMappers.create());

    private static final String TEMPLATE = String.join("\n",
            "AWSTemplateFormatVersion: '2010-09-09'",
            "Parameters:",
            "  Zone: {Type: String, Default: Z123}",
            "  Domain: {Type: String, Default: example.com}",
            "Resources:",
            "  Check:",
            "    Type: AWS::Route53::HealthCheck",
            "    Properties:",
            "      HealthCheckConfig:",
            "        Type: HTTPS",
            "        FullyQualifiedDomainName: !Sub 'origin.${Domain}'",
            "        Port: 443",
            "  Bucket:",
            "    Type: AWS::S3::Bucket",
            "  Www:",
            "    Type: AWS::Route53::RecordSetGroup",
            "    Properties:",
            "      HostedZoneId: !Ref Zone",
            "      Comment: made by hand",
            "      RecordSets:",
            "        - Name: !Join ['.', [www, !Ref Domain]]",
            "          Type: A",
            "          SetIdentifier: blue",
            "          Weight: '10'",
            "          AliasTarget: {HostedZoneId: !Ref Zone, DNSName: !Sub 'blue.${Domain}', EvaluateTargetHealth: true}",
            "          HealthCheckId: !GetAtt Check.HealthCheckId",
            "        - Name: !Sub",
            "            - 'blue.${D}'",
            "            - D: !Ref Domain",
            "          Type: A",
            "          TTL: 60",
            "          ResourceRecords: [192.0.2.1]",
            "          HealthCheckId: {Ref: Check}",
            "");

    @Test
    void refSubJoinGetAttInShortAndLongFormAreResolved() throws Exception {
        CloudFormationImport imported = importer.read("t.yaml", TEMPLATE, DomainName.of("example.com"));
        HostedZone zone = imported.design().zones().get(0);
        assertThat(zone.id()).isEqualTo("Z123");
        assertThat(zone.recordSets()).containsExactly(
                new RecordSet(DomainName.of("www.example.com"), dev.failoverstudio.domain.model.RecordType.A, "blue",
                        new WeightedRouting(10), null, java.util.List.of(),
                        new AliasTarget("Z123", DomainName.of("blue.example.com"), true), "Check", null),
                RecordSet.simple("blue.example.com", dev.failoverstudio.domain.model.RecordType.A, 60, "192.0.2.1")
                        .withHealthCheckId("Check"));
        assertThat(imported.design().healthChecks()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo("Check"));
        assertThat(imported.notes()).extracting(ImportProblem::jsonPath)
                .containsExactly("$.Resources.Bucket", "$.Resources.Www.Properties.Comment");
    }

    @Test
    void whatCannotBeResolvedOfflineIsReportedWithItsPath() {
        String template = String.join("\n",
                "Resources:",
                "  Www:",
                "    Type: AWS::Route53::RecordSet",
                "    Properties:",
                "      HostedZoneName: example.com.",
                "      Name: www.example.com.",
                "      Type: A",
                "      Region: !Ref AWS::Region",
                "      SetIdentifier: !If [IsProd, prod, test]",
                "      TTL: 60",
                "      Tll: 60",
                "      ResourceRecords: [!GetAtt Lb.DNSName]",
                "  Lb:",
                "    Type: AWS::ElasticLoadBalancingV2::LoadBalancer",
                "");
        assertThatThrownBy(() -> importer.read("bad.yaml", template, null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::jsonPath).containsExactlyInAnyOrder(
                                "$.Resources.Www.Properties.Tll",
                                "$.Resources.Www.Properties.Region.Ref",
                                "$.Resources.Www.Properties.SetIdentifier['Fn::If']",
                                "$.Resources.Www.Properties.ResourceRecords[0]['Fn::GetAtt']"));
    }

    @Test
    void anUnknownPropertyIsAnErrorNotDroppedSilently() {
        String template = String.join("\n",
                "Resources:",
                "  Www:",
                "    Type: AWS::Route53::RecordSet",
                "    Properties: {HostedZoneName: example.com., Name: www.example.com., Type: A, TTL: 60,",
                "                 Tll: 60, ResourceRecords: [192.0.2.1]}",
                "");
        assertThatThrownBy(() -> importer.read("typo.yaml", template, null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.jsonPath()).isEqualTo("$.Resources.Www.Properties.Tll");
                            assertThat(p.message()).contains("unknown property");
                        }));
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        assertThatThrownBy(() -> importer.read("broken.yaml", "Resources:\n  A: [unclosed\n", null))
                .isInstanceOf(ImportException.class).hasMessageContaining("broken.yaml").hasMessageContaining("line");
    }
}
