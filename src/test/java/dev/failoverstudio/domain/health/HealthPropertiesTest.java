package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.InsufficientDataHealthStatus;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static dev.failoverstudio.domain.health.Checks.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/** Invariants of health evaluation and probing, checked with QuickTheories on generated inputs. */
class HealthPropertiesTest {

    // A fixed seed keeps the build reproducible; QuickTheories reports the falsifying example on failure.
    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(20_240_601L).withExamples(400);
    }

    private static final List<String> REGIONS = EndpointCheck.DEFAULT_REGIONS;

    /** Per default Region: 0 reports nothing, 1 healthy, 2 unhealthy. */
    private static final Gen<List<Integer>> REGION_STATES = lists().of(integers().between(0, 2)).ofSize(REGIONS.size());

    /** Empty means no entry in the snapshot. */
    private static final Gen<Optional<HealthObservation>> OBSERVATIONS = integers().between(0, 4)
            .zip(REGION_STATES, (kind, states) -> switch (kind) {
                case 0 -> Optional.<HealthObservation>empty();
                case 1 -> Optional.of(HealthObservation.PASSING);
                case 2 -> Optional.of(HealthObservation.FAILING);
                case 3 -> Optional.of(HealthObservation.INSUFFICIENT_DATA);
                default -> Optional.of(perRegion(states));
            });

    /** Endpoint, CloudWatch (with each InsufficientDataHealthStatus or none) or recovery control. */
    private static final Gen<HealthCheck> NON_CALCULATED = integers().between(0, 5).map(kind -> switch (kind) {
        case 0 -> http("x");
        case 1 -> recoveryControl("x");
        case 2 -> cloudWatch("x", null);
        default -> cloudWatch("x", InsufficientDataHealthStatus.values()[kind - 3]);
    });

    private static HealthObservation perRegion(List<Integer> states) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (int i = 0; i < REGIONS.size(); i++) {
            if (states.get(i) != 0) {
                map.put(REGIONS.get(i), states.get(i) == 1);
            }
        }
        return new HealthObservation.PerRegion(map);
    }

    private static HealthVerdict verdictOf(HealthCheck check, Optional<HealthObservation> observation,
                                           Boolean lastKnown) {
        HealthSnapshot snapshot = new HealthSnapshot(
                observation.map(o -> Map.of(check.id(), o)).orElse(Map.of()),
                lastKnown == null ? Map.of() : Map.of(check.id(), lastKnown));
        return verdict(check, snapshot);
    }

    @Test
    void hc17_invertingFlipsTheFinalStatusOfEveryCheck() {
        qt().forAll(NON_CALCULATED, OBSERVATIONS, booleans().all(), booleans().all())
                .checkAssert((check, observation, disabled, lastKnown) -> {
                    HealthCheck plain = check.withDisabled(disabled);
                    assertThat(verdictOf(plain.withInverted(true), observation, lastKnown).healthy())
                            .isEqualTo(!verdictOf(plain, observation, lastKnown).healthy());
                });
    }

    @Test
    void hc17_invertingTwiceIsTheOriginal() {
        qt().forAll(NON_CALCULATED, OBSERVATIONS, booleans().all(), booleans().all())
                .checkAssert((check, observation, disabled, inverted) -> {
                    HealthCheck original = check.withDisabled(disabled).withInverted(inverted);
                    HealthCheck once = original.withInverted(!original.inverted());
                    HealthCheck twice = once.withInverted(!once.inverted());
                    assertThat(verdictOf(twice, observation, null)).isEqualTo(verdictOf(original, observation, null));
                    assertThat(verdictOf(once, observation, null).healthy())
                            .isNotEqualTo(verdictOf(original, observation, null).healthy());
                });
    }

    @Test
    void hc17_aDisabledCheckIgnoresEveryObservation() {
        qt().forAll(NON_CALCULATED, OBSERVATIONS, booleans().all())
                .checkAssert((check, observation, inverted) -> {
                    HealthVerdict verdict = verdictOf(check.withDisabled(true).withInverted(inverted), observation,
                            false);
                    assertThat(verdict.healthy()).isEqualTo(!inverted);
                    assertThat(verdict.rule()).isEqualTo("HC17");
                });
    }

    @Test
    void hc9_addingAHealthyRegionNeverMakesACheckUnhealthy() {
        qt().forAll(REGION_STATES, integers().between(0, REGIONS.size() - 1))
                .checkAssert((states, region) -> {
                    List<Integer> improved = new ArrayList<>(states);
                    improved.set(region, 1);
                    boolean before = verdictOf(http("x"), Optional.of(perRegion(states)), null).healthy();
                    boolean after = verdictOf(http("x"), Optional.of(perRegion(improved)), null).healthy();
                    assertThat(!before || after).as("healthy before, so healthy after").isTrue();
                });
    }

    @Test
    void hc9_healthyExactlyFromTheSmallestCountAbove18Percent() {
        qt().forAll(integers().between(1, 64), integers().between(0, 64))
                .assuming((reporting, healthy) -> healthy <= reporting)
                .checkAssert((reporting, healthy) -> {
                    int smallestHealthyCount = 18 * reporting / 100 + 1;
                    assertThat(EighteenPercentRule.isHealthy(healthy, reporting))
                            .isEqualTo(healthy >= smallestHealthyCount);
                });
    }

    @Test
    void hc9_theVerdictCountsHealthyRegionsAmongTheReportingOnes() {
        qt().forAll(REGION_STATES).checkAssert(states -> {
            long healthy = states.stream().filter(s -> s == 1).count();
            long reporting = states.stream().filter(s -> s != 0).count();
            HealthVerdict verdict = verdictOf(http("x"), Optional.of(perRegion(states)), null);
            if (reporting == 0) {
                assertThat(verdict.rule()).isEqualTo("HC16");
                assertThat(verdict.healthy()).isTrue();
            } else {
                assertThat(verdict.rule()).isEqualTo("HC9");
                assertThat(verdict.healthy()).isEqualTo(healthy / (double) reporting > 0.18);
                assertThat(verdict.reason()).startsWith(healthy + " of " + reporting + " ");
            }
        });
    }

    /** Per child: 0 passing, 1 failing, 2 no data, 3 failing but disabled, 4 passing but inverted. */
    @Test
    void hc13_aCalculatedCheckIsHealthyExactlyWhenEnoughChildrenAreFinallyHealthy() {
        qt().forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 8), integers().between(0, 10))
                .checkAssert((kinds, threshold) -> {
                    List<HealthCheck> checks = new ArrayList<>();
                    Map<String, HealthObservation> observations = new LinkedHashMap<>();
                    List<String> children = new ArrayList<>();
                    int expectedHealthy = 0;
                    for (int i = 0; i < kinds.size(); i++) {
                        String id = "c" + i;
                        int kind = kinds.get(i);
                        children.add(id);
                        checks.add(http(id).withDisabled(kind == 3).withInverted(kind == 4));
                        if (kind != 2) {
                            observations.put(id, kind == 0 || kind == 4 ? HealthObservation.PASSING
                                    : HealthObservation.FAILING);
                        }
                        if (kind == 0 || kind == 2 || kind == 3) {
                            expectedHealthy++;
                        }
                    }
                    checks.add(calculated("calc", threshold, children.toArray(String[]::new)));
                    HealthVerdict verdict = verdict(checks, HealthSnapshot.of(observations), "calc");
                    assertThat(verdict.healthy()).isEqualTo(expectedHealthy >= threshold);
                    assertThat(verdict.rule()).isEqualTo("HC13");
                });
    }

    @Test
    void hc13_theOrderOfTheChecksNeverChangesAnyVerdict() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<HealthCheck> checks = randomDesign(random);
            Map<String, HealthObservation> observations = new LinkedHashMap<>();
            for (HealthCheck check : checks) {
                if (random.nextBoolean()) {
                    observations.put(check.id(), random.nextBoolean() ? HealthObservation.PASSING
                            : HealthObservation.FAILING);
                }
            }
            HealthSnapshot snapshot = HealthSnapshot.of(observations);
            List<HealthCheck> shuffled = new ArrayList<>(checks);
            Collections.shuffle(shuffled, random);

            EvaluatedHealthStatus first = new HealthEvaluator().evaluate(checks, snapshot);
            EvaluatedHealthStatus second = new HealthEvaluator().evaluate(shuffled, snapshot);

            assertThat(second.verdicts()).isEqualTo(first.verdicts());
            assertThat(first.verdicts()).hasSize(checks.size());
            first.verdicts().values().forEach(v -> {
                assertThat(v.rule()).matches("HC\\d+");
                assertThat(v.reason()).isNotBlank();
            });
        });
    }

    /** Endpoints and calculated checks with random, possibly nested, cyclic or dangling children. */
    private static List<HealthCheck> randomDesign(Random random) {
        int endpoints = 1 + random.nextInt(3);
        int calculated = 1 + random.nextInt(5);
        List<String> pool = new ArrayList<>();
        List<HealthCheck> checks = new ArrayList<>();
        for (int i = 0; i < endpoints; i++) {
            checks.add(http("e" + i).withInverted(random.nextInt(4) == 0));
            pool.add("e" + i);
        }
        for (int i = 0; i < calculated; i++) {
            pool.add("k" + i);
        }
        pool.add("ghost");
        for (int i = 0; i < calculated; i++) {
            List<String> children = new ArrayList<>();
            int count = random.nextInt(4);
            for (int c = 0; c < count; c++) {
                children.add(pool.get(random.nextInt(pool.size())));
            }
            checks.add(calculated("k" + i, random.nextInt(count + 2), children.toArray(String[]::new))
                    .withDisabled(random.nextInt(5) == 0).withInverted(random.nextInt(4) == 0));
        }
        return checks;
    }

    @Test
    void hc7_anOpinionFlipsExactlyAfterThresholdConsecutiveDisagreements() {
        qt().forAll(integers().between(1, 10), integers().between(0, 12))
                .checkAssert((threshold, failures) -> {
                    CheckerOpinion opinion = CheckerOpinion.initial(threshold);
                    for (int i = 0; i < failures; i++) {
                        opinion = opinion.afterProbe(false);
                    }
                    assertThat(opinion.healthy()).isEqualTo(failures < threshold);
                });
    }

    @Test
    void hc7_theOpinionIsTheValueOfTheLastRunOfThresholdEqualProbes() {
        qt().forAll(integers().between(1, 5), lists().of(booleans().all()).ofSizeBetween(0, 40))
                .checkAssert((threshold, probes) -> {
                    CheckerOpinion opinion = CheckerOpinion.initial(threshold);
                    for (boolean probe : probes) {
                        opinion = opinion.afterProbe(probe);
                    }
                    assertThat(opinion.healthy()).isEqualTo(lastRunValue(probes, threshold));
                });
    }

    /** Independent model of HC7: the value of the latest run of at least {@code threshold} equal probes. */
    private static boolean lastRunValue(List<Boolean> probes, int threshold) {
        boolean value = true;
        int run = 0;
        for (int i = 0; i < probes.size(); i++) {
            run = i > 0 && probes.get(i).equals(probes.get(i - 1)) ? run + 1 : 1;
            if (run >= threshold) {
                value = probes.get(i);
            }
        }
        return value;
    }

    @Test
    void hc4_theSearchStringIsFoundExactlyWhenItEndsWithinTheFirst5120Bytes() {
        EndpointCheck check = new EndpointCheck(HealthCheckType.HTTPS_STR_MATCH, "192.0.2.44", 443L, null, "/",
                "READY", null, null, List.of(), false, false);
        qt().forAll(integers().between(0, 6_000)).checkAssert(padding -> {
            ProbeResponse response = ProbeResponse.ok().withBody("-".repeat(padding) + "READY", "gzip", 5L);
            assertThat(ProbeJudge.passes(check, response)).isEqualTo(padding + 5 <= 5_120);
        });
    }
}
