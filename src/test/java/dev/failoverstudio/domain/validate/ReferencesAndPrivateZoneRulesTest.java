package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.failoverstudio.domain.validate.Fixtures.a;
import static dev.failoverstudio.domain.validate.Fixtures.aliasA;
import static dev.failoverstudio.domain.validate.Fixtures.design;
import static dev.failoverstudio.domain.validate.Fixtures.rs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Health-check references, private zones and traffic-policy records: V50–V53 and R62. */
class ReferencesAndPrivateZoneRulesTest {

    @Test
    void v50_referencedHealthCheckMustExist() {
        assertThat(design().httpChecks("hc-1").with(a("www", "192.0.2.1").weighted("a", 1).healthCheck("hc-1"),
                a("www", "192.0.2.2").weighted("b", 1).healthCheck("hc-1")).validate()).isEmpty();

        List<Problem> problems = design().with(a("www", "192.0.2.1").weighted("a", 1).healthCheck("hc-404"),
                a("www", "192.0.2.2").weighted("b", 1).healthCheck("x".repeat(65))).validate();
        assertThat(problems).extracting(Problem::code, Problem::apiError).containsExactly(
                tuple("V50", "NoSuchHealthCheck"), tuple("V50", "InvalidInput"));
        assertThat(problems.get(0).message()).isEqualTo("No health check found with ID hc-404 (referenced by"
                + " www.example.com. A [a])");
        assertThat(problems.get(1).message()).contains("longer than 64 characters");
    }

    @Test
    void v51_healthCheckOnAnAliasIsAWarning() {
        List<Problem> problems = design().httpChecks("hc-1", "hc-2").with(
                a("web", "192.0.2.1").weighted("x", 1).healthCheck("hc-2"),
                aliasA("www", "web").weighted("a", 1).healthCheck("hc-1"),
                a("www", "192.0.2.9").weighted("b", 1).healthCheck("hc-2")).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("V51", Severity.WARNING));
        assertThat(problems.get(0).message()).contains("R48");
    }

    @Test
    void r62_healthCheckOnASimpleRecordSetIsWarnedUnlessAnEvaluatingAliasLooksAtIt() {
        List<Problem> lone = design().httpChecks("hc-1").with(a("www", "192.0.2.1").healthCheck("hc-1")).validate();
        assertThat(lone).extracting(Problem::code, Problem::severity).containsExactly(tuple("R62", Severity.WARNING));
        assertThat(lone.get(0).message()).contains("never changes the answer");

        assertThat(design().httpChecks("hc-1", "hc-2").with(
                a("blue", "192.0.2.1").healthCheck("hc-1"), a("green", "192.0.2.2").healthCheck("hc-2"),
                aliasA("www", "blue").primary("p"), aliasA("www", "green").secondary("s")).validate()).isEmpty();
    }

    @Test
    void v52_privateZonesRefuseGeoproximityIpBasedHealthChecksOnSimpleRecordsAndCloudFront() {
        String distribution = "d111111abcdef8.cloudfront.net.";
        List<Problem> problems = design().privateZone().httpChecks("hc-1")
                .resource(distribution, AwsResourceKind.CLOUDFRONT).with(
                        a("geo", "192.0.2.1").geoproximity("g", new GeoProximityLocation("us-east-1", null, null, null,
                                null)),
                        a("simple", "192.0.2.2").healthCheck("hc-1"),
                        rs("cdn", RecordType.A).alias("Z2FDTNDATAQYW2", distribution, false)).validate();
        assertThat(problems).extracting(Problem::code, p -> p.recordSet().name().text(), Problem::apiError)
                .containsExactly(
                        tuple("V52", "geo.example.com.", "InvalidChangeBatch"),
                        tuple("V52", "simple.example.com.", "InvalidChangeBatch"),
                        tuple("V52", "cdn.example.com.", "InvalidChangeBatch"));
        assertThat(problems.get(0).message()).isEqualTo("Geoproximity routing is not available in private hosted zone"
                + " example.com. (geo.example.com. A [g])");
        assertThat(problems.get(2).message()).contains("targets CloudFront");
    }

    @Test
    void v52_privateZonesAcceptTheSupportedPoliciesWithHealthChecks() {
        assertThat(design().privateZone().httpChecks("hc-1", "hc-2").with(
                a("www", "192.0.2.1").latency("a", "us-east-1").healthCheck("hc-1"),
                a("www", "192.0.2.2").latency("b", "eu-west-1").healthCheck("hc-2")).validate()).isEmpty();
    }

    @Test
    void v53_trafficPolicyRecordsArePointedOut() {
        List<Problem> problems = design().with(rs("www", RecordType.A).trafficPolicy("tp-123")).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("V53", Severity.WARNING));
        assertThat(problems.get(0).message()).contains("traffic policy instance tp-123");
    }
}
