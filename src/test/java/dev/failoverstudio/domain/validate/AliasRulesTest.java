package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.failoverstudio.domain.validate.Fixtures.a;
import static dev.failoverstudio.domain.validate.Fixtures.aliasA;
import static dev.failoverstudio.domain.validate.Fixtures.design;
import static dev.failoverstudio.domain.validate.Fixtures.rs;
import static dev.failoverstudio.domain.validate.Fixtures.single;
import static dev.failoverstudio.domain.validate.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Aliases, record trees and CNAME coexistence: V32–V41, R46, R47, R143, C9. */
class AliasRulesTest {

    private static final String CLOUDFRONT = "Z2FDTNDATAQYW2";
    private static final String DISTRIBUTION = "d111111abcdef8.cloudfront.net.";
    private static final String ELB_ZONE = "Z35SXDOTRQ7X7K";
    private static final String ELB = "my-lb-1234.us-east-1.elb.amazonaws.com.";
    private static final String S3_ZONE = "Z3AQBSTGFYJSTF";

    @Test
    void v32_aliasCarriesNeitherTtlNorValuesAndIsNeverNsOrSoa() {
        assertThat(design().with(a("web", "192.0.2.1"), aliasA("www", "web")).validate()).isEmpty();

        List<Problem> problems = design().with(a("web", "192.0.2.1"),
                aliasA("www", "web").ttl(300L),
                rs("sub", RecordType.NS).inZoneAlias("web", false),
                rs("long", RecordType.A).alias("Z".repeat(33), "x.example.net.", false)).validate();
        assertThat(withCode(problems, "V32")).extracting(p -> p.recordSet().name().text(), Problem::apiError)
                .containsExactly(
                        tuple("www.example.com.", "InvalidInput"),
                        tuple("sub.example.com.", "InvalidChangeBatch"),
                        tuple("long.example.com.", "InvalidInput"));
        assertThat(withCode(problems, "V32").get(0).message()).contains("cannot have a TTL");
        assertThat(withCode(problems, "V32").get(2).message()).contains("1 to 32 characters");
    }

    @Test
    void v33_aliasToMissingTargetIsRejectedWithTheObservedMessage() {
        List<Problem> problems = design().with(aliasA("www", "web")).validate();
        assertThat(problems).extracting(Problem::code, Problem::apiError).containsExactly(tuple("V33", "InvalidChangeBatch"));
        assertThat(problems.get(0).message()).isEqualTo("Tried to create an alias that targets web.example.com., type A"
                + " in zone Z3M3LMPEXAMPLE, but that target was not found");
    }

    @Test
    void v33_targetOfAnotherTypeDoesNotCount() {
        List<Problem> problems = design().with(rs("web", RecordType.AAAA).values("2001:db8::1"), aliasA("www", "web"))
                .validate();
        assertThat(single(problems, "V33").message()).contains("but that target was not found");
    }

    @Test
    void v33_targetNameOutsideTheZoneIsRejectedWithTheObservedMessage() {
        List<Problem> problems = design().with(aliasA("www", "web.example.org.")).validate();
        assertThat(single(problems, "V33").message()).isEqualTo("Tried to create an alias that targets"
                + " web.example.org., type A in zone Z3M3LMPEXAMPLE, but the alias target name does not lie within the"
                + " target zone");
    }

    @Test
    void r143_aliasIntoAnotherHostedZoneOfTheDesignIsRejected() {
        HostedZone other = new HostedZone("ZOTHER", DomainName.of("example.net"), false, List.of());
        List<Problem> problems = design().otherZone(other)
                .with(rs("www", RecordType.A).alias("ZOTHER", "web.example.net.", false)).validate();
        assertThat(problems).extracting(Problem::code).containsExactly("R143");
        assertThat(problems.get(0).message()).contains("targets hosted zone ZOTHER (example.net.)");
    }

    @Test
    void c9_resourceAliasMissingFromTheCatalogIsReportedNotGuessed() {
        List<Problem> problems = design().with(rs("www", RecordType.A).alias(ELB_ZONE, ELB, true)).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("C9", Severity.WARNING));
        assertThat(problems.get(0).message()).contains(ELB).contains("not in the resource catalog");

        assertThat(design().resource(ELB, AwsResourceKind.APPLICATION_LOAD_BALANCER)
                .with(rs("www", RecordType.A).alias(ELB_ZONE, ELB, true)).validate()).isEmpty();
    }

    @Test
    void v34_cloudFrontNeverEvaluatesTargetHealth() {
        Fixtures.DesignBuilder d = design().resource(DISTRIBUTION, AwsResourceKind.CLOUDFRONT);
        assertThat(d.with(rs("www", RecordType.A).alias(CLOUDFRONT, DISTRIBUTION, false)).validate()).isEmpty();

        List<Problem> problems = design().resource(DISTRIBUTION, AwsResourceKind.CLOUDFRONT)
                .with(rs("www", RecordType.A).alias(CLOUDFRONT, DISTRIBUTION, true)).validate();
        assertThat(problems).extracting(Problem::code, Problem::apiError).containsExactly(tuple("V34", "InvalidChangeBatch"));
        assertThat(problems.get(0).message()).contains("Evaluate Target Health must be false for CloudFront");
    }

    @Test
    void v34_failoverPairCannotPointBothRolesAtCloudFront() {
        String other = "d222222abcdef8.cloudfront.net.";
        List<Problem> problems = design().httpChecks("hc-1")
                .resource(DISTRIBUTION, AwsResourceKind.CLOUDFRONT).resource(other, AwsResourceKind.CLOUDFRONT)
                .with(rs("www", RecordType.A).alias(CLOUDFRONT, DISTRIBUTION, false).primary("p").healthCheck("hc-1"),
                        rs("www", RecordType.A).alias(CLOUDFRONT, other, false).secondary("s")).validate();
        Problem p = single(problems, "V34");
        assertThat(p.recordSet().setIdentifier()).isEqualTo("s");
        assertThat(p.message()).contains("points both PRIMARY and SECONDARY at CloudFront");
    }

    @Test
    void v34_aRoutedGroupHoldsAtMostOneS3WebsiteAlias() {
        List<Problem> problems = design().with(
                rs("www", RecordType.A).alias(S3_ZONE, "s3-website-us-east-1.amazonaws.com.", true).weighted("a", 1),
                rs("www", RecordType.A).alias(S3_ZONE, "s3-website.eu-central-1.amazonaws.com.", true).weighted("b", 1))
                .validate();
        Problem p = single(problems, "V34");
        assertThat(p.recordSet().setIdentifier()).isEqualTo("b");
        assertThat(p.message()).contains("second S3 website alias");
    }

    @Test
    void v34_recordTypeMustSuitTheCataloguedResourceKind() {
        String api = "d-abc123.execute-api.us-east-1.amazonaws.com.";
        List<Problem> problems = design().resource(api, AwsResourceKind.API_GATEWAY).resource(ELB,
                        AwsResourceKind.NETWORK_LOAD_BALANCER)
                .with(rs("api", RecordType.AAAA).alias("Z1UJRXOUMOOFQ8", api, false),
                        rs("lb", RecordType.AAAA).alias(ELB_ZONE, ELB, true),
                        rs("lb", RecordType.TXT).alias(ELB_ZONE, ELB, true)).validate();
        assertThat(withCode(problems, "V34")).extracting(p -> p.recordSet().describe())
                .containsExactly("api.example.com. AAAA", "lb.example.com. TXT");
        assertThat(withCode(problems, "V34").get(0).message()).contains("takes record type A");
        assertThat(withCode(problems, "V34").get(1).message()).contains("takes record type A or AAAA");
    }

    @Test
    void v35_aliasCycleIsReportedOnceNamingTheChain() {
        List<Problem> problems = design().with(aliasA("a", "b"), aliasA("b", "c"), aliasA("c", "a")).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("V35", Severity.ERROR));
        assertThat(problems.get(0).message()).isEqualTo("Alias cycle: a.example.com. A -> b.example.com. A ->"
                + " c.example.com. A -> a.example.com. A; an alias must not reach itself through other aliases (A25)");
        assertThat(problems.get(0).recordSet().name().text()).isEqualTo("a.example.com.");
    }

    @Test
    void v35_cycleThroughARoutedGroupAndASelfAliasAreCaught() {
        List<Problem> problems = design().httpChecks("hc-1").with(
                a("www", "192.0.2.1").weighted("leaf", 1).healthCheck("hc-1"),
                aliasA("www", "loop").weighted("back", 1),
                aliasA("loop", "www"),
                aliasA("self", "self")).validate();
        assertThat(withCode(problems, "V35")).extracting(Problem::message).containsExactly(
                "Alias cycle: www.example.com. A -> loop.example.com. A -> www.example.com. A; an alias must not"
                        + " reach itself through other aliases (A25)",
                "Alias cycle: self.example.com. A -> self.example.com. A; an alias must not reach itself through"
                        + " other aliases (A25)");
    }

    @Test
    void v35_aDiamondIsNotACycle() {
        assertThat(design().httpChecks("hc-1", "hc-2").with(
                aliasA("top", "left").weighted("l", 1), aliasA("top", "right").weighted("r", 1),
                aliasA("left", "leaf"), aliasA("right", "leaf"), a("leaf", "192.0.2.1")).validate()).isEmpty();
    }

    @Test
    void v36_apexAliasOfTypeCnameIsRejected() {
        List<Problem> problems = design().with(rs("web", RecordType.CNAME).values("x.example.net."),
                rs("@", RecordType.CNAME).inZoneAlias("web", false)).validate();
        assertThat(problems).extracting(Problem::code).containsExactly("V36");
        assertThat(problems.get(0).message()).startsWith("RRSet of type CNAME with DNS name example.com. is not"
                + " permitted at apex in zone example.com.");

        assertThat(design().with(rs("web", RecordType.CNAME).values("x.example.net."),
                rs("www", RecordType.CNAME).inZoneAlias("web", false)).validate()).isEmpty();
    }

    @Test
    void v37_multivalueAliasIsRejected() {
        List<Problem> problems = design().with(a("web", "192.0.2.1"),
                rs("www", RecordType.A).inZoneAlias("web", false).multivalue("m")).validate();
        assertThat(problems).extracting(Problem::code, Problem::apiError).containsExactly(tuple("V37", "InvalidChangeBatch"));
        assertThat(problems.get(0).message()).contains("cannot be an alias");
    }

    @Test
    void v38_failoverAliasWithEvaluateTargetHealthOffIsAWarning() {
        List<Problem> problems = design().httpChecks("hc-1", "hc-2").with(
                a("blue", "192.0.2.1").healthCheck("hc-1"), a("green", "192.0.2.2").healthCheck("hc-2"),
                aliasA("www", "blue").primary("p"),
                rs("www", RecordType.A).inZoneAlias("green", false).secondary("s").healthCheck("hc-2")).validate();
        assertThat(withCode(problems, "V38")).extracting(Problem::severity, p -> p.recordSet().setIdentifier())
                .containsExactly(tuple(Severity.WARNING, "s"));
        assertThat(single(problems, "V38").message()).contains("A9");
    }

    @Test
    void v39_treesDeeperThanThreeLevelsOfGroupsAreWarned() {
        assertThat(design().with(aliasA("l1", "l2"), aliasA("l2", "l3"), a("l3", "192.0.2.1")).validate()).isEmpty();

        List<Problem> problems = design().with(aliasA("l1", "l2"), aliasA("l2", "l3"), aliasA("l3", "l4"),
                a("l4", "192.0.2.1")).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("V39", Severity.WARNING));
        assertThat(problems.get(0).message()).contains("is 4 levels of groups deep (l1.example.com. A -> l2.example.com."
                + " A -> l3.example.com. A -> l4.example.com. A)").contains("A22");
    }

    @Test
    void v39_aVeryLongChainIsNamedByItsEnds() {
        var design = design();
        for (int level = 1; level < 200; level++) {
            design.with(aliasA("l" + level, "l" + (level + 1)));
        }
        List<Problem> problems = design.with(a("l200", "192.0.2.1")).validate();
        assertThat(problems).extracting(Problem::code).containsExactly("V39");
        assertThat(problems.get(0).message()).contains("is 200 levels of groups deep (l1.example.com. A -> "
                + "l2.example.com. A -> l3.example.com. A -> l4.example.com. A -> l5.example.com. A -> l6.example.com."
                + " A -> … 192 more … -> l199.example.com. A -> l200.example.com. A)");
    }

    @Test
    void v40_recordNextToAnExistingCnameGetsTheObservedMessage() {
        List<Problem> problems = design().with(rs("www", RecordType.CNAME).values("x.example.net."),
                a("www", "192.0.2.1")).validate();
        assertThat(problems).extracting(Problem::code).containsExactly("V40");
        assertThat(problems.get(0).recordSet().type()).isEqualTo(RecordType.A);
        assertThat(problems.get(0).message()).isEqualTo("RRSet of type A with DNS name www.example.com. is not permitted"
                + " because a conflicting RRSet of type CNAME with the same DNS name already exists in zone example.com.");
    }

    @Test
    void v40_cnameAddedNextToOtherRecordsGetsTheObservedMessage() {
        List<Problem> problems = design().with(a("www", "192.0.2.1"),
                rs("www", RecordType.TXT).values("\"x\""),
                rs("www", RecordType.CNAME).values("x.example.net.")).validate();
        assertThat(problems).extracting(Problem::code).containsExactly("V40");
        assertThat(problems.get(0).message()).isEqualTo("RRSet of type CNAME with DNS name www.example.com. is not"
                + " permitted as it conflicts with other records with the same DNS name in zone example.com.");
    }

    @Test
    void v40_aliasRecordsConflictWithCnamesToo() {
        List<Problem> problems = design().with(rs("www", RecordType.CNAME).values("x.example.net."),
                a("web", "192.0.2.1"), aliasA("www", "web")).validate();
        assertThat(single(problems, "V40").recordSet().type()).isEqualTo(RecordType.A);
    }

    @Test
    void v41_cnameAtTheApexIsRejectedWithTheObservedMessage() {
        List<Problem> problems = design().with(rs("@", RecordType.CNAME).values("x.example.net.")).validate();
        assertThat(problems).extracting(Problem::code, Problem::apiError).containsExactly(tuple("V41", "InvalidChangeBatch"));
        assertThat(problems.get(0).message())
                .isEqualTo("RRSet of type CNAME with DNS name example.com. is not permitted at apex in zone example.com.");
    }

    @Test
    void r46_aliasThatNeverBacksOutOfAChoosingGroupIsWarned() {
        List<Problem> problems = design().httpChecks("hc-1", "hc-2").with(
                a("us", "192.0.2.1").healthCheck("hc-1"), a("eu", "192.0.2.2").healthCheck("hc-2"),
                rs("www", RecordType.A).inZoneAlias("us", false).latency("us", "us-east-1"),
                aliasA("www", "eu").latency("eu", "eu-west-1")).validate();
        // the health check on "us" is then pointless too, since nothing evaluates that group (R62)
        assertThat(problems).extracting(Problem::code, p -> p.recordSet().describe())
                .containsExactly(tuple("R46", "www.example.com. A [us]"), tuple("R62", "us.example.com. A"));
        assertThat(problems.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(problems.get(0).message()).contains("Evaluate Target Health off").contains("latency group");
    }

    @Test
    void r47_recordWithoutHealthCheckBelowAnEvaluatingAliasIsWarned() {
        List<Problem> problems = design().httpChecks("hc-1", "hc-2").with(
                a("us", "192.0.2.1").weighted("one", 1).healthCheck("hc-1"),
                a("us", "192.0.2.2").weighted("two", 1),
                a("eu", "192.0.2.3").healthCheck("hc-2"),
                aliasA("www", "us").latency("us", "us-east-1"),
                aliasA("www", "eu").latency("eu", "eu-west-1")).validate();
        assertThat(problems).extracting(Problem::code, p -> p.recordSet().describe())
                .containsExactly(tuple("R47", "us.example.com. A [two]"));
        assertThat(problems.get(0).message()).contains("always healthy");
    }
}
