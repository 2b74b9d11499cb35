package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Invariants of the engine over generated designs (QuickTheories, fixed seeds so runs repeat):
 * health is respected at every level (R42a, R43, R44, R45), weighted shares converge to the weight ratios
 * (R70), the same seed gives the same resolution (R33), resolution never throws for any design, valid or
 * not, and alias cycles — only they — answer SERVFAIL (A25).
 */
class ResolutionPropertiesTest {

    private static final String ZONE_ID = ZoneFixture.ZONE_ID;
    private static final DomainName ORIGIN = DomainName.of("example.com.");
    private static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
            "ap-southeast-1", "ap-southeast-2", "sa-east-1", "ap-northeast-1");

    // ------------------------------------------------------------------ generator helpers

    private static int between(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return between(in, 0, 99) < percent;
    }

    private static <T> T pick(RandomnessSource in, List<T> from) {
        return from.get(between(in, 0, from.size() - 1));
    }

    // ------------------------------------------------------------------ one routed group with random health

    /** A member of a generated group: its weight, failover role, Region, and health. */
    record Member(long weight, FailoverRole role, String region, boolean checked, boolean checkHealthy) {
        /** R40: a record set without health check is healthy. */
        boolean healthy() {
            return !checked || checkHealthy;
        }
    }

    record GroupCase(RoutingPolicy policy, List<Member> members, String clientRegion) {
    }

    private static Gen<GroupCase> groups(List<RoutingPolicy> policies, int maxMembers) {
        return in -> {
            RoutingPolicy policy = pick(in, policies);
            int size = policy == RoutingPolicy.FAILOVER ? between(in, 1, 2) : between(in, 1, maxMembers);
            List<String> regions = new ArrayList<>(REGIONS);
            boolean primaryFirst = chance(in, 50);
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                long weight = chance(in, 25) ? 0 : between(in, 1, 255);
                FailoverRole role = (i == 0) == primaryFirst ? FailoverRole.PRIMARY : FailoverRole.SECONDARY;
                String region = regions.remove(between(in, 0, regions.size() - 1));
                members.add(new Member(weight, role, region, chance(in, 80), chance(in, 50)));
            }
            return new GroupCase(policy, members, pick(in, REGIONS));
        };
    }

    private static Routing routing(RoutingPolicy policy, Member m) {
        return switch (policy) {
            case WEIGHTED -> new WeightedRouting(m.weight());
            case FAILOVER -> new FailoverRouting(m.role());
            case LATENCY -> new LatencyRouting(m.region());
            default -> throw new IllegalArgumentException(policy.name());
        };
    }

    /** Adds the group at {@code name}: member i has value {@code prefix + i} and health check {@code prefix + i}. */
    private static void addGroup(List<RecordSet> out, String name, GroupCase g, String prefix, FixedHealth health) {
        for (int i = 0; i < g.members().size(); i++) {
            Member m = g.members().get(i);
            String id = prefix + i;
            out.add(new RecordSet(DomainName.of(name), RecordType.A, id, routing(g.policy(), m), 60L, List.of(id),
                    null, m.checked() ? "hc-" + id : null, null));
            if (m.checked() && !m.checkHealthy()) {
                health.unhealthy("hc-" + id);
            }
        }
    }

    private static Member chosenMember(List<Member> members, String prefix, String value) {
        assertThat(value).startsWith(prefix);
        return members.get(Integer.parseInt(value.substring(prefix.length())));
    }

    @Test
    void r42a_r43_aGroupNeverAnswersFromAnUnhealthyRecordSetWhileAHealthyOneExists() {
        qt().withFixedSeed(4201).withExamples(600)
                .forAll(groups(List.of(RoutingPolicy.WEIGHTED, RoutingPolicy.FAILOVER, RoutingPolicy.LATENCY), 6))
                .checkAssert(g -> {
                    List<RecordSet> records = new ArrayList<>();
                    FixedHealth health = FixedHealth.allHealthy();
                    addGroup(records, "www.example.com.", g, "m", health);
                    EngineHarness h = new EngineHarness(new HostedZone(ZONE_ID, ORIGIN, false, records));
                    boolean anyHealthy = g.members().stream().anyMatch(Member::healthy);
                    boolean healthyPositive = g.members().stream().anyMatch(m -> m.healthy() && m.weight() > 0);
                    for (long seed = 0; seed < 4; seed++) {
                        Resolution r = h.resolve("www.example.com", "A", ClientContext.region(g.clientRegion()),
                                health, seed);
                        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
                        assertThat(r.answers()).hasSize(1); // R43: never empty because of health
                        Member chosen = chosenMember(g.members(), "m", r.answers().get(0));
                        if (anyHealthy) {
                            assertThat(chosen.healthy()).as("healthy alternative exists: %s", g).isTrue();
                        }
                        if (g.policy() == RoutingPolicy.WEIGHTED && (healthyPositive
                                || !anyHealthy && g.members().stream().anyMatch(m -> m.weight() > 0))) {
                            assertThat(chosen.weight()).as("R72: zero weights only as a fallback").isPositive();
                        }
                        if (g.policy() == RoutingPolicy.FAILOVER && !anyHealthy) {
                            assertThat(chosen.role()).as("R81 last resort").isEqualTo(
                                    g.members().size() == 2 ? FailoverRole.PRIMARY : g.members().get(0).role());
                        }
                    }
                });
    }

    /** A parent group whose members are ETH aliases, member i to child group i. */
    record TreeCase(GroupCase parent, List<GroupCase> children) {
    }

    private static Gen<TreeCase> trees() {
        List<RoutingPolicy> policies = List.of(RoutingPolicy.WEIGHTED, RoutingPolicy.FAILOVER, RoutingPolicy.LATENCY);
        Gen<GroupCase> groups = groups(policies, 3);
        return in -> {
            GroupCase parent = groups.generate(in);
            List<GroupCase> children = new ArrayList<>();
            for (int i = 0; i < parent.members().size(); i++) {
                children.add(groups.generate(in));
            }
            return new TreeCase(parent, children);
        };
    }

    @Test
    void r44_r45_aTreeWithEthAnswersFromAHealthyLeafWheneverOneExists() {
        qt().withFixedSeed(4445).withExamples(500).forAll(trees()).checkAssert(t -> {
            List<RecordSet> records = new ArrayList<>();
            FixedHealth health = FixedHealth.allHealthy();
            GroupCase parent = t.parent();
            for (int i = 0; i < parent.members().size(); i++) {
                Member m = parent.members().get(i);
                records.add(new RecordSet(DomainName.of("www.example.com."), RecordType.A, "p" + i,
                        routing(parent.policy(), m), null, List.of(),
                        new AliasTarget(ZONE_ID, DomainName.of("child" + i + ".example.com."), true), null, null));
                addGroup(records, "child" + i + ".example.com.", t.children().get(i), "c" + i + "-", health);
            }
            EngineHarness h = new EngineHarness(new HostedZone(ZONE_ID, ORIGIN, false, records));
            boolean anyHealthyLeaf = t.children().stream().flatMap(c -> c.members().stream())
                    .anyMatch(Member::healthy);
            for (long seed = 0; seed < 4; seed++) {
                Resolution r = h.resolve("www.example.com", "A", ClientContext.region(parent.clientRegion()), health,
                        seed);
                assertThat(r.answers()).hasSize(1);
                String value = r.answers().get(0);
                int child = Integer.parseInt(value.substring(1, value.indexOf('-')));
                Member leaf = chosenMember(t.children().get(child).members(), "c" + child + "-", value);
                if (anyHealthyLeaf) {
                    assertThat(leaf.healthy()).as("a healthy leaf exists in %s", t).isTrue();
                }
            }
        });
    }

    // ------------------------------------------------------------------ weighted convergence

    @Test
    void r70_weightedSharesConvergeToTheWeightRatios() {
        Gen<List<Long>> weightLists = in -> {
            List<Long> weights = new ArrayList<>();
            int size = between(in, 2, 5);
            for (int i = 0; i < size; i++) {
                weights.add((long) (chance(in, 20) ? 0 : between(in, 1, 255)));
            }
            if (weights.stream().allMatch(w -> w == 0)) {
                weights.set(0, 1L);
            }
            return weights;
        };
        qt().withFixedSeed(7070).withExamples(12).forAll(weightLists).checkAssert(weights -> {
            ZoneFixture z = new ZoneFixture("example.com.");
            long total = 0;
            for (int i = 0; i < weights.size(); i++) {
                z.add("www", RecordType.A).weighted("w" + i, weights.get(i)).values("v" + i);
                total += weights.get(i);
            }
            Map<String, Integer> counts = new EngineHarness(z).valueCounts("www.example.com", "A",
                    ClientContext.UNMAPPED, FixedHealth.allHealthy(), Stats.N, weights.hashCode());
            for (int i = 0; i < weights.size(); i++) {
                Stats.assertShare("weight " + weights.get(i) + " of " + weights, counts.getOrDefault("v" + i, 0),
                        Stats.N, weights.get(i) / (double) total);
            }
        });
    }

    // ------------------------------------------------------------------ arbitrary (also invalid) designs

    private static final List<String> NAMES = List.of("@", "a", "b", "c", "*", "x.a", "*.b", "d.c");
    private static final List<RecordType> TYPES = List.of(RecordType.A, RecordType.A, RecordType.AAAA,
            RecordType.CNAME, RecordType.TXT, RecordType.NS, RecordType.MX);
    private static final List<String> HEALTH_CHECKS = List.of("hc1", "hc2", "hc3");

    /** A design with anything in it, a health state, a client and a question. */
    record AnyCase(Design design, FixedHealth health, Set<String> unhealthy, ClientContext client, Query query) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("query " + query + " from " + client + ", unhealthy " + unhealthy
                    + ", private " + design.zones().get(0).privateZone() + "\n");
            for (RecordSet rs : design.zones().get(0).recordSets()) {
                sb.append("  ").append(rs).append('\n');
            }
            return sb.toString();
        }
    }

    private static DomainName name(String relative) {
        return relative.equals("@") ? ORIGIN : DomainName.of(relative + ".example.com.");
    }

    private static Routing anyRouting(RandomnessSource in) {
        return switch (between(in, 0, 7)) {
            case 0 -> SimpleRouting.INSTANCE;
            case 1 -> new WeightedRouting(pick(in, List.of(0L, 1L, 5L, 255L, -3L, 300L)));
            case 2 -> new FailoverRouting(pick(in, List.of(FailoverRole.PRIMARY, FailoverRole.SECONDARY)));
            case 3 -> new LatencyRouting(pick(in, List.of("us-east-1", "eu-west-1", "cn-north-1", "bogus-1", "")));
            case 4 -> new GeolocationRouting(pick(in, List.of(GeoLocation.defaultLocation(), GeoLocation.continent("EU"),
                    GeoLocation.country("DE"), GeoLocation.usState("CA"), new GeoLocation("EU", "DE", null),
                    new GeoLocation(null, null, null), new GeoLocation(null, null, "CA"))));
            case 5 -> new GeoproximityRouting(pick(in, List.of(
                    new GeoProximityLocation("eu-west-1", null, null, null, null),
                    new GeoProximityLocation("bogus-9", null, null, null, 150L),
                    new GeoProximityLocation(null, null, "10.555", "-20.1", -100L),
                    new GeoProximityLocation(null, null, "x", "1e999", -150L),
                    new GeoProximityLocation(null, "us-east-1-bos-1", null, null, 99L),
                    new GeoProximityLocation(null, null, null, null, null))));
            case 6 -> MultiValueRouting.INSTANCE;
            default -> new IpBasedRouting(pick(in, List.of("c1", "missing")), pick(in, List.of("l1", "l2", "l3",
                    "nowhere", "*")));
        };
    }

    private static Gen<AnyCase> anyDesigns() {
        return in -> {
            List<RecordSet> records = new ArrayList<>();
            int count = between(in, 0, 14);
            for (int i = 0; i < count; i++) {
                DomainName owner = name(pick(in, NAMES));
                RecordType type = pick(in, TYPES);
                Routing routing = anyRouting(in);
                String setId = pick(in, java.util.Arrays.asList(null, "1", "2", "1", "x"));
                String hc = pick(in, java.util.Arrays.asList(null, null, "hc1", "hc2", "hc3"));
                if (chance(in, 45)) {
                    String zoneId = pick(in, List.of(ZONE_ID, ZONE_ID, ZONE_ID, "ZOTHER", "Z2FDTNDATAQYW2"));
                    DomainName target = zoneId.equals(ZONE_ID) ? name(pick(in, NAMES))
                            : DomainName.of(pick(in, List.of("res.example.net", "dualstack.lb.example.net",
                            "missing.example.net")));
                    records.add(new RecordSet(owner, type, setId, routing, null, List.of(),
                            new AliasTarget(zoneId, target, chance(in, 50)), hc, null));
                } else {
                    List<String> values = new ArrayList<>();
                    int n = between(in, 0, 3);
                    for (int v = 0; v < n; v++) {
                        values.add(pick(in, List.of("192.0.2." + i, "2001:db8::" + i, "bogus value",
                                "target.example.com.", "\"txt " + i + "\"", "10 mx.example.com.")));
                    }
                    Long ttl = pick(in, java.util.Arrays.asList(null, 0L, 60L, 86400L));
                    records.add(new RecordSet(owner, type, setId, routing, ttl, values, null, hc, null));
                }
            }
            HostedZone zone = new HostedZone(ZONE_ID, ORIGIN, chance(in, 25), records);
            List<CidrCollection> collections = List.of(new CidrCollection("c1", "c1", 1, List.of(
                    new CidrLocation("l1", List.of("10.0.0.0/8")),
                    new CidrLocation("l2", List.of("10.1.0.0/16", "2001:db8::/32")),
                    new CidrLocation("l3", List.of("bogus", "0.0.0.0/0")))));
            Map<DomainName, AwsResource> resources = new HashMap<>();
            if (chance(in, 70)) {
                DomainName res = DomainName.of("res.example.net");
                resources.put(res, new AwsResource(res, pick(in, List.of(AwsResourceKind.values())),
                        List.of("203.0.113.1", "203.0.113.2"), List.of("2001:db8:aa::1"),
                        pick(in, java.util.Arrays.asList(null, true, false)), List.of(), null));
                DomainName lb = DomainName.of("lb.example.net");
                resources.put(lb, new AwsResource(lb, AwsResourceKind.NETWORK_LOAD_BALANCER, List.of("203.0.113.9"),
                        List.of(), null, List.of(), 30L));
            }
            Design design = new Design(List.of(zone), List.of(), collections, new ResourceCatalog(resources), null);
            FixedHealth health = FixedHealth.allHealthy();
            Set<String> unhealthy = new HashSet<>();
            for (String id : HEALTH_CHECKS) {
                if (chance(in, 40)) {
                    health.unhealthy(id);
                    unhealthy.add(id);
                }
            }
            ClientContext client = new ClientContext(
                    pick(in, java.util.Arrays.asList(null, "EU", "NA", "XX")),
                    pick(in, java.util.Arrays.asList(null, "DE", "US", "CN", "ZZ", "")),
                    pick(in, java.util.Arrays.asList(null, "CA", "TX")),
                    pick(in, java.util.Arrays.asList(null, "us-east-1", "eu-west-1", "nowhere-1")),
                    chance(in, 20) ? (double) between(in, -90, 90) : null,
                    chance(in, 20) ? (double) between(in, -180, 180) : null,
                    pick(in, java.util.Arrays.asList(null, "10.1.2.3", "2001:db8::5", "junk")),
                    pick(in, java.util.Arrays.asList(null, "10.1.0.0/16", "10.9.9.9", "2001:db8:1::/48", "1.2.3.4/99")));
            Query query;
            if (!records.isEmpty() && chance(in, 70)) {
                RecordSet asked = pick(in, records); // mostly ask for something that is there
                query = new Query(asked.name(), asked.type().name());
            } else {
                query = Query.of(pick(in, List.of("example.com", "a.example.com", "q.b.example.com", "zz.example.com",
                        "deep.x.a.example.com", "example.org")), pick(in, List.of("A", "AAAA", "CNAME", "TXT", "NS",
                        "MX", "SOA", "ANY", "LOC")));
            }
            return new AnyCase(design, health, unhealthy, client, query);
        };
    }

    /** True when the in-zone alias graph over groups (name, type) has a cycle. */
    private static boolean hasAliasCycle(HostedZone zone) {
        Map<GroupKey, Set<GroupKey>> edges = new HashMap<>();
        for (RecordSet rs : zone.recordSets()) {
            if (rs.isAlias() && zone.isInZone(rs.aliasTarget())) {
                edges.computeIfAbsent(rs.groupKey(), k -> new HashSet<>())
                        .add(new GroupKey(rs.aliasTarget().dnsName(), rs.type()));
            }
        }
        Map<GroupKey, Integer> state = new HashMap<>(); // 1 = on the stack, 2 = done
        for (GroupKey start : edges.keySet()) {
            if (cycleFrom(start, edges, state)) {
                return true;
            }
        }
        return false;
    }

    private static boolean cycleFrom(GroupKey node, Map<GroupKey, Set<GroupKey>> edges, Map<GroupKey, Integer> state) {
        Integer s = state.get(node);
        if (s != null) {
            return s == 1;
        }
        state.put(node, 1);
        for (GroupKey next : edges.getOrDefault(node, Set.of())) {
            if (cycleFrom(next, edges, state)) {
                return true;
            }
        }
        state.put(node, 2);
        return false;
    }

    @Test
    void r33_a25_anyDesignResolvesWithoutThrowingDeterministicallyAndServfailsOnlyOnCycles() {
        qt().withFixedSeed(3325).withExamples(1500).forAll(anyDesigns()).checkAssert(c -> {
            CompiledDesign compiled = new ResolutionEngine(EngineHarness.GEO).compile(c.design());
            boolean cyclic = hasAliasCycle(c.design().zones().get(0));
            for (long seed = 0; seed < 3; seed++) {
                Resolution r = compiled.resolve(c.health(), c.query(), c.client(), new SplittableRandom(seed));
                Resolution again = compiled.resolve(c.health(), c.query(), c.client(), new SplittableRandom(seed));
                Resolution quiet = compiled.resolveQuietly(c.health(), c.query(), c.client(),
                        new SplittableRandom(seed));
                assertThat(again).as("R33 same seed, same resolution").isEqualTo(r);
                assertThat(quiet.answers()).isEqualTo(r.answers());
                assertThat(quiet.rcode()).isEqualTo(r.rcode());
                assertThat(quiet.ttl()).isEqualTo(r.ttl());
                assertThat(quiet.path()).isEqualTo(r.path());
                assertThat(quiet.trace()).isEmpty();
                if (r.rcode() == Rcode.SERVFAIL) {
                    assertThat(cyclic).as("SERVFAIL only for an alias cycle").isTrue();
                    assertThat(r.trace()).anyMatch(s -> s.rule().equals("A25"));
                    assertThat(r.answers()).isEmpty();
                }
                if (!r.answers().isEmpty()) {
                    assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
                    assertThat(r.answerType()).isNotNull();
                }
                assertThat(r.wireSize()).isPositive();
            }
        });
    }

    /** A ring of single-member groups of any policy, each an alias to the next. */
    record Ring(List<Routing> routings, List<Boolean> eth, int queried) {
    }

    @Test
    void a25_aRingOfAliasesAlwaysAnswersServfailWhateverThePoliciesOrHealth() {
        Gen<Ring> rings = in -> {
            int size = between(in, 1, 6);
            List<Routing> routings = new ArrayList<>();
            List<Boolean> eth = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                routings.add(switch (between(in, 0, 5)) {
                    case 0 -> SimpleRouting.INSTANCE;
                    case 1 -> new WeightedRouting(between(in, 0, 255));
                    case 2 -> new FailoverRouting(chance(in, 50) ? FailoverRole.PRIMARY : FailoverRole.SECONDARY);
                    case 3 -> new LatencyRouting(pick(in, REGIONS));
                    case 4 -> new GeolocationRouting(GeoLocation.defaultLocation());
                    default -> new GeoproximityRouting(new GeoProximityLocation(pick(in, REGIONS), null, null, null,
                            (long) between(in, -99, 99)));
                });
                eth.add(chance(in, 50));
            }
            return new Ring(routings, eth, between(in, 0, size - 1));
        };
        qt().withFixedSeed(2525).withExamples(300).forAll(rings).checkAssert(ring -> {
            List<RecordSet> records = new ArrayList<>();
            int size = ring.routings().size();
            for (int i = 0; i < size; i++) {
                Routing routing = ring.routings().get(i);
                records.add(new RecordSet(name("n" + i), RecordType.A,
                        routing instanceof SimpleRouting ? null : "only", routing, null, List.of(),
                        new AliasTarget(ZONE_ID, name("n" + ((i + 1) % size)), ring.eth().get(i)), "hc" + (i % 3),
                        null));
            }
            EngineHarness h = new EngineHarness(new HostedZone(ZONE_ID, ORIGIN, false, records));
            for (FixedHealth health : List.of(FixedHealth.allHealthy(), FixedHealth.allHealthy().unhealthy("hc0"),
                    FixedHealth.allHealthy().unhealthy("hc0", "hc1", "hc2"))) {
                Resolution r = h.resolve("n" + ring.queried() + ".example.com", "A", ClientContext.UNMAPPED, health);
                assertThat(r.rcode()).as(ring.toString()).isEqualTo(Rcode.SERVFAIL);
                assertThat(r.trace()).anyMatch(s -> s.rule().equals("A25"));
            }
        });
    }
}
