package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.failoverstudio.domain.validate.Fixtures.GEO;
import static dev.failoverstudio.domain.validate.Fixtures.a;
import static dev.failoverstudio.domain.validate.Fixtures.aliasA;
import static dev.failoverstudio.domain.validate.Fixtures.design;
import static dev.failoverstudio.domain.validate.Fixtures.rs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** The validator as a whole: realistic designs pass, every problem is reported, in a stable order. */
class DesignValidatorTest {

    private final DesignValidator validator = new DesignValidator(GEO);

    /** R158: latency aliases (ETH on) to weighted groups whose records all carry health checks. */
    @Test
    void r158_latencyOverWeightedTreeFromTheDeveloperGuideIsClean() {
        String soa = "ns-1.awsdns-01.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400";
        List<Problem> problems = design().httpChecks("hc-1", "hc-2", "hc-3", "hc-4").with(
                rs("@", RecordType.SOA).ttl(900L).values(soa),
                rs("@", RecordType.NS).ttl(172800L).values("ns-1.awsdns-01.com.", "ns-2.awsdns-02.net."),
                a("us-east-1-www", "192.0.2.1").weighted("i-1", 10).healthCheck("hc-1"),
                a("us-east-1-www", "192.0.2.2").weighted("i-2", 10).healthCheck("hc-2"),
                a("ap-southeast-2-www", "192.0.2.3").weighted("i-3", 10).healthCheck("hc-3"),
                a("ap-southeast-2-www", "192.0.2.4").weighted("i-4", 10).healthCheck("hc-4"),
                aliasA("@", "us-east-1-www").latency("use1", "us-east-1"),
                aliasA("@", "ap-southeast-2-www").latency("apse2", "ap-southeast-2"),
                aliasA("www", "@").geo("default", GeoLocation.defaultLocation())).validate();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyProblemIsReportedInZoneThenCollectionThenHealthCheckOrder() {
        Design d = design().with(
                        a("www", "192.0.2.1").weighted("a", 300),
                        aliasA("api", "missing"),
                        rs("@", RecordType.CNAME).values("x.example.net."))
                .healthCheck(Fixtures.check("hc-1", new dev.failoverstudio.domain.model.CalculatedCheck(
                        List.of("ghost"), 1)))
                .build();
        List<Problem> problems = validator.validate(d);
        assertThat(problems).extracting(Problem::code).containsExactly("V20", "V33", "V41", "HV14");
        assertThat(validator.validate(d)).isEqualTo(problems);
    }

    @Test
    void describeGivesOneReadableLine() {
        Problem error = Problem.error("V20", ApiErrors.INVALID_INPUT,
                new RecordSetKey(DomainName.of("www.example.com"), RecordType.A, "eu"), "Weight 300 is outside 0 to 255");
        assertThat(error.describe()).isEqualTo("ERROR V20 InvalidInput www.example.com. A [eu]: Weight 300 is outside"
                + " 0 to 255");
        Problem warning = Problem.healthCheckWarning("HV10", "hc-1", "EnableSNI has no effect");
        assertThat(warning.describe()).isEqualTo("WARNING HV10 health check hc-1: EnableSNI has no effect");
        assertThat(Problem.warning("V8", null, "big zone").describe()).isEqualTo("WARNING V8: big zone");
    }

    @Test
    void problemsKeepTheirInvariants() {
        assertThatThrownBy(() -> Problem.error("V1", null, null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Problem("V1", "InvalidInput", Severity.WARNING, null, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Validated<>("value", List.of(Problem.error("V1", "InvalidInput", null, "x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void v20_exactlyTheOutOfRangeWeightsAreReported() {
        qt().forAll(longs().between(-1000, 1000)).checkAssert(weight -> {
            List<Problem> problems = design().with(a("www", "192.0.2.1").weighted("a", weight),
                    a("www", "192.0.2.2").weighted("b", 1)).validate();
            boolean inRange = weight >= 0 && weight <= 255;
            assertThat(problems).extracting(Problem::code).containsExactlyElementsOf(inRange ? List.of() : List.of("V20"));
        });
    }

    @Test
    void v23_anyTwoDifferentWeightedTtlsGiveOneWarningAndEqualOnesNone() {
        qt().forAll(longs().between(0, 172800), longs().between(0, 172800)).checkAssert((first, second) -> {
            List<Problem> problems = design().with(a("www", "192.0.2.1").weighted("a", 1).ttl(first),
                    a("www", "192.0.2.2").weighted("b", 1).ttl(second)).validate();
            assertThat(problems).hasSize(first.equals(second) ? 0 : 1)
                    .allSatisfy(p -> assertThat(p.code()).isEqualTo("V23"));
        });
    }
}
