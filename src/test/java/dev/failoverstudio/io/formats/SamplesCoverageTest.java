package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.scenario.ScenarioQuery;
import dev.failoverstudio.io.assets.GeoTablesLoader;
import dev.failoverstudio.io.formats.drill.DrillFile;
import dev.failoverstudio.io.formats.drill.DrillReader;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise the bundled samples make, kept true: every routing policy (R3) and every health-check kind (HC2),
 * Inverted and Disabled (HC17) and Evaluate Target Health on and off (R40, R46) is used by some sample's routing;
 * the use cases new users look for each have a sample; every sample has a one-line title, a description, a
 * rule-citing comment on each query and a drill of the same base name in {@code samples/drills/}, whose design
 * is part of the sample's. {@code SamplesCheckTest} and {@code DrillSamplesTest} run them.
 */
class SamplesCoverageTest {

    private static final Path DRILLS = SampleDesigns.SAMPLES.resolve("drills");
    /** A rule ID of route53-semantics.md: R.., HC.., V.., HV.., A.., M.. (S.., TF.., C.. are formats, not rules). */
    private static final Pattern RULE_ID = Pattern.compile("\\b(R|HC|V|HV|A|M)\\d+[a-z]?\\b");
    private static final Supplier<Population> WORLD = () -> WorldPopulation.of(GeoTablesLoader.loadBundled());

    /** The use cases a new user looks for, by sample base name (the README lists them). */
    static final Map<String, String> USE_CASES = Map.of(
            "active-passive-failover", "active-passive failover",
            "active-active-weighted-standby", "active-active weighted with a zero-weight standby",
            "latency-weighted-tree", "latency alias -> weighted in two Regions (the Developer Guide tree)",
            "active-active-passive", "active-active-passive",
            "geolocation-with-default", "geolocation with state and country overrides and a default",
            "geoproximity-with-bias", "geoproximity with bias",
            "multivalue-answer-pool", "multivalue answer",
            "ip-based-override", "IP-based routing");

    record Sample(String baseName, Scenario scenario) {
        Design design() {
            return scenario.design();
        }

        Stream<RecordSet> recordSets() {
            return design().zones().stream().flatMap(z -> z.recordSets().stream());
        }

        /** Health checks that decide some routing: referenced by a record set, or a child of one that is. */
        List<HealthCheck> routingChecks() {
            Set<String> used = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            recordSets().map(RecordSet::healthCheckId).filter(Objects::nonNull).forEach(todo::add);
            while (!todo.isEmpty()) {
                String id = todo.pop();
                if (used.add(id)) {
                    design().healthCheck(id).ifPresent(c -> {
                        if (c.config() instanceof CalculatedCheck calculated) {
                            todo.addAll(calculated.childHealthChecks());
                        }
                    });
                }
            }
            return design().healthChecks().stream().filter(c -> used.contains(c.id())).toList();
        }
    }

    private static List<Sample> samples;

    @BeforeAll
    static void readSamples() throws Exception {
        ScenarioReader reader = new ScenarioReader(ObjectMappers.create());
        List<Sample> read = new ArrayList<>();
        for (Path file : SampleDesigns.files()) {
            read.add(new Sample(baseName(file), reader.read(file)));
        }
        samples = List.copyOf(read);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    /** What the samples fail to cover, one line each; empty when the promise holds. */
    static List<String> gaps(List<Sample> samples) {
        List<String> gaps = new ArrayList<>();
        Set<RoutingPolicy> policies = EnumSet.noneOf(RoutingPolicy.class);
        Set<HealthCheckType> kinds = EnumSet.noneOf(HealthCheckType.class);
        for (Sample s : samples) {
            s.recordSets().forEach(r -> policies.add(r.policy()));
            s.routingChecks().forEach(c -> kinds.add(c.type()));
        }
        for (RoutingPolicy p : RoutingPolicy.values()) {
            if (!policies.contains(p)) {
                gaps.add("routing policy " + p.label() + " (R3) is used by no sample");
            }
        }
        for (HealthCheckType k : HealthCheckType.values()) {
            if (!kinds.contains(k)) {
                gaps.add("health-check kind " + k + " (HC2) decides no sample's routing");
            }
        }
        requireSome(gaps, samples, "an Inverted health check deciding routing (HC17)",
                s -> s.routingChecks().stream().anyMatch(HealthCheck::inverted));
        requireSome(gaps, samples, "a Disabled health check deciding routing (HC17)",
                s -> s.routingChecks().stream().anyMatch(HealthCheck::disabled));
        requireSome(gaps, samples, "an in-zone alias with Evaluate Target Health on (R41, R45)",
                s -> inZoneAliases(s).anyMatch(r -> r.aliasTarget().evaluateTargetHealth()));
        requireSome(gaps, samples, "an alias with Evaluate Target Health off (R46)",
                s -> s.recordSets().anyMatch(r -> r.isAlias() && !r.aliasTarget().evaluateTargetHealth()));
        requireSome(gaps, samples, "a latency alias to a weighted group (R158)",
                s -> inZoneAliases(s).filter(r -> r.policy() == RoutingPolicy.LATENCY)
                        .anyMatch(r -> targetPolicy(s, r) == RoutingPolicy.WEIGHTED));
        requireSome(gaps, samples, "a failover alias to a weighted group (R159)",
                s -> inZoneAliases(s).filter(r -> r.policy() == RoutingPolicy.FAILOVER)
                        .anyMatch(r -> targetPolicy(s, r) == RoutingPolicy.WEIGHTED));
        requireSome(gaps, samples, "a zero-weight standby beside non-zero weights (R72)",
                s -> groups(s).values().stream().anyMatch(g -> hasWeight(g, w -> w == 0) && hasWeight(g, w -> w > 0)));
        requireSome(gaps, samples, "a geolocation group with state, country, continent and default records (R102)",
                s -> groups(s).values().stream().anyMatch(g -> hasLocation(g, GeoLocation::isSubdivision)
                        && hasLocation(g, GeoLocation::isCountry) && hasLocation(g, GeoLocation::isContinent)
                        && hasLocation(g, GeoLocation::isDefault)));
        requireSome(gaps, samples, "a geoproximity record with a bias (R111)",
                s -> s.recordSets().anyMatch(r -> r.routing() instanceof GeoproximityRouting g
                        && g.location().bias() != null && g.location().bias() != 0));
        requireSome(gaps, samples, "a health-checked multivalue group with more than eight record sets (R121)",
                s -> groups(s).values().stream().anyMatch(g -> g.size() > 8
                        && g.get(0).policy() == RoutingPolicy.MULTIVALUE
                        && g.stream().allMatch(r -> r.healthCheckId() != null)));
        requireSome(gaps, samples, "an IP-based group with a default record (R134, R135)",
                s -> s.recordSets().anyMatch(r -> r.routing() instanceof IpBasedRouting ip
                        && IpBasedRouting.DEFAULT_LOCATION.equals(ip.locationName())));
        return gaps;
    }

    private static void requireSome(List<String> gaps, List<Sample> samples, String what, Predicate<Sample> has) {
        if (samples.stream().noneMatch(has)) {
            gaps.add("no sample has " + what);
        }
    }

    private static Stream<RecordSet> inZoneAliases(Sample s) {
        return s.design().zones().stream()
                .flatMap(z -> z.recordSets().stream().filter(r -> r.isAlias() && z.isInZone(r.aliasTarget())));
    }

    private static RoutingPolicy targetPolicy(Sample s, RecordSet alias) {
        return s.recordSets().filter(r -> r.name().equals(alias.aliasTarget().dnsName()) && r.type() == alias.type())
                .map(RecordSet::policy).findFirst().orElse(null);
    }

    private static Map<GroupKey, List<RecordSet>> groups(Sample s) {
        Map<GroupKey, List<RecordSet>> groups = new LinkedHashMap<>();
        s.recordSets().forEach(r -> groups.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r));
        return groups;
    }

    private static boolean hasWeight(List<RecordSet> group, Predicate<Long> test) {
        return group.stream().anyMatch(r -> r.routing() instanceof WeightedRouting w && test.test(w.weight()));
    }

    private static boolean hasLocation(List<RecordSet> group, Predicate<GeoLocation> test) {
        return group.stream().anyMatch(r -> r.routing() instanceof GeolocationRouting g && test.test(g.location()));
    }

    @Test
    void everyPolicyHealthCheckKindAndSwitchIsCoveredBySomeSample_R3_HC2_HC17() {
        assertThat(samples).hasSizeGreaterThanOrEqualTo(8);
        assertThat(gaps(samples)).isEmpty();
    }

    @Test
    void aSampleTakenAwayLeavesGapsThatAreReported() {
        List<Sample> withoutStandby = samples.stream()
                .filter(s -> !s.baseName().equals("active-active-weighted-standby")).toList();
        assertThat(gaps(withoutStandby)).contains(
                "health-check kind CALCULATED (HC2) decides no sample's routing",
                "health-check kind CLOUDWATCH_METRIC (HC2) decides no sample's routing",
                "health-check kind RECOVERY_CONTROL (HC2) decides no sample's routing",
                "no sample has an Inverted health check deciding routing (HC17)",
                "no sample has a Disabled health check deciding routing (HC17)",
                "no sample has a zero-weight standby beside non-zero weights (R72)");
        List<Sample> withoutMultivalue = samples.stream()
                .filter(s -> s.recordSets().noneMatch(r -> r.policy() == RoutingPolicy.MULTIVALUE)).toList();
        assertThat(gaps(withoutMultivalue)).contains("routing policy multivalue answer (R3) is used by no sample",
                "health-check kind HTTP_STR_MATCH (HC2) decides no sample's routing");
    }

    @Test
    void everyUseCaseHasItsSample() {
        Set<String> names = new HashSet<>();
        samples.forEach(s -> names.add(s.baseName()));
        USE_CASES.forEach((name, useCase) -> assertThat(names).as(useCase).contains(name));
    }

    @Test
    void everySampleHasAOneLineTitleAndADescription() {
        for (Sample s : samples) {
            assertThat(s.scenario().title()).as(s.baseName() + " title").isNotBlank().doesNotContain("\n")
                    .hasSizeLessThanOrEqualTo(80);
            assertThat(s.scenario().description()).as(s.baseName() + " description").isNotBlank();
        }
    }

    @Test
    void everyQueryCitesTheRulesThatDecideItsAnswer() {
        for (Sample s : samples) {
            List<ScenarioQuery> queries = s.scenario().queries();
            assertThat(queries).as(s.baseName()).isNotEmpty();
            for (int i = 0; i < queries.size(); i++) {
                ScenarioQuery q = queries.get(i);
                assertThat(q.comment()).as(s.baseName() + " $.queries[" + i + "] comment").isNotNull()
                        .containsPattern(RULE_ID);
                assertThat(q.expect()).as(s.baseName() + " $.queries[" + i + "] expect").isNotNull();
            }
        }
    }

    @Test
    void everySampleHasADrillOfTheSameNameAndEveryDrillASample() throws IOException {
        Set<String> sampleNames = new HashSet<>();
        samples.forEach(s -> sampleNames.add(s.baseName()));
        Set<String> drillNames = new HashSet<>();
        try (Stream<Path> files = Files.list(DRILLS)) {
            files.filter(p -> p.toString().endsWith(".json")).forEach(p -> drillNames.add(baseName(p)));
        }
        assertThat(drillNames).as("drills in " + DRILLS).containsAll(sampleNames);
        assertThat(sampleNames).as("samples for the drills in " + DRILLS).containsAll(drillNames);
    }

    @Test
    void everyDrillRehearsesPartOfItsSampleDesignAndSaysWhy() throws Exception {
        DrillReader reader = new DrillReader(ObjectMappers.create());
        for (Sample s : samples) {
            Path file = DRILLS.resolve(s.baseName() + ".json");
            DrillFile drill = reader.read(file, WORLD);
            assertThat(drill.description()).as(file + " description").isNotBlank();
            assertThat(drill.drill().assertions()).as(file + " assertions").isNotEmpty();
            for (HostedZone zone : drill.design().zones()) {
                HostedZone sampleZone = s.design().zones().stream()
                        .filter(z -> z.origin().equals(zone.origin()) && z.id().equals(zone.id())).findFirst()
                        .orElse(null);
                assertThat(sampleZone).as(file + ": zone " + zone.origin().text() + " is the sample's").isNotNull();
                assertThat(sampleZone.recordSets()).as(file + ": record sets are the sample's")
                        .containsAll(zone.recordSets());
            }
            assertThat(s.design().healthChecks()).as(file + ": health checks are the sample's")
                    .containsAll(drill.design().healthChecks());
        }
    }
}
