package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public effective-health API (Evaluate Target Health rules of spec §6 and §8): R40 for record sets with
 * R45/R46 for aliases, R41 (with A5, A25, V33) for alias subtrees, R42 (with A6, C9) for AWS resource targets,
 * and the survey's account of what Route 53 looks at (R42a, R43, R60).
 */
class EffectiveRecordHealthTest {

    private static final ClientContext VIRGINIA = ClientContext.region("us-east-1");

    /** The R158 tree: latency aliases with Evaluate Target Health to weighted groups with their own checks. */
    private static EngineHarness latencyToWeighted() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).latency("iad", "us-east-1").alias("iad", true);
        z.add("www", RecordType.A).latency("syd", "ap-southeast-2").alias("syd", true);
        z.add("www", RecordType.A).latency("dub", "eu-west-1").alias("dub", false);
        z.add("iad", RecordType.A).weighted("1", 1).healthCheck("hc-iad-1").values("192.0.2.1");
        z.add("iad", RecordType.A).weighted("2", 1).healthCheck("hc-iad-2").values("192.0.2.2");
        z.add("syd", RecordType.A).weighted("1", 1).healthCheck("hc-syd").values("192.0.2.3");
        z.add("dub", RecordType.A).weighted("1", 1).healthCheck("hc-dub").values("192.0.2.4");
        return new EngineHarness(z);
    }

    private static RecordSetKey key(String name, String setId) {
        return new RecordSetKey(DomainName.of(name + ".example.com."), RecordType.A, setId);
    }

    private static GroupKey group(String name) {
        return new GroupKey(DomainName.of(name + ".example.com."), RecordType.A);
    }

    private static EffectiveRecordHealth health(EngineHarness h, FixedHealth status, ClientContext client) {
        return EffectiveRecordHealth.of(h.compiled(), status, client);
    }

    @Test
    void r40_aRecordSetIsAsHealthyAsItsOwnHealthCheck() {
        EngineHarness h = latencyToWeighted();
        EffectiveRecordHealth down = health(h, FixedHealth.allHealthy().unhealthy("hc-iad-1"), VIRGINIA);
        HealthFinding finding = down.recordSet(key("iad", "1")).orElseThrow();
        assertThat(finding.healthy()).isFalse();
        assertThat(finding.reason()).contains("hc-iad-1");
        assertThat(down.recordSet(key("iad", "2")).orElseThrow().healthy()).isTrue();
        assertThat(down.recordSet(key("nowhere", "1"))).isEmpty();
    }

    @Test
    void r41_r45_anAliasSubtreeIsHealthyWhileOneOfItsRecordSetsIsAndTheAliasFollowsIt() {
        EngineHarness h = latencyToWeighted();
        EffectiveRecordHealth oneDown = health(h, FixedHealth.allHealthy().unhealthy("hc-iad-1"), VIRGINIA);
        assertThat(oneDown.aliasSubtree(group("iad")).orElseThrow())
                .isEqualTo(new HealthFinding(true, "healthy: an applicable record set is healthy", "R41"));
        assertThat(oneDown.recordSet(key("www", "iad")).orElseThrow().healthy()).isTrue();

        EffectiveRecordHealth bothDown = health(h, FixedHealth.allHealthy().unhealthy("hc-iad-1", "hc-iad-2"),
                VIRGINIA);
        HealthFinding subtree = bothDown.aliasSubtree(group("iad")).orElseThrow();
        assertThat(subtree.healthy()).isFalse();
        assertThat(subtree.rule()).isEqualTo("R41");
        HealthFinding alias = bothDown.recordSet(key("www", "iad")).orElseThrow();
        assertThat(alias.healthy()).isFalse();
        assertThat(alias.rule()).isEqualTo("R45");
        // and the engine answers accordingly: Virginia is backed out of
        assertThat(h.resolve("www.example.com", "A", VIRGINIA, FixedHealth.allHealthy()
                .unhealthy("hc-iad-1", "hc-iad-2")).answers()).doesNotContain("192.0.2.1", "192.0.2.2");
    }

    @Test
    void r46_withoutEvaluateTargetHealthTheAliasIgnoresItsSubtree() {
        EngineHarness h = latencyToWeighted();
        EffectiveRecordHealth dubDown = health(h, FixedHealth.allHealthy().unhealthy("hc-dub"), VIRGINIA);
        assertThat(dubDown.aliasSubtree(group("dub")).orElseThrow().healthy()).isFalse();
        HealthFinding alias = dubDown.recordSet(key("www", "dub")).orElseThrow();
        assertThat(alias.healthy()).isTrue();
        assertThat(alias.rule()).isEqualTo("R46");
    }

    @Test
    void a5_aSubtreeWithNoRecordSetForTheClientIsUnhealthy() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("geo", true);
        z.add("www", RecordType.A).secondary("s").values("192.0.2.9");
        z.add("geo", RecordType.A).geo("de", GeoLocation.country("DE")).values("192.0.2.1");
        EngineHarness h = new EngineHarness(z);
        assertThat(health(h, FixedHealth.allHealthy(), ClientContext.country("DE")).aliasSubtree(group("geo"))
                .orElseThrow().healthy()).isTrue();
        HealthFinding france = health(h, FixedHealth.allHealthy(), ClientContext.country("FR"))
                .aliasSubtree(group("geo")).orElseThrow();
        assertThat(france.healthy()).isFalse();
        assertThat(france.rule()).isEqualTo("A5");
    }

    @Test
    void a25_v33_aCycleOrAMissingTargetIsUnhealthy() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("a", RecordType.A).weighted("1", 1).alias("b", true);
        z.add("b", RecordType.A).weighted("1", 1).alias("a", true);
        EngineHarness h = new EngineHarness(z);
        EffectiveRecordHealth health = health(h, FixedHealth.allHealthy(), VIRGINIA);
        assertThat(health.aliasSubtree(group("a")).orElseThrow().healthy()).isFalse();
        assertThat(health.recordSet(key("b", "1")).orElseThrow().healthy()).isFalse();
        HealthFinding missing = health.aliasSubtree(group("missing")).orElseThrow();
        assertThat(missing).isEqualTo(new HealthFinding(false, "the target group does not exist: unhealthy", "V33"));
        assertThat(health.aliasSubtree(new GroupKey(DomainName.of("www.example.org."), RecordType.A))).isEmpty();
    }

    @Test
    void r42_a6_c9_resourceTargetsAreAsHealthyAsTheCatalogSays() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").resourceAlias("ZALB", "alb.aws.example.net", true);
        z.add("www", RecordType.A).secondary("s").values("192.0.2.9");
        z.resource("alb.aws.example.net", AwsResourceKind.APPLICATION_LOAD_BALANCER, List.of("203.0.113.1"),
                List.of(), null, null, new TargetGroupHealth("web", 2, 0));
        z.resource("s3.aws.example.net", AwsResourceKind.S3_WEBSITE, List.of("203.0.113.2"), List.of(), false, null);
        z.resource("cf.aws.example.net", AwsResourceKind.CLOUDFRONT, List.of("203.0.113.3"), List.of(), null, null);
        EffectiveRecordHealth health = health(new EngineHarness(z), FixedHealth.allHealthy(), VIRGINIA);
        assertThat(health.resource(DomainName.of("alb.aws.example.net")).rule()).isEqualTo("A6");
        assertThat(health.resource(DomainName.of("alb.aws.example.net")).healthy()).isFalse();
        assertThat(health.resource(DomainName.of("s3.aws.example.net")))
                .isEqualTo(new HealthFinding(false, "the resource catalog marks it unhealthy", "R42"));
        assertThat(health.resource(DomainName.of("cf.aws.example.net")))
                .isEqualTo(new HealthFinding(true, "healthy", "R42"));
        assertThat(health.resource(DomainName.of("gone.aws.example.net")).rule()).isEqualTo("C9");
        HealthFinding alias = health.recordSet(key("www", "p")).orElseThrow();
        assertThat(alias.healthy()).isFalse();
        assertThat(alias.rule()).isEqualTo("R45");
    }

    @Test
    void r42a_theSurveyOnlyHoldsWhatRoute53LooksAtForTheClient() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").healthCheck("hc-p").values("192.0.2.1");
        z.add("www", RecordType.A).secondary("s").healthCheck("hc-s").values("192.0.2.2");
        EngineHarness h = new EngineHarness(z);
        EffectiveRecordHealth.Survey up = health(h, FixedHealth.allHealthy().unhealthy("hc-s"), VIRGINIA).survey();
        assertThat(up.recordSets()).containsOnlyKeys(key("www", "p")); // SECONDARY is never looked at
        assertThat(up.fallbacks()).isEmpty();
        EffectiveRecordHealth.Survey primaryDown = health(h, FixedHealth.allHealthy().unhealthy("hc-p"), VIRGINIA)
                .survey();
        assertThat(primaryDown.recordSets()).containsOnlyKeys(key("www", "p"), key("www", "s"));
        assertThat(primaryDown.recordSets().get(key("www", "s")).healthy()).isTrue();
    }

    @Test
    void r43_r81_aGroupWithoutAHealthyRecordSetIsAFallbackOfTheSurvey() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").healthCheck("hc-p").values("192.0.2.1");
        z.add("www", RecordType.A).secondary("s").healthCheck("hc-s").values("192.0.2.2");
        EffectiveRecordHealth.Survey allDown = health(new EngineHarness(z),
                FixedHealth.allHealthy().unhealthy("hc-p", "hc-s"), VIRGINIA).survey();
        HealthFinding fallback = allDown.fallbacks().get(group("www"));
        assertThat(fallback.healthy()).isFalse();
        assertThat(fallback.rule()).isEqualTo("R81");
        assertThat(allDown.groups()).containsExactly(group("www"));
    }

    @Test
    void r60_aSimpleRecordSetsHealthIsNeverConsultedWhenAnsweringButCanStillBeAsked() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).healthCheck("hc-down").values("192.0.2.1");
        EffectiveRecordHealth health = health(new EngineHarness(z), FixedHealth.allHealthy().unhealthy("hc-down"),
                VIRGINIA);
        assertThat(health.survey().recordSets()).isEmpty();
        assertThat(health.survey().fallbacks()).isEmpty();
        RecordSetKey simple = new RecordSetKey(DomainName.of("www.example.com."), RecordType.A, null);
        assertThat(health.recordSet(simple).orElseThrow().healthy()).isFalse();
    }

    @Test
    void r41_theSurveysAliasTargetVerdictsAreThePointAnswers() {
        EngineHarness h = latencyToWeighted();
        FixedHealth status = FixedHealth.allHealthy().unhealthy("hc-iad-1", "hc-iad-2");
        EffectiveRecordHealth health = health(h, status, VIRGINIA);
        EffectiveRecordHealth.Survey survey = health.survey();
        // Virginia backs out of iad (R45); Dublin, next by latency and without Evaluate Target Health, answers, so
        // Sydney's subtree is never looked at (R42a)
        assertThat(survey.aliasTargets()).containsOnlyKeys(group("iad"));
        assertThat(survey.recordSets()).containsKeys(key("www", "iad"), key("www", "dub"))
                .doesNotContainKey(key("www", "syd"));
        survey.aliasTargets().forEach((g, finding) ->
                assertThat(finding.healthy()).as(g.describe()).isEqualTo(health.aliasSubtree(g).orElseThrow().healthy()));
        survey.recordSets().forEach((k, finding) ->
                assertThat(finding).as(k.describe()).isEqualTo(health.recordSet(k).orElseThrow()));
    }

    /**
     * The survey shares what one group's answer learned of a target group's health with the next group's answer;
     * each verdict must still be the one an evaluation of that record set or group alone gives (R40, R41), for every
     * combination of failed checks and for clients in two Regions, on a tree where two parents share a subtree.
     */
    @Test
    void r41_theSurveysVerdictsAreThoseOfEachRecordSetAndGroupAskedAlone() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("tier", true);
        z.add("www", RecordType.A).secondary("s").alias("static", true);
        z.add("tier", RecordType.A).weighted("a", 1).alias("iad", true);
        z.add("tier", RecordType.A).weighted("b", 1).alias("syd", true);
        z.add("api", RecordType.A).latency("iad", "us-east-1").alias("iad", true);
        z.add("api", RecordType.A).latency("syd", "ap-southeast-2").alias("syd", true);
        z.add("iad", RecordType.A).weighted("1", 1).healthCheck("hc-iad-1").values("192.0.2.1");
        z.add("iad", RecordType.A).weighted("2", 1).healthCheck("hc-iad-2").values("192.0.2.2");
        z.add("syd", RecordType.A).weighted("1", 1).healthCheck("hc-syd").values("192.0.2.3");
        z.add("static", RecordType.A).healthCheck("hc-static").values("192.0.2.4");
        EngineHarness h = new EngineHarness(z);
        List<String> checks = List.of("hc-iad-1", "hc-iad-2", "hc-syd", "hc-static");
        int compared = 0;
        for (int failed = 0; failed < 1 << checks.size(); failed++) {
            FixedHealth status = FixedHealth.allHealthy();
            for (int i = 0; i < checks.size(); i++) {
                if ((failed & 1 << i) != 0) {
                    status = status.unhealthy(checks.get(i));
                }
            }
            for (ClientContext client : List.of(VIRGINIA, ClientContext.region("ap-southeast-2"))) {
                EffectiveRecordHealth health = health(h, status, client);
                EffectiveRecordHealth.Survey survey = health.survey();
                for (var target : survey.aliasTargets().entrySet()) {
                    assertThat(target.getValue().healthy()).as("%s, failed %s", target.getKey(), failed)
                            .isEqualTo(health.aliasSubtree(target.getKey()).orElseThrow().healthy());
                    compared++;
                }
                for (var recordSet : survey.recordSets().entrySet()) {
                    assertThat(recordSet.getValue().healthy()).as("%s, failed %s", recordSet.getKey(), failed)
                            .isEqualTo(health.recordSet(recordSet.getKey()).orElseThrow().healthy());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
    }
}
