package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.health.CheckerOpinion;
import dev.failoverstudio.domain.health.EvaluatedHealthStatus;
import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.health.HealthVerdict;
import dev.failoverstudio.domain.health.ProbeJudge;
import dev.failoverstudio.domain.health.ProbeTiming;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HealthSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Simulates Route 53's health checkers over a drill (HC7–HC10, HC13–HC18) and produces the health timeline.
 *
 * <p>Every endpoint check has one checker per checker Region (A37: each Region is one equal share of the
 * 18 % rule). A checker probes every RequestInterval seconds (HC8, response time taken as 0) starting at a
 * random phase in {@code [0, interval)} drawn from the drill's seeded generator, so checkers are not
 * synchronised; each keeps its own opinion and consecutive count ({@link CheckerOpinion}, HC7) and starts
 * with the opinion its first observation implies (the checks have been running before the drill). Whenever an
 * opinion flips, or an event changes a CloudWatch/recovery-control observation or Disabled/Inverted, the
 * {@link HealthEvaluator} recomputes every final status from the checkers' per-Region opinions — the 18 % rule
 * (HC9), calculated checks (HC13, following their children at once, HC18), CloudWatch (HC14), Disabled and
 * Inverted (HC17). CloudWatch and recovery-control observations take effect at their instant.
 *
 * <p>An event at time t is seen by a probe at t. A disabled check's checkers keep their opinions (the
 * evaluator reports it healthy, or unhealthy when inverted, HC17) so that re-enabling resumes from them.
 */
final class CheckerSimulation {

    private final HealthEvaluator evaluator;

    CheckerSimulation(HealthEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    HealthTimeline run(Design initial, DesignTimeline designs, Drill drill, DrillEndpoints endpoints,
                       SplittableRandom random) {
        return new Run(initial, designs, drill, endpoints, random).simulate();
    }

    private final class Run {
        private final DesignTimeline designs;
        private final Drill drill;
        private final ObservedWorld world;
        private final List<String> checkIds = new ArrayList<>();
        private final List<Checker> checkers = new ArrayList<>();
        private final Map<String, List<Checker>> checkersByCheck = new HashMap<>();
        private final Map<String, HealthStatus> interned = new HashMap<>();

        private final List<Double> statusStarts = new ArrayList<>();
        private final List<HealthStatus> statuses = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<Double> downStarts = new ArrayList<>();
        private final List<Set<String>> down = new ArrayList<>();
        private final List<HealthTimeline.StatusChange> changes = new ArrayList<>();

        Run(Design initial, DesignTimeline designs, Drill drill, DrillEndpoints endpoints, SplittableRandom random) {
            this.designs = designs;
            this.drill = drill;
            this.world = new ObservedWorld(initial, endpoints, drill.events());
            Set<String> ids = new LinkedHashSet<>();
            initial.healthChecks().forEach(c -> ids.add(c.id()));
            checkIds.addAll(ids);
            for (Map.Entry<String, List<String>> entry : world.endpointChecks().entrySet()) {
                EndpointCheck config = (EndpointCheck) initial.healthCheck(entry.getKey()).orElseThrow().config();
                List<Checker> own = new ArrayList<>();
                for (String region : entry.getValue()) {
                    int threshold = CheckerOpinion.initial(config).failureThreshold();
                    boolean passes = world.probePasses(entry.getKey(), region);
                    long intervalMillis = Math.max(1, config.effectiveRequestInterval()) * 1_000;
                    Checker checker = new Checker(checkers.size(), entry.getKey(), region, config,
                            new CheckerOpinion(passes, 0, threshold), random.nextLong(intervalMillis));
                    checkers.add(checker);
                    own.add(checker);
                }
                checkersByCheck.put(entry.getKey(), own);
            }
        }

        HealthTimeline simulate() {
            evaluate(0);
            downStarts.add(0.0);
            down.add(world.downEndpoints());
            PriorityQueue<Checker> probes = new PriorityQueue<>((a, b) -> a.nextMillis != b.nextMillis
                    ? Long.compare(a.nextMillis, b.nextMillis) : Integer.compare(a.index, b.index));
            probes.addAll(checkers);
            long endMillis = (long) Math.floor(drill.durationSeconds() * 1_000);
            for (DrillEvent event : drill.events()) {
                probeUntil(probes, event.at() * 1_000, false);
                world.apply(event);
                if (event.changesObservations()) {
                    Set<String> nowDown = world.downEndpoints();
                    if (!nowDown.equals(down.get(down.size() - 1))) {
                        append(downStarts, down, event.at(), nowDown);
                    }
                }
                // Endpoint checks change only through probes; everything else takes effect now.
                evaluate(event.at());
            }
            probeUntil(probes, endMillis, true);
            return new HealthTimeline(toArray(statusStarts), statuses, keys, toArray(downStarts), down, changes);
        }

        /** Runs every probe before {@code limitMillis} (or at it too, when {@code inclusive}). */
        private void probeUntil(PriorityQueue<Checker> probes, double limitMillis, boolean inclusive) {
            while (!probes.isEmpty()) {
                Checker next = probes.peek();
                if (inclusive ? next.nextMillis > limitMillis : next.nextMillis >= limitMillis) {
                    return;
                }
                probes.poll();
                boolean passed;
                if (next.awaitingTimeout) {
                    next.awaitingTimeout = false;
                    passed = false;
                } else {
                    ObservedWorld.ProbeOutcome outcome = world.probe(next.checkId, next.region);
                    if (outcome == ObservedWorld.ProbeOutcome.FAIL_AFTER_CONNECT_LIMIT) {
                        // No answer: the checker gives up at the connect limit and counts the failure then.
                        next.awaitingTimeout = true;
                        next.nextMillis += connectLimitMillis(next.config);
                        probes.add(next);
                        continue;
                    }
                    passed = outcome == ObservedWorld.ProbeOutcome.PASS;
                }
                CheckerOpinion before = next.opinion;
                next.opinion = before.afterProbe(passed);
                if (next.opinion.healthy() != before.healthy()) {
                    evaluate(next.nextMillis / 1_000.0);
                }
                // HC8: the interval runs from the response (or the give-up) to the next probe.
                long following = ProbeTiming.nextProbeAtMillis(next.config, next.nextMillis);
                next.nextMillis = following > next.nextMillis ? following : next.nextMillis + 1_000;
                probes.add(next);
            }
        }

        private void evaluate(double time) {
            Design design = designs.design(designs.versionAt(time));
            Map<String, HealthObservation> observations = new HashMap<>();
            for (Map.Entry<String, List<Checker>> entry : checkersByCheck.entrySet()) {
                Map<String, Boolean> opinions = new HashMap<>();
                for (Checker c : entry.getValue()) {
                    opinions.put(c.region, c.opinion.healthy());
                }
                observations.put(entry.getKey(), new HealthObservation.PerRegion(opinions));
            }
            for (HealthCheck check : design.healthChecks()) {
                HealthObservation other = world.otherObservation(check.id());
                if (other != null && !checkersByCheck.containsKey(check.id())) {
                    observations.put(check.id(), other);
                }
            }
            EvaluatedHealthStatus status = evaluator.evaluate(design.healthChecks(),
                    new HealthSnapshot(observations, world.lastKnownHealthy()));
            StringBuilder key = new StringBuilder(checkIds.size());
            for (String id : checkIds) {
                key.append(status.isHealthy(id) ? '1' : '0');
            }
            String k = key.toString();
            String previous = keys.isEmpty() ? null : keys.get(keys.size() - 1);
            if (k.equals(previous)) {
                return;
            }
            if (previous != null) {
                for (int i = 0; i < checkIds.size(); i++) {
                    if (k.charAt(i) != previous.charAt(i)) {
                        HealthVerdict verdict = status.verdict(checkIds.get(i));
                        changes.add(new HealthTimeline.StatusChange(time, checkIds.get(i), verdict.healthy(),
                                verdict.reason(), verdict.rule()));
                    }
                }
            }
            HealthStatus shared = interned.computeIfAbsent(k, x -> status);
            if (!statusStarts.isEmpty() && statusStarts.get(statusStarts.size() - 1) == time) {
                statuses.set(statuses.size() - 1, shared);
                keys.set(keys.size() - 1, k);
            } else {
                statusStarts.add(time);
                statuses.add(shared);
                keys.add(k);
            }
        }
    }

    /** HC5: TCP waits 10 s for the connection; HC3/HC4: HTTP(S) 4 s. */
    static long connectLimitMillis(EndpointCheck check) {
        return check.type() == HealthCheckType.TCP ? ProbeJudge.TCP_CONNECT_LIMIT_MILLIS
                : ProbeJudge.HTTP_CONNECT_LIMIT_MILLIS;
    }

    private static <T> void append(List<Double> starts, List<T> values, double time, T value) {
        if (starts.get(starts.size() - 1) == time) {
            values.set(values.size() - 1, value);
        } else {
            starts.add(time);
            values.add(value);
        }
    }

    private static double[] toArray(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One checker Region probing one endpoint check. */
    private static final class Checker {
        final int index;
        final String checkId;
        final String region;
        final EndpointCheck config;
        CheckerOpinion opinion;
        long nextMillis;
        /** A probe was sent and found no answer; {@code nextMillis} is when the checker gives up. */
        boolean awaitingTimeout;

        Checker(int index, String checkId, String region, EndpointCheck config, CheckerOpinion opinion,
                long nextMillis) {
            this.index = index;
            this.checkId = checkId;
            this.region = region;
            this.config = config;
            this.opinion = opinion;
            this.nextMillis = nextMillis;
        }
    }
}
