package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** §4 query processing pipeline: R20–R34, with A2 and A4. */
class NameProcessingTest {

    private static final String SOA_NS = "ns-2048.awsdns-64.com.";

    private static ZoneFixture basic() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).values("192.0.2.1");
        z.add("@", RecordType.A).values("192.0.2.100");
        return z;
    }

    // ------------------------------------------------------------------ R20 zone scope, A2

    @Test
    void r20_a2_nameOutsideTheZoneIsRefused() {
        EngineHarness h = new EngineHarness(basic());
        for (String outside : List.of("www.example.org", "com", "example.com.evil.net", "xexample.com")) {
            Resolution r = h.resolve(outside, "A");
            assertThat(r.rcode()).as(outside).isEqualTo(Rcode.REFUSED);
            assertThat(r.answers()).isEmpty();
            assertThat(r.ttl()).isNull();
            assertThat(r.authority()).isEmpty();
            assertThat(r.nameserver()).isNull();
            assertThat(r.trace()).anyMatch(s -> s.rule().equals("A2"));
        }
    }

    @Test
    void r20_apexAndNamesBelowItAreAnsweredWhateverTheSpelling() {
        EngineHarness h = new EngineHarness(basic());
        assertThat(h.resolve("example.com", "A").answers()).containsExactly("192.0.2.100");
        for (String spelling : List.of("www.example.com", "WWW.Example.COM.", "wWw.eXample.com")) {
            Resolution r = h.resolve(spelling, "A");
            assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
            assertThat(r.answers()).as(spelling).containsExactly("192.0.2.1");
        }
        assertThat(h.resolve("www.example.com", "a").answers()).containsExactly("192.0.2.1");
    }

    @Test
    void r20_theZoneWithTheLongestMatchingOriginAnswers() {
        ZoneFixture parent = new ZoneFixture("example.com.", "ZPARENT");
        parent.add("a.sub", RecordType.A).values("192.0.2.1");
        ZoneFixture child = new ZoneFixture("sub.example.com.", "ZCHILD");
        child.add("a", RecordType.A).values("198.51.100.1");
        EngineHarness h = new EngineHarness(new Design(List.of(parent.build(), child.build()), List.of(), List.of(),
                null, null));
        assertThat(h.resolve("a.sub.example.com", "A").answers()).containsExactly("198.51.100.1");
        assertThat(h.resolve("b.sub.example.com", "A").rcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    // ------------------------------------------------------------------ R21 delegations

    private static EngineHarness delegated() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("dev", RecordType.NS).ttl(172800).values("ns1.dev-provider.net.", "ns2.dev-provider.net.");
        z.add("a.dev", RecordType.A).values("192.0.2.66"); // occluded by the delegation
        z.add("dev", RecordType.A).values("192.0.2.67"); // also occluded: the cut itself is delegated
        z.add("www", RecordType.A).values("192.0.2.1");
        return new EngineHarness(z);
    }

    @Test
    void r21_namesAtAndBelowADelegationGetAReferral() {
        EngineHarness h = delegated();
        for (String name : List.of("dev.example.com", "a.dev.example.com", "x.y.dev.example.com")) {
            for (String type : List.of("A", "NS", "AAAA")) {
                Resolution r = h.resolve(name, type);
                assertThat(r.rcode()).as(name + " " + type).isEqualTo(Rcode.NOERROR);
                assertThat(r.answers()).as(name + " " + type).isEmpty();
                assertThat(r.isReferral()).isTrue();
                assertThat(r.authority()).extracting(DnsRecord::data)
                        .containsExactlyInAnyOrder("ns1.dev-provider.net.", "ns2.dev-provider.net.");
                assertThat(r.authority()).allMatch(rr -> rr.type().equals("NS")
                        && rr.owner().equals(DomainName.of("dev.example.com")) && rr.ttl() == 172800);
                assertThat(r.trace()).anyMatch(s -> s.rule().equals("R21"));
            }
        }
    }

    @Test
    void r21_theApexNsSetIsAnAnswerNotADelegation() {
        EngineHarness h = delegated();
        Resolution ns = h.resolve("example.com", "NS");
        assertThat(ns.answers()).hasSize(4).contains(SOA_NS);
        assertThat(ns.isReferral()).isFalse();
        assertThat(h.resolve("www.example.com", "A").answers()).containsExactly("192.0.2.1");
    }

    // ------------------------------------------------------------------ R22 name existence

    @Test
    void r22_emptyNonTerminalIsNodataAndAMissingNameIsNxdomain() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("a.b", RecordType.A).values("192.0.2.1");
        EngineHarness h = new EngineHarness(z);
        Resolution ent = h.resolve("b.example.com", "A");
        assertThat(ent.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(ent.answers()).isEmpty();
        assertThat(ent.authority()).extracting(DnsRecord::type).containsExactly("SOA");

        Resolution missing = h.resolve("c.example.com", "A");
        assertThat(missing.rcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(missing.authority()).extracting(DnsRecord::type).containsExactly("SOA");
        assertThat(h.resolve("x.b.example.com", "A").rcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void r22_aNameWithRecordsOfAnotherTypeIsNodata() {
        EngineHarness h = new EngineHarness(basic());
        Resolution r = h.resolve("www.example.com", "TXT");
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).isEmpty();
    }

    // ------------------------------------------------------------------ R23 exact-name processing

    @Test
    void r23_step1_theGroupOfTheQueriedTypeIsEvaluated() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).values("192.0.2.1");
        z.add("www", RecordType.AAAA).values("2001:db8::1");
        z.add("www", RecordType.TXT).values("\"v=spf1 -all\"");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "AAAA").answers()).containsExactly("2001:db8::1");
        assertThat(h.resolve("www.example.com", "TXT").answers()).containsExactly("\"v=spf1 -all\"");
        assertThat(h.resolve("www.example.com", "AAAA").answerType()).isEqualTo("AAAA");
    }

    @Test
    void r23_step2_aCnameGroupAnswersOtherTypesWithTheCnameRecordOnly() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.CNAME).values("web.example.com.");
        z.add("web", RecordType.A).values("192.0.2.1");
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A");
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).containsExactly("web.example.com.");
        assertThat(r.answerType()).isEqualTo("CNAME");
    }

    @Test
    void r23_step3_nodataCarriesTheSoaInTheAuthoritySection() {
        Resolution r = new EngineHarness(basic()).resolve("www.example.com", "AAAA");
        assertThat(r.isNoData()).isTrue();
        assertThat(r.answerType()).isNull();
        assertThat(r.authority()).singleElement().satisfies(soa -> {
            assertThat(soa.type()).isEqualTo("SOA");
            assertThat(soa.owner()).isEqualTo(DomainName.of("example.com"));
            assertThat(soa.data()).startsWith(SOA_NS + " awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400");
        });
    }

    // ------------------------------------------------------------------ R24 wildcards, A4

    private static ZoneFixture wildcardZone() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("*", RecordType.A).values("192.0.2.42");
        z.add("www", RecordType.A).values("192.0.2.1");
        z.add("a.b", RecordType.A).values("192.0.2.2"); // b.example.com. is an empty non-terminal
        return z;
    }

    @Test
    void r24_aWildcardAnswersForMissingNamesWithTheQueryAsOwner() {
        EngineHarness h = new EngineHarness(wildcardZone());
        for (String name : List.of("foo.example.com", "a.deep.name.example.com")) {
            Resolution r = h.resolve(name, "A");
            assertThat(r.rcode()).as(name).isEqualTo(Rcode.NOERROR);
            assertThat(r.answers()).as(name).containsExactly("192.0.2.42");
            assertThat(r.query().name()).isEqualTo(DomainName.of(name));
            assertThat(r.trace()).anyMatch(s -> s.rule().equals("R24"));
        }
    }

    @Test
    void r24_specificNamesAlwaysWinOverTheWildcard() {
        EngineHarness h = new EngineHarness(wildcardZone());
        assertThat(h.resolve("www.example.com", "A").answers()).containsExactly("192.0.2.1");
        // www exists: a missing type there is NODATA, not the wildcard
        assertThat(h.resolve("www.example.com", "AAAA").isNoData()).isTrue();
        // b exists as an empty non-terminal: NODATA, not the wildcard
        Resolution ent = h.resolve("b.example.com", "A");
        assertThat(ent.isNoData()).isTrue();
        // below b the closest encloser is b, which has no wildcard: NXDOMAIN
        assertThat(h.resolve("c.b.example.com", "A").rcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void r24_aWildcardOfAnotherTypeGivesNodataAndNoWildcardGivesNxdomain() {
        EngineHarness h = new EngineHarness(wildcardZone());
        Resolution r = h.resolve("foo.example.com", "AAAA");
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).isEmpty();
        Resolution nx = new EngineHarness(basic()).resolve("foo.example.com", "A");
        assertThat(nx.rcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(nx.ttl()).isEqualTo(900L);
    }

    @Test
    void r24_anAsteriskInAnotherPositionIsALiteralCharacter() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("a*b", RecordType.A).values("192.0.2.7");
        z.add("x.*.y", RecordType.A).values("192.0.2.8");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("a*b.example.com", "A").answers()).containsExactly("192.0.2.7");
        assertThat(h.resolve("axb.example.com", "A").rcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(h.resolve("x.q.y.example.com", "A").rcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(h.resolve("x.*.y.example.com", "A").answers()).containsExactly("192.0.2.8");
        assertThat(h.resolve("\\052.example.com", "A").rcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void r24_a4_theApexAboveAWildcardIsNodataNotNxdomain() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("*", RecordType.A).values("192.0.2.42");
        Resolution r = new EngineHarness(z).resolve("example.com", "A");
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).isEmpty();
    }

    @Test
    void a4_aParentWithOnlyAWildcardChildIsNodata() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("*.shop", RecordType.A).values("192.0.2.42");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("shop.example.com", "A").isNoData()).isTrue();
        assertThat(h.resolve("shop.example.com", "A").rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(h.resolve("x.shop.example.com", "A").answers()).containsExactly("192.0.2.42");
    }

    // ------------------------------------------------------------------ R25 wildcard groups

    @Test
    void r25_wildcardGroupsUseRoutingHealthAndAliases() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("*", RecordType.A).primary("p").healthCheck("hc-p").values("192.0.2.1");
        z.add("*", RecordType.A).secondary("s").values("192.0.2.2");
        z.add("*", RecordType.AAAA).alias("@", true);
        z.add("@", RecordType.AAAA).values("2001:db8::1");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("x.example.com", "A").answers()).containsExactly("192.0.2.1");
        assertThat(h.resolve("x.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-p")).answers())
                .containsExactly("192.0.2.2");
        Resolution alias = h.resolve("anything.example.com", "AAAA");
        assertThat(alias.answers()).containsExactly("2001:db8::1");
        assertThat(alias.answerType()).isEqualTo("AAAA");
        assertThat(alias.trace()).anyMatch(s -> s.rule().equals("R25"));
    }

    // ------------------------------------------------------------------ R26 no applicable record set

    @Test
    void r26_aGroupWithNothingForThisClientAnswersNodata() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).geo("de", GeoLocation.country("DE")).values("192.0.2.1");
        EngineHarness h = new EngineHarness(z);
        Resolution r = h.resolve("www.example.com", "A", ClientContext.country("FR"));
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).isEmpty();
        assertThat(r.ttl()).isEqualTo(900L);
        assertThat(r.authority()).extracting(DnsRecord::type).containsExactly("SOA");
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R26"));
        assertThat(h.resolve("www.example.com", "A", ClientContext.country("DE")).answers())
                .containsExactly("192.0.2.1");
    }

    // ------------------------------------------------------------------ R27 owner and type

    @Test
    void r27_anAliasAnswerLooksLikeAPlainRecordOfItsType() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).alias("origin", false);
        z.add("origin", RecordType.A).ttl(300).values("192.0.2.9");
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A");
        assertThat(r.answers()).containsExactly("192.0.2.9");
        assertThat(r.answerType()).isEqualTo("A");
        assertThat(r.query().name()).isEqualTo(DomainName.of("www.example.com"));
        assertThat(r.query().type()).isEqualTo("A");
        assertThat(r.ttl()).isEqualTo(300L);
    }

    // ------------------------------------------------------------------ R28 alias versus type

    @Test
    void r28_anAliasAnswersOnlyQueriesOfItsOwnType() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).alias("origin", false);
        z.add("origin", RecordType.A).values("192.0.2.9");
        z.add("origin", RecordType.AAAA).values("2001:db8::9");
        z.add("origin", RecordType.TXT).values("\"hello\"");
        EngineHarness h = new EngineHarness(z);
        for (String type : List.of("AAAA", "TXT", "MX", "CNAME")) {
            Resolution r = h.resolve("www.example.com", type);
            assertThat(r.rcode()).as(type).isEqualTo(Rcode.NOERROR);
            assertThat(r.answers()).as(type).isEmpty();
        }
    }

    // ------------------------------------------------------------------ R29 value order

    @Test
    void r29_severalValuesComeInUniformlyRandomOrder() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).values("192.0.2.1", "192.0.2.2", "192.0.2.3");
        CompiledDesign compiled = new EngineHarness(z).compiled();
        SplittableRandom seeds = new SplittableRandom(29);
        Map<List<String>, Integer> orders = new HashMap<>();
        for (int i = 0; i < Stats.N; i++) {
            Resolution r = compiled.resolveQuietly(FixedHealth.allHealthy(), Query.of("www.example.com", "A"),
                    ClientContext.UNMAPPED, seeds.split());
            orders.merge(new ArrayList<>(r.answers()), 1, Integer::sum);
        }
        assertThat(orders.keySet()).allMatch(order -> order.size() == 3
                && Set.copyOf(order).equals(Set.of("192.0.2.1", "192.0.2.2", "192.0.2.3")));
        assertThat(orders).hasSize(6);
        orders.forEach((order, count) -> Stats.assertShare("order " + order, count, Stats.N, 1.0 / 6));
    }

    // ------------------------------------------------------------------ R30 response size and protocol

    @Test
    void r30_wireSizeIsEstimatedForTheWholeResponse() {
        Resolution r = new EngineHarness(basic()).resolve("www.example.com", "A");
        // header 12 + question (17-byte name + 4) + one A record (12 + 4)
        // + four default NS records in the authority section: 12 + 23 (x3) and 12 + 25 (co.uk)
        assertThat(r.wireSize()).isEqualTo(12 + 21 + 16 + 3 * (12 + 23) + (12 + 25));
        assertThat(r.protocol()).isEqualTo(Protocol.UDP);
    }

    @Test
    void r30_recordDataIsSizedPerType() {
        assertThat(WireSize.rdataLength("A", "192.0.2.1")).isEqualTo(4);
        assertThat(WireSize.rdataLength("AAAA", "2001:db8::1")).isEqualTo(16);
        assertThat(WireSize.rdataLength("CNAME", "web.example.com.")).isEqualTo(17);
        assertThat(WireSize.rdataLength("MX", "10 mail.example.com.")).isEqualTo(2 + 18);
        assertThat(WireSize.rdataLength("SRV", "10 5 443 sip.example.com.")).isEqualTo(6 + 17);
        assertThat(WireSize.rdataLength("TXT", "\"abc\" \"de\"")).isEqualTo(4 + 3);
        assertThat(WireSize.rdataLength("TXT", "\"" + "x".repeat(300) + "\"")).isEqualTo(300 + 2);
        assertThat(WireSize.rdataLength("CAA", "0 issue \"amazon.com\"")).isEqualTo(2 + 5 + 10);
    }

    @Test
    void r30_anAnswerBeyond512BytesNeedsTcpWithoutEdns0AndFitsUdpWithIt() {
        ZoneFixture z = new ZoneFixture("example.com.");
        List<String> txt = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            txt.add("\"" + "x".repeat(100) + i + "\"");
        }
        z.add("big", RecordType.TXT).values(txt.toArray(String[]::new));
        EngineHarness h = new EngineHarness(z);
        Resolution plain = h.resolve("big.example.com", "TXT");
        assertThat(plain.wireSize()).isGreaterThan(512);
        assertThat(plain.protocol()).isEqualTo(Protocol.TCP);
        Resolution withEcs = h.resolve("big.example.com", "TXT",
                ClientContext.UNMAPPED.withEcsSubnet("203.0.113.0/24"));
        assertThat(withEcs.protocol()).isEqualTo(Protocol.UDP);
        assertThat(withEcs.wireSize()).isGreaterThan(plain.wireSize());
    }

    @Test
    void r30_theAuthoritySectionAloneNeverForcesTcp() {
        ZoneFixture z = new ZoneFixture("example.com.");
        List<String> ns = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            ns.add("ns" + i + ".a-rather-long-name-server-domain.example.net.");
        }
        z.add("@", RecordType.NS).ttl(172800).values(ns.toArray(String[]::new));
        z.add("www", RecordType.A).values("192.0.2.1");
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A");
        assertThat(r.wireSize()).isGreaterThan(512);
        assertThat(r.protocol()).isEqualTo(Protocol.UDP);
    }

    // ------------------------------------------------------------------ R31 authority section

    @Test
    void r31_positiveAnswersCarryTheZoneNsNegativeOnesTheSoa() {
        EngineHarness h = new EngineHarness(basic());
        Resolution positive = h.resolve("www.example.com", "A");
        assertThat(positive.authority()).hasSize(4).allMatch(rr -> rr.type().equals("NS")
                && rr.owner().equals(DomainName.of("example.com")) && rr.ttl() == 172800);
        for (Resolution negative : List.of(h.resolve("nope.example.com", "A"), h.resolve("www.example.com", "MX"))) {
            assertThat(negative.authority()).singleElement().satisfies(soa -> {
                assertThat(soa.type()).isEqualTo("SOA");
                assertThat(soa.ttl()).isEqualTo(900);
            });
        }
        assertThat(h.resolve("example.org", "A").authority()).isEmpty();
        // the apex NS answer does not repeat itself in the authority section
        assertThat(h.resolve("example.com", "NS").authority()).isEmpty();
    }

    // ------------------------------------------------------------------ R32 meta types

    @Test
    void r32_anyAndOtherMetaTypesAreNotImplemented() {
        EngineHarness h = new EngineHarness(basic());
        for (String type : List.of("ANY", "AXFR", "IXFR")) {
            Resolution r = h.resolve("www.example.com", type);
            assertThat(r.rcode()).as(type).isEqualTo(Rcode.NOTIMP);
            assertThat(r.answers()).isEmpty();
            assertThat(r.trace()).anyMatch(s -> s.rule().equals("R32"));
        }
    }

    // ------------------------------------------------------------------ R33 determinism

    @Test
    void r33_theSameSeedGivesTheSameResolutionAndSeedsVaryTheAnswer() {
        ZoneFixture z = new ZoneFixture("example.com.");
        for (int i = 1; i <= 12; i++) {
            z.add("mv", RecordType.A).multivalue("m" + i).values("192.0.2." + i);
        }
        z.add("www", RecordType.A).weighted("a", 1).values("198.51.100.1", "198.51.100.2");
        z.add("www", RecordType.A).weighted("b", 1).values("198.51.100.3", "198.51.100.4");
        EngineHarness h = new EngineHarness(z);
        for (String name : List.of("mv.example.com", "www.example.com")) {
            Set<List<String>> seen = new java.util.HashSet<>();
            for (long seed = 0; seed < 50; seed++) {
                Resolution first = h.resolve(name, "A", ClientContext.UNMAPPED, FixedHealth.allHealthy(), seed);
                Resolution again = h.resolve(name, "A", ClientContext.UNMAPPED, FixedHealth.allHealthy(), seed);
                assertThat(again).isEqualTo(first);
                seen.add(first.answers());
            }
            assertThat(seen).as("different seeds give different answers for " + name).hasSizeGreaterThan(1);
        }
    }

    // ------------------------------------------------------------------ R34 trace

    @Test
    void r34_theTraceNamesGroupsCandidatesHealthLastResortAndBackingOut() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).latency("use1", "us-east-1").alias("use1", true);
        z.add("www", RecordType.A).latency("euc1", "eu-central-1").alias("euc1", true);
        z.add("use1", RecordType.A).weighted("a", 1).healthCheck("hc-a").values("192.0.2.1");
        z.add("euc1", RecordType.A).weighted("b", 1).healthCheck("hc-b").values("192.0.2.2");
        EngineHarness h = new EngineHarness(z);
        Resolution backOut = h.resolve("www.example.com", "A", ClientContext.region("us-east-1"),
                FixedHealth.allHealthy().unhealthy("hc-a"));
        assertThat(backOut.answers()).containsExactly("192.0.2.2");
        assertThat(backOut.trace()).anyMatch(s -> s.step().equals("rank") && s.decision().contains("us-east-1"));
        assertThat(backOut.trace()).anyMatch(s -> s.step().equals("health") && s.decision().contains("hc-a"));
        assertThat(backOut.trace()).anyMatch(s -> s.rule().equals("R45"));
        assertThat(backOut.path()).extracting(k -> k.setIdentifier()).containsExactly("euc1", "b");

        Resolution lastResort = h.resolve("www.example.com", "A", ClientContext.region("us-east-1"),
                FixedHealth.allHealthy().unhealthy("hc-a", "hc-b"));
        assertThat(lastResort.answers()).containsExactly("192.0.2.1");
        assertThat(lastResort.trace()).anyMatch(s -> s.step().equals("last resort") && s.rule().equals("R93"));
        assertThat(lastResort.trace()).allMatch(s -> s.rule() != null && !s.rule().isBlank());

        Resolution quiet = h.compiled().resolveQuietly(FixedHealth.allHealthy(), Query.of("www.example.com", "A"),
                ClientContext.region("us-east-1"), new SplittableRandom(1));
        assertThat(quiet.trace()).isEmpty();
        assertThat(quiet.answers()).containsExactly("192.0.2.1");
    }

    @Test
    void r22_theApexAlwaysExistsWithSynthesisedSoaAndNs() {
        HostedZone zone = basic().build();
        EngineHarness h = new EngineHarness(zone);
        assertThat(h.resolve("example.com", "SOA").answers()).singleElement().asString().startsWith(SOA_NS);
        assertThat(h.resolve("example.com", "SOA").ttl()).isEqualTo(900L);
        assertThat(h.resolve("example.com", "NS").ttl()).isEqualTo(172800L);
        assertThat(h.resolve("example.com", "NS").answers()).containsExactlyInAnyOrder(
                "ns-2048.awsdns-64.com.", "ns-2049.awsdns-65.net.", "ns-2050.awsdns-66.org.", "ns-2051.awsdns-67.co.uk.");
    }
}
