package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.failoverstudio.domain.resolve.EngineHarness.set;
import static org.assertj.core.api.Assertions.assertThat;

/** §8 alias records and record trees: R140–R150, the R159 worked example, and A22/A25. */
class AliasTreeTest {

    @Test
    void r140_anInZoneAliasIsAnsweredAsIfTheQueryWereForItsTarget() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("@", RecordType.A).alias("www", false);
        z.add("www", RecordType.A).ttl(120).values("192.0.2.1", "192.0.2.2");
        Resolution r = new EngineHarness(z).resolve("example.com", "A");
        assertThat(r.answers()).containsExactlyInAnyOrder("192.0.2.1", "192.0.2.2");
        assertThat(r.answerType()).isEqualTo("A");
        assertThat(r.query().name().text()).isEqualTo("example.com.");
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R140"));
    }

    @Test
    void r141_theTargetGroupHasTheAliasType() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).alias("web", false);
        z.add("www", RecordType.AAAA).alias("web", false);
        z.add("web", RecordType.A).values("192.0.2.1");
        z.add("web", RecordType.AAAA).values("2001:db8::1");
        z.add("web", RecordType.TXT).values("\"not aliased\"");
        z.add("only-a", RecordType.AAAA).alias("v4only", false);
        z.add("v4only", RecordType.A).values("192.0.2.4");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A").answers()).containsExactly("192.0.2.1");
        assertThat(h.resolve("www.example.com", "AAAA").answers()).containsExactly("2001:db8::1");
        assertThat(h.resolve("www.example.com", "TXT").isNoData()).isTrue();
        // the AAAA alias finds no AAAA group at its target: nothing to answer
        Resolution r = h.resolve("only-a.example.com", "AAAA");
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).isEmpty();
    }

    @Test
    void r142_a22_treesOfAnyDepthAreEvaluated() {
        ZoneFixture z = new ZoneFixture("example.com.");
        for (int level = 0; level < 12; level++) {
            z.add("l" + level, RecordType.A).weighted("only", 1).alias("l" + (level + 1), true);
        }
        z.add("l12", RecordType.A).weighted("leaf", 1).healthCheck("hc-leaf").values("192.0.2.12");
        z.add("l12", RecordType.A).weighted("other", 0).values("192.0.2.13");
        EngineHarness h = new EngineHarness(z);
        Resolution r = h.resolve("l0.example.com", "A");
        assertThat(r.answers()).containsExactly("192.0.2.12");
        assertThat(r.path()).hasSize(13);
        assertThat(h.resolve("l0.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-leaf")).answers())
                .containsExactly("192.0.2.13");
    }

    /** A22: no depth limit. 3,000 levels needs several megabytes of stack, more than a thread has by default. */
    @Test
    void a22_chainsFarDeeperThanAThreadsStackAreFollowedToTheirLeaf() {
        int levels = 3_000;
        ZoneFixture z = new ZoneFixture("example.com.");
        for (int level = 0; level < levels; level++) {
            z.add("l" + level, RecordType.A).weighted("only", 1).alias("l" + (level + 1), true);
        }
        z.add("l" + levels, RecordType.A).weighted("leaf", 1).healthCheck("hc-leaf").values("192.0.2.12");
        z.add("l" + levels, RecordType.A).weighted("other", 0).values("192.0.2.13");
        EngineHarness h = new EngineHarness(z);

        Resolution r = h.resolve("l0.example.com", "A");
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).containsExactly("192.0.2.12");
        assertThat(r.path()).hasSize(levels + 1);
        // R45 backs out of every level once the leaf fails: the zero-weight sibling answers (R112)
        Resolution failed = h.resolve("l0.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-leaf"));
        assertThat(failed.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(failed.answers()).containsExactly("192.0.2.13");
        // the untraced path the DNS server and the samplers use answers the same
        assertThat(h.sample("l0.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-leaf"), 7))
                .containsOnlyKeys(Set.of("192.0.2.13"));
    }

    @Test
    void a25_aCycleAtTheEndOfAChainDeeperThanAThreadsStackIsStillServfail() {
        int levels = 2_000;
        ZoneFixture z = new ZoneFixture("example.com.");
        for (int level = 0; level < levels; level++) {
            z.add("l" + level, RecordType.A).alias("l" + (level + 1), false);
        }
        z.add("l" + levels, RecordType.A).alias("l" + (levels - 10), false);
        Resolution r = new EngineHarness(z).resolve("l0.example.com", "A");
        assertThat(r.rcode()).isEqualTo(Rcode.SERVFAIL);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("A25"));
    }

    @Test
    void a22_theHealthOfEveryTargetGroupIsFoundOnADeepChain() {
        int levels = 1_000;
        ZoneFixture z = new ZoneFixture("example.com.");
        for (int level = 0; level < levels; level++) {
            z.add("l" + level, RecordType.A).primary("primary").alias("l" + (level + 1), true);
            z.add("l" + level, RecordType.A).secondary("secondary").values("198.51.100." + (level % 250));
        }
        z.add("l" + levels, RecordType.A).healthCheck("hc-leaf").values("192.0.2.1");
        EngineHarness h = new EngineHarness(z);
        EffectiveRecordHealth.Survey survey = EffectiveRecordHealth.of(h.compiled(),
                FixedHealth.allHealthy().unhealthy("hc-leaf"), ClientContext.UNMAPPED).survey();
        assertThat(survey.groups()).hasSize(levels + 1);
        assertThat(survey.aliasTargets()).hasSize(levels);
        // R41: only the leaf's group fails; every group above it still has a healthy secondary
        assertThat(survey.aliasTargets().entrySet()).filteredOn(e -> !e.getValue().healthy())
                .extracting(e -> e.getKey().name().text()).containsExactly("l" + levels + ".example.com.");
    }

    @Test
    void r143_anAliasWithAnotherZonesIdIsNotFollowedIntoThatZone() {
        ZoneFixture a = new ZoneFixture("example.com.", "ZA");
        a.add("www", RecordType.A).resourceAlias("ZB", "www.example.net", false);
        ZoneFixture b = new ZoneFixture("example.net.", "ZB");
        b.add("www", RecordType.A).values("198.51.100.1");
        EngineHarness h = new EngineHarness(new Design(List.of(a.build(), b.build()), List.of(), List.of(), null,
                null));
        Resolution r = h.resolve("www.example.com", "A");
        assertThat(r.answers()).isEmpty();
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("C9"));
    }

    @Test
    void r144_anAliasTakesTheTtlOfTheRecordSetOrResourceThatSuppliesTheValues() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).alias("mid", false);
        z.add("mid", RecordType.A).alias("leaf", false);
        z.add("leaf", RecordType.A).ttl(37).values("192.0.2.1");
        z.add("lb", RecordType.A).resourceAlias("ZELB", "my-lb.eu-west-1.elb.amazonaws.com", false);
        z.add("cdn", RecordType.A).resourceAlias("Z2FDTNDATAQYW2", "d111111abcdef8.cloudfront.net", false);
        z.resource("my-lb.eu-west-1.elb.amazonaws.com", AwsResourceKind.APPLICATION_LOAD_BALANCER,
                List.of("203.0.113.1"), List.of(), null, null);
        z.resource("d111111abcdef8.cloudfront.net", AwsResourceKind.CLOUDFRONT, List.of("203.0.113.9"), List.of(),
                null, 300L);
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A").ttl()).isEqualTo(37L);
        assertThat(h.resolve("lb.example.com", "A").ttl()).isEqualTo(60L);
        assertThat(h.resolve("cdn.example.com", "A").ttl()).isEqualTo(300L);
    }

    private static ZoneFixture resources() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("cdn", RecordType.A).resourceAlias("Z2FDTNDATAQYW2", "d1.cloudfront.net", false);
        z.add("cdn", RecordType.AAAA).resourceAlias("Z2FDTNDATAQYW2", "d1.cloudfront.net", false);
        z.add("lb", RecordType.A).resourceAlias("ZELB", "my-lb.elb.amazonaws.com", false);
        z.add("lb", RecordType.AAAA).resourceAlias("ZELB", "my-lb.elb.amazonaws.com", false);
        z.add("lb6", RecordType.AAAA).resourceAlias("ZELB", "dualstack.my-lb.elb.amazonaws.com", false);
        z.add("lb6", RecordType.A).resourceAlias("ZELB", "dualstack.my-lb.elb.amazonaws.com", false);
        z.add("ga", RecordType.A).resourceAlias("Z2BJ6XQ5FK7U4H", "a1.awsglobalaccelerator.com", false);
        z.add("site", RecordType.A).resourceAlias("ZS3", "site.example.com.s3-website-us-east-1.amazonaws.com",
                false);
        z.add("txt", RecordType.TXT).resourceAlias("Z2FDTNDATAQYW2", "d1.cloudfront.net", false);
        z.resource("d1.cloudfront.net", AwsResourceKind.CLOUDFRONT, List.of("203.0.113.1", "203.0.113.2"),
                List.of("2001:db8:cf::1"), null, null);
        z.resource("my-lb.elb.amazonaws.com", AwsResourceKind.APPLICATION_LOAD_BALANCER,
                List.of("203.0.113.10", "203.0.113.11"), List.of("2001:db8:e1b::1"), null, null);
        z.resource("a1.awsglobalaccelerator.com", AwsResourceKind.GLOBAL_ACCELERATOR,
                List.of("198.51.100.1", "198.51.100.2"), List.of(), null, null);
        z.resource("site.example.com.s3-website-us-east-1.amazonaws.com", AwsResourceKind.S3_WEBSITE,
                List.of("52.0.0.1", "52.0.0.2"), List.of(), null, null);
        return z;
    }

    @Test
    void r145_resourceAliasesAnswerWithTheResourcesAddressesForTheQueryType() {
        EngineHarness h = new EngineHarness(resources());
        assertThat(h.resolve("cdn.example.com", "A").answers()).containsExactlyInAnyOrder("203.0.113.1",
                "203.0.113.2");
        assertThat(h.resolve("cdn.example.com", "AAAA").answers()).containsExactly("2001:db8:cf::1");
        assertThat(h.resolve("lb.example.com", "A").answers()).containsExactlyInAnyOrder("203.0.113.10",
                "203.0.113.11");
        // an ELB name without the dualstack prefix serves IPv4 only; with it, both
        assertThat(h.resolve("lb.example.com", "AAAA").answers()).isEmpty();
        assertThat(h.resolve("lb6.example.com", "AAAA").answers()).containsExactly("2001:db8:e1b::1");
        assertThat(h.resolve("lb6.example.com", "A").answers()).hasSize(2);
        assertThat(h.resolve("txt.example.com", "TXT").answers()).isEmpty();
    }

    @Test
    void r145_globalAcceleratorAndS3WebsitesAnswerOneAddress() {
        EngineHarness h = new EngineHarness(resources());
        Map<Set<String>, Integer> ga = h.sample("ga.example.com", "A", ClientContext.UNMAPPED,
                FixedHealth.allHealthy(), 400, 145);
        assertThat(ga).containsOnlyKeys(set("198.51.100.1"), set("198.51.100.2"));
        Map<Set<String>, Integer> s3 = h.sample("site.example.com", "A", ClientContext.UNMAPPED,
                FixedHealth.allHealthy(), 400, 146);
        assertThat(s3.keySet()).allMatch(answer -> answer.size() == 1);
    }

    @Test
    void r146_theCatalogIsConsultedAtQueryTime() {
        ZoneFixture before = resources();
        ZoneFixture after = resources();
        after.resource("d1.cloudfront.net", AwsResourceKind.CLOUDFRONT, List.of("203.0.113.77"), List.of(), null,
                null);
        assertThat(new EngineHarness(before).resolve("cdn.example.com", "A").answers()).hasSize(2);
        // same zone, only the resource changed: the alias follows without an edit
        assertThat(before.build()).isEqualTo(after.build());
        assertThat(new EngineHarness(after).resolve("cdn.example.com", "A").answers())
                .containsExactly("203.0.113.77");
    }

    @Test
    void r147_ethHasEffectOnlyWhereAPolicyChoosesOrAParentEvaluatesIt() {
        for (boolean eth : new boolean[] {true, false}) {
            ZoneFixture z = new ZoneFixture("example.com.");
            z.add("simple", RecordType.A).alias("target", eth);
            z.add("weighted", RecordType.A).weighted("a", 1).alias("target", eth);
            z.add("weighted", RecordType.A).weighted("b", 1).values("192.0.2.2");
            z.add("target", RecordType.A).healthCheck("hc-t").values("192.0.2.1");
            EngineHarness h = new EngineHarness(z);
            FixedHealth down = FixedHealth.allHealthy().unhealthy("hc-t");
            assertThat(h.resolve("simple.example.com", "A", down).answers()).as("simple, eth=" + eth)
                    .containsExactly("192.0.2.1");
            Map<Set<String>, Integer> weighted = h.sample("weighted.example.com", "A", ClientContext.UNMAPPED, down,
                    400, 147);
            if (eth) {
                assertThat(weighted).containsOnlyKeys(set("192.0.2.2"));
            } else {
                assertThat(weighted).containsOnlyKeys(set("192.0.2.1"), set("192.0.2.2"));
            }
        }
    }

    @Test
    void r148_withEthTheTargetRecordSetsHealthChecksDecide() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).latency("iad", "us-east-1").alias("iad", true);
        z.add("www", RecordType.A).latency("dub", "eu-west-1").alias("dub", true);
        z.add("iad", RecordType.A).healthCheck("hc-iad").values("192.0.2.1");
        z.add("dub", RecordType.A).healthCheck("hc-dub").values("192.0.2.2");
        EngineHarness h = new EngineHarness(z);
        ClientContext virginia = ClientContext.region("us-east-1");
        assertThat(h.resolve("www.example.com", "A", virginia).answers()).containsExactly("192.0.2.1");
        assertThat(h.resolve("www.example.com", "A", virginia, FixedHealth.allHealthy().unhealthy("hc-iad"))
                .answers()).containsExactly("192.0.2.2");
    }

    @Test
    void r149_anAliasToAnAwsResourceIsShownAsItsType() {
        // charging is not modelled by the engine; what DNS tools show is
        Resolution r = new EngineHarness(resources()).resolve("lb.example.com", "A");
        assertThat(r.answerType()).isEqualTo("A");
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R145"));
    }

    @Test
    void r150_targetHealthIsComputedWithoutLastResortAndMemoisedPerQuery() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("a", 1).alias("pool", true);
        z.add("www", RecordType.A).weighted("b", 1).alias("pool", true);
        z.add("www", RecordType.A).weighted("c", 1).values("192.0.2.99");
        z.add("pool", RecordType.A).weighted("p1", 1).healthCheck("hc-p1").values("192.0.2.1");
        EngineHarness h = new EngineHarness(z);
        Resolution r = h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-p1"));
        assertThat(r.answers()).containsExactly("192.0.2.99");
        // a and b both need the health of "pool": computed once, then taken from the memo
        assertThat(r.trace()).filteredOn(s -> s.step().equals("target health") && s.decision().contains("earlier"))
                .hasSize(1);
    }

    @Test
    void r159_activeActivePassiveWorkedExample() {
        ZoneFixture z = new ZoneFixture("example.com.");
        for (int i = 1; i <= 3; i++) {
            z.add("failover-primary", RecordType.A).weighted("p" + i, 10).healthCheck("hc-p" + i)
                    .values("192.0.2." + i);
        }
        z.add("failover-secondary", RecordType.A).weighted("s1", 10).healthCheck("hc-s1").values("198.51.100.1");
        z.add("failover-secondary", RecordType.A).weighted("s2", 30).healthCheck("hc-s2").values("198.51.100.2");
        z.add("www", RecordType.A).primary("primary").alias("failover-primary", true);
        z.add("www", RecordType.A).secondary("secondary").alias("failover-secondary", true);
        EngineHarness h = new EngineHarness(z);

        Stats.assertDistribution(h.sample("www.example.com", "A", FixedHealth.allHealthy(), 1591), Stats.N,
                Map.of(set("192.0.2.1"), 1.0 / 3, set("192.0.2.2"), 1.0 / 3, set("192.0.2.3"), 1.0 / 3));
        Stats.assertDistribution(h.sample("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-p1",
                "hc-p2"), 1592), Stats.N, Map.of(set("192.0.2.3"), 1.0));
        Stats.assertDistribution(h.sample("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-p1",
                "hc-p2", "hc-p3"), 1593), Stats.N, Map.of(set("198.51.100.1"), 0.25, set("198.51.100.2"), 0.75));
        Stats.assertDistribution(h.sample("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-p1",
                "hc-p2", "hc-p3", "hc-s2"), 1594), Stats.N, Map.of(set("198.51.100.1"), 1.0));
        FixedHealth everything = FixedHealth.allHealthy().unhealthy("hc-p1", "hc-p2", "hc-p3", "hc-s1", "hc-s2");
        Resolution r = h.resolve("www.example.com", "A", everything);
        assertThat(r.trace()).anyMatch(s -> s.step().equals("last resort") && s.rule().equals("R81"));
        assertThat(r.trace()).anyMatch(s -> s.step().equals("last resort") && s.rule().equals("R72"));
        Stats.assertDistribution(h.sample("www.example.com", "A", everything, 1595), Stats.N,
                Map.of(set("192.0.2.1"), 1.0 / 3, set("192.0.2.2"), 1.0 / 3, set("192.0.2.3"), 1.0 / 3));
    }

    // ------------------------------------------------------------------ A25 cycles

    @Test
    void a25_anAliasThatReachesItselfAnswersServfail() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("self", RecordType.A).alias("self", false);
        z.add("ping", RecordType.A).alias("pong", false);
        z.add("pong", RecordType.A).alias("ping", true);
        EngineHarness h = new EngineHarness(z);
        for (String name : List.of("self.example.com", "ping.example.com", "pong.example.com")) {
            Resolution r = h.resolve(name, "A");
            assertThat(r.rcode()).as(name).isEqualTo(Rcode.SERVFAIL);
            assertThat(r.answers()).isEmpty();
            assertThat(r.ttl()).isNull();
            assertThat(r.trace()).anyMatch(s -> s.rule().equals("A25"));
        }
    }

    @Test
    void a25_aCycleMetWhileEvaluatingTargetHealthAlsoAnswersServfail() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("loop", true);
        z.add("www", RecordType.A).secondary("s").values("192.0.2.2");
        z.add("loop", RecordType.A).alias("www", true);
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A");
        assertThat(r.rcode()).isEqualTo(Rcode.SERVFAIL);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("A25") && s.step().equals("target health"));
    }

    @Test
    void a25_aCycleMetOnlyWhileEvaluatingHealthAnswersServfailEvenIfTheAnswerPathAvoidsIt() {
        // health of "loop" needs the health of www, which needs the health of "loop": a cycle. Counting it
        // unhealthy would send the weighted last resort to "plain" and hide the broken design.
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("plain", 1).healthCheck("hc-plain").values("192.0.2.1");
        z.add("www", RecordType.A).weighted("loop", 0).alias("loop", true);
        z.add("loop", RecordType.A).alias("www", true);
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A",
                FixedHealth.allHealthy().unhealthy("hc-plain"));
        assertThat(r.rcode()).isEqualTo(Rcode.SERVFAIL);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("A25") && s.step().equals("target health"));
    }

    @Test
    void a25_aCycleInsideAMultivalueUnionStillAnswersServfail() {
        // multivalue aliases are invalid (V30); if present, a cycle through one must not vanish in the union
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).multivalue("plain").values("192.0.2.1");
        z.add("www", RecordType.A).multivalue("loop").alias("back", false);
        z.add("back", RecordType.A).alias("www", false);
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A");
        assertThat(r.rcode()).isEqualTo(Rcode.SERVFAIL);
        assertThat(r.answers()).isEmpty();
    }

    @Test
    void a25_sharedTargetsWithoutACycleAreNotMistakenForOne() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("left", true);
        z.add("www", RecordType.A).secondary("s").alias("right", true);
        z.add("left", RecordType.A).alias("shared", true);
        z.add("right", RecordType.A).alias("shared", true);
        z.add("shared", RecordType.A).healthCheck("hc-shared").values("192.0.2.1");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A").rcode()).isEqualTo(Rcode.NOERROR);
        Resolution down = h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-shared"));
        assertThat(down.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(down.answers()).containsExactly("192.0.2.1");
    }

    @Test
    void r42_r145_aResourceWithHealthyTargetGroupsAnswersThroughAWeightedAlias() {
        ZoneFixture z = resources();
        z.add("www", RecordType.A).weighted("lb", 1).resourceAlias("ZELB", "alb.example.net", true);
        z.add("www", RecordType.A).weighted("static", 1).healthCheck("hc-static").values("192.0.2.50");
        z.resource("alb.example.net", AwsResourceKind.APPLICATION_LOAD_BALANCER, List.of("203.0.113.20"),
                List.of(), null, null, new TargetGroupHealth("tg", 2, 2));
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-static")).answers())
                .containsExactly("203.0.113.20");
    }
}
