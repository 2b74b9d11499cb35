package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.failoverstudio.domain.resolve.EngineHarness.set;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * §6 record health and the generic selection loop: R40–R49 with R42a, and A6. Most cases use a failover
 * group as the probe: PRIMARY is answered exactly when it is healthy by R40 (or when both are unhealthy).
 */
class RecordHealthTest {

    private static final String PRIMARY = "192.0.2.1";
    private static final String SECONDARY = "192.0.2.2";
    private static final String TARGET = "198.51.100.1";

    /** www: PRIMARY alias to target (with the given health check and ETH), SECONDARY plain values. */
    private static EngineHarness probe(String aliasHealthCheck, boolean eth) {
        ZoneFixture z = new ZoneFixture("example.com.");
        ZoneFixture.Rec primary = z.add("www", RecordType.A).primary("p");
        if (aliasHealthCheck != null) {
            primary.healthCheck(aliasHealthCheck);
        }
        primary.alias("target", eth);
        z.add("www", RecordType.A).secondary("s").values(SECONDARY);
        z.add("target", RecordType.A).weighted("t1", 1).healthCheck("hc-t1").values(TARGET);
        z.add("target", RecordType.A).weighted("t2", 1).healthCheck("hc-t2").values("198.51.100.2");
        return new EngineHarness(z);
    }

    private static String answer(EngineHarness h, FixedHealth health) {
        Resolution r = h.resolve("www.example.com", "A", health);
        assertThat(r.answers()).hasSize(1);
        return r.answers().get(0);
    }

    @Test
    void r40_aRecordSetWithoutHealthCheckIsAlwaysHealthy() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").values(PRIMARY);
        z.add("www", RecordType.A).secondary("s").values(SECONDARY);
        EngineHarness h = new EngineHarness(z);
        assertThat(answer(h, FixedHealth.allHealthy().unhealthy("anything"))).isEqualTo(PRIMARY);
    }

    @Test
    void r40_anAliasIsHealthyWhenItsOwnCheckAndWithEthItsTargetAreHealthy() {
        // own check × target health × ETH: PRIMARY (the alias) must be used exactly when own AND target
        for (boolean ownHealthy : new boolean[] {true, false}) {
            for (boolean targetHealthy : new boolean[] {true, false}) {
                for (boolean eth : new boolean[] {true, false}) {
                    FixedHealth health = FixedHealth.allHealthy();
                    if (!ownHealthy) {
                        health.unhealthy("hc-alias");
                    }
                    if (!targetHealthy) {
                        health.unhealthy("hc-t1", "hc-t2");
                    }
                    boolean aliasHealthy = ownHealthy && (!eth || targetHealthy);
                    String got = answer(probe("hc-alias", eth), health);
                    String what = "own=" + ownHealthy + " target=" + targetHealthy + " eth=" + eth;
                    if (aliasHealthy) {
                        assertThat(got).as(what).isIn(TARGET, "198.51.100.2");
                    } else {
                        assertThat(got).as(what).isEqualTo(SECONDARY);
                    }
                }
            }
        }
    }

    @Test
    void r41_aTargetGroupIsHealthyWhileOneApplicableRecordSetIsHealthy() {
        EngineHarness h = probe(null, true);
        assertThat(answer(h, FixedHealth.allHealthy().unhealthy("hc-t1"))).isEqualTo("198.51.100.2");
        assertThat(answer(h, FixedHealth.allHealthy().unhealthy("hc-t2"))).isEqualTo(TARGET);
        // no last resort when computing target health: all unhealthy means unhealthy
        Resolution r = h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-t1", "hc-t2"));
        assertThat(r.answers()).containsExactly(SECONDARY);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R41") && s.decision().startsWith("unhealthy"));
    }

    @Test
    void r41_a5_aTargetWithNoApplicableRecordSetForTheClientIsUnhealthy() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("geo", true);
        z.add("www", RecordType.A).secondary("s").values(SECONDARY);
        z.add("geo", RecordType.A).geo("de", GeoLocation.country("DE")).values(TARGET);
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A", ClientContext.country("DE")).answers()).containsExactly(TARGET);
        Resolution fr = h.resolve("www.example.com", "A", ClientContext.country("FR"));
        assertThat(fr.answers()).containsExactly(SECONDARY);
        assertThat(fr.trace()).anyMatch(s -> s.rule().equals("A5"));
    }

    @Test
    void a5_aChosenTargetWithNoApplicableRecordSetAnswersNodata() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).alias("geo", false);
        z.add("geo", RecordType.A).geo("de", GeoLocation.country("DE")).values(TARGET);
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A", ClientContext.country("FR"));
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).isEmpty();
    }

    // ------------------------------------------------------------------ R42 resource targets, A6

    private static EngineHarness resourceProbe(AwsResourceKind kind, Boolean healthy, TargetGroupHealth... groups) {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").resourceAlias("ZRESOURCE", "res.aws.example.net", true);
        z.add("www", RecordType.A).secondary("s").values(SECONDARY);
        z.resource("res.aws.example.net", kind, List.of("203.0.113.10"), List.of(), healthy, null, groups);
        return new EngineHarness(z);
    }

    @Test
    void r42_classicLoadBalancerUnhealthyWhenItselfOrAllInstancesAreUnhealthy() {
        assertThat(answer(resourceProbe(AwsResourceKind.CLASSIC_LOAD_BALANCER, true), FixedHealth.allHealthy()))
                .isEqualTo("203.0.113.10");
        assertThat(answer(resourceProbe(AwsResourceKind.CLASSIC_LOAD_BALANCER, false), FixedHealth.allHealthy()))
                .isEqualTo(SECONDARY);
        assertThat(answer(resourceProbe(AwsResourceKind.CLASSIC_LOAD_BALANCER, null,
                new TargetGroupHealth("instances", 3, 0)), FixedHealth.allHealthy())).isEqualTo(SECONDARY);
        assertThat(answer(resourceProbe(AwsResourceKind.CLASSIC_LOAD_BALANCER, null,
                new TargetGroupHealth("instances", 3, 1)), FixedHealth.allHealthy())).isEqualTo("203.0.113.10");
    }

    @Test
    void r42_a6_applicationAndNetworkLoadBalancersNeedAHealthyTargetInEveryGroupWithTargets() {
        for (AwsResourceKind kind : List.of(AwsResourceKind.APPLICATION_LOAD_BALANCER,
                AwsResourceKind.NETWORK_LOAD_BALANCER)) {
            assertThat(answer(resourceProbe(kind, null, new TargetGroupHealth("a", 2, 1),
                    new TargetGroupHealth("empty", 0, 0)), FixedHealth.allHealthy())).as(kind.name())
                    .isEqualTo("203.0.113.10");
            assertThat(answer(resourceProbe(kind, null, new TargetGroupHealth("a", 2, 1),
                    new TargetGroupHealth("b", 2, 0)), FixedHealth.allHealthy())).as(kind.name())
                    .isEqualTo(SECONDARY);
            assertThat(answer(resourceProbe(kind, null, new TargetGroupHealth("empty", 0, 0)),
                    FixedHealth.allHealthy())).as(kind.name() + ": no group with registered targets")
                    .isEqualTo(SECONDARY);
        }
    }

    @Test
    void r42_highlyAvailableServicesAreHealthyUnlessTheCatalogSaysOtherwise() {
        for (AwsResourceKind kind : List.of(AwsResourceKind.S3_WEBSITE, AwsResourceKind.API_GATEWAY,
                AwsResourceKind.VPC_INTERFACE_ENDPOINT, AwsResourceKind.ELASTIC_BEANSTALK)) {
            assertThat(answer(resourceProbe(kind, null), FixedHealth.allHealthy())).as(kind.name())
                    .isEqualTo("203.0.113.10");
            assertThat(answer(resourceProbe(kind, false), FixedHealth.allHealthy())).as(kind.name())
                    .isEqualTo(SECONDARY);
        }
    }

    @Test
    void r42_aResourceMissingFromTheCatalogIsUnhealthyAndNotGuessed() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").resourceAlias("ZRESOURCE", "unknown.aws.example.net", true);
        z.add("www", RecordType.A).secondary("s").values(SECONDARY);
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A");
        assertThat(r.answers()).containsExactly(SECONDARY);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("C9"));
    }

    // ------------------------------------------------------------------ R42a generic loop, R43 last resort

    @Test
    void r42a_anUnhealthyPickIsReplacedByTheNextPickWithTheSameCriteria() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).latency("fra", "eu-central-1").healthCheck("hc-fra").values("192.0.2.10");
        z.add("www", RecordType.A).latency("dub", "eu-west-1").healthCheck("hc-dub").values("192.0.2.11");
        z.add("www", RecordType.A).latency("iad", "us-east-1").healthCheck("hc-iad").values("192.0.2.12");
        EngineHarness h = new EngineHarness(z);
        ClientContext frankfurt = ClientContext.region("eu-central-1");
        assertThat(h.resolve("www.example.com", "A", frankfurt).answers()).containsExactly("192.0.2.10");
        assertThat(h.resolve("www.example.com", "A", frankfurt, FixedHealth.allHealthy().unhealthy("hc-fra"))
                .answers()).containsExactly("192.0.2.11");
        assertThat(h.resolve("www.example.com", "A", frankfurt, FixedHealth.allHealthy()
                .unhealthy("hc-fra", "hc-dub")).answers()).containsExactly("192.0.2.12");
    }

    @Test
    void r43_noPolicyAnswersNxdomainOrNothingBecauseOfHealth() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("weighted", RecordType.A).weighted("a", 1).healthCheck("hc-1").values("192.0.2.1");
        z.add("weighted", RecordType.A).weighted("b", 1).healthCheck("hc-2").values("192.0.2.2");
        z.add("failover", RecordType.A).primary("p").healthCheck("hc-1").values("192.0.2.1");
        z.add("failover", RecordType.A).secondary("s").healthCheck("hc-2").values("192.0.2.2");
        z.add("latency", RecordType.A).latency("a", "us-east-1").healthCheck("hc-1").values("192.0.2.1");
        z.add("latency", RecordType.A).latency("b", "eu-west-1").healthCheck("hc-2").values("192.0.2.2");
        z.add("geo", RecordType.A).geo("us", GeoLocation.country("US")).healthCheck("hc-1").values("192.0.2.1");
        z.add("geo", RecordType.A).geo("def", GeoLocation.defaultLocation()).healthCheck("hc-2").values("192.0.2.2");
        z.add("multi", RecordType.A).multivalue("a").healthCheck("hc-1").values("192.0.2.1");
        z.add("multi", RecordType.A).multivalue("b").healthCheck("hc-2").values("192.0.2.2");
        z.add("simple", RecordType.A).healthCheck("hc-1").values("192.0.2.1");
        EngineHarness h = new EngineHarness(z);
        FixedHealth allDown = FixedHealth.allHealthy().unhealthy("hc-1", "hc-2");
        for (String name : List.of("weighted", "failover", "latency", "geo", "multi", "simple")) {
            Resolution r = h.resolve(name + ".example.com", "A", ClientContext.country("US").withRegion("us-east-1"),
                    allDown);
            assertThat(r.rcode()).as(name).isEqualTo(Rcode.NOERROR);
            assertThat(r.answers()).as(name).isNotEmpty();
        }
    }

    // ------------------------------------------------------------------ R44–R47 trees

    @Test
    void r44_aChildGroupPrefersItsHealthyRecordSetsEvenWhenItsParentIsInLastResort() {
        ZoneFixture z = new ZoneFixture("example.com.");
        // both failover aliases fail their own checks: the failover group falls back to PRIMARY (R81)
        z.add("www", RecordType.A).primary("p").healthCheck("hc-p").alias("pool", false);
        z.add("www", RecordType.A).secondary("s").healthCheck("hc-s").alias("backup", false);
        z.add("pool", RecordType.A).weighted("a", 1).healthCheck("hc-a").values("192.0.2.1");
        z.add("pool", RecordType.A).weighted("b", 1).healthCheck("hc-b").values("192.0.2.2");
        z.add("backup", RecordType.A).values("192.0.2.99");
        EngineHarness h = new EngineHarness(z);
        FixedHealth health = FixedHealth.allHealthy().unhealthy("hc-p", "hc-s", "hc-a");
        Map<Set<String>, Integer> counts = h.sample("www.example.com", "A", health, 44);
        assertThat(counts).containsOnlyKeys(set("192.0.2.2"));
    }

    @Test
    void r45_withEthAParentBacksOutOfABranchWithoutHealthyRecordSets() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).latency("iad", "us-east-1").alias("iad", true);
        z.add("www", RecordType.A).latency("dub", "eu-west-1").alias("dub", true);
        z.add("www", RecordType.A).latency("syd", "ap-southeast-2").alias("syd", true);
        z.add("iad", RecordType.A).weighted("1", 1).healthCheck("hc-iad").values("192.0.2.1");
        z.add("dub", RecordType.A).weighted("1", 1).healthCheck("hc-dub").values("192.0.2.2");
        z.add("syd", RecordType.A).weighted("1", 1).healthCheck("hc-syd").values("192.0.2.3");
        EngineHarness h = new EngineHarness(z);
        ClientContext virginia = ClientContext.region("us-east-1");
        assertThat(h.resolve("www.example.com", "A", virginia, FixedHealth.allHealthy().unhealthy("hc-iad"))
                .answers()).containsExactly("192.0.2.2");
        // the branch comes back as soon as one of its record sets is healthy again
        assertThat(h.resolve("www.example.com", "A", virginia).answers()).containsExactly("192.0.2.1");
    }

    @Test
    void r46_withoutEthTheChosenBranchAnswersEvenWhenEverythingInItFails() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).latency("iad", "us-east-1").alias("iad", false);
        z.add("www", RecordType.A).latency("dub", "eu-west-1").alias("dub", false);
        z.add("iad", RecordType.A).weighted("1", 1).healthCheck("hc-iad-1").values("192.0.2.1");
        z.add("iad", RecordType.A).weighted("2", 3).healthCheck("hc-iad-2").values("192.0.2.11");
        z.add("dub", RecordType.A).weighted("1", 1).values("192.0.2.2");
        EngineHarness h = new EngineHarness(z);
        FixedHealth health = FixedHealth.allHealthy().unhealthy("hc-iad-1", "hc-iad-2");
        Map<Set<String>, Integer> counts = h.sample("www.example.com", "A", ClientContext.region("us-east-1"),
                health, Stats.N, 46);
        // the weighted child uses its own last resort (R72 step 3): proportional over all
        Stats.assertDistribution(counts, Stats.N, Map.of(set("192.0.2.1"), 0.25, set("192.0.2.11"), 0.75));
    }

    @Test
    void r47_aRecordSetWithoutHealthCheckKeepsItsBranchHealthyAndIsReturned() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("pool", true);
        z.add("www", RecordType.A).secondary("s").values(SECONDARY);
        z.add("pool", RecordType.A).weighted("checked", 1).healthCheck("hc-a").values("192.0.2.1");
        z.add("pool", RecordType.A).weighted("unchecked", 1).values("192.0.2.5");
        EngineHarness h = new EngineHarness(z);
        Map<Set<String>, Integer> counts = h.sample("www.example.com", "A",
                FixedHealth.allHealthy().unhealthy("hc-a"), 47);
        assertThat(counts).containsOnlyKeys(set("192.0.2.5"));
    }

    @Test
    void r48_aHealthCheckOnAnAliasIsCombinedWithTargetHealth() {
        EngineHarness h = probe("hc-alias", true);
        // target healthy, own check failing: unhealthy
        assertThat(answer(h, FixedHealth.allHealthy().unhealthy("hc-alias"))).isEqualTo(SECONDARY);
        // own check healthy, target failing: unhealthy
        assertThat(answer(h, FixedHealth.allHealthy().unhealthy("hc-t1", "hc-t2"))).isEqualTo(SECONDARY);
        assertThat(answer(h, FixedHealth.allHealthy())).isIn(TARGET, "198.51.100.2");
    }

    @Test
    void r49_aLoneSimpleRecordSetIsReturnedWhateverItsHealth() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).healthCheck("hc-down").values("192.0.2.1");
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A", FixedHealth.allHealthy()
                .unhealthy("hc-down"));
        assertThat(r.answers()).containsExactly("192.0.2.1");
        assertThat(r.trace()).noneMatch(s -> s.step().equals("health"));
    }

    @Test
    void r8_theHealthCheckDecidesWhateverAddressTheRecordHolds() {
        // hc-p probes an endpoint of its own; the record's value is never probed, so the same value answers
        // or not by the check alone, and an alias record set may carry a check too (the probe's alias row).
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").healthCheck("hc-p").values(SECONDARY);
        z.add("www", RecordType.A).secondary("s").values(PRIMARY);
        EngineHarness h = new EngineHarness(z);
        assertThat(answer(h, FixedHealth.allHealthy())).isEqualTo(SECONDARY);
        assertThat(answer(h, FixedHealth.allHealthy().unhealthy("hc-p"))).isEqualTo(PRIMARY);
        assertThat(answer(probe("hc-alias", false), FixedHealth.allHealthy().unhealthy("hc-alias")))
                .isEqualTo(SECONDARY);
    }
}
