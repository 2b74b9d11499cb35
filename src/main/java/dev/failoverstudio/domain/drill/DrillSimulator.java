package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.Resolution;
import dev.failoverstudio.domain.resolve.ResolutionEngine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.TreeSet;

/**
 * Runs a drill: health checkers over time ({@link CheckerSimulation}), then a population of recursive
 * resolvers that cache Route 53's answers.
 *
 * <p>The resolver model. Each location of the population gets resolvers in proportion to its share (at least
 * one); each resolver carries an equal part of its location's queries, {@code queriesPerSecond × share}, as a
 * Poisson stream, and belongs to a {@link ResolverBehaviour} class drawn at random. A resolver asks Route 53
 * at the first query after its cached answer expired and keeps the new answer for
 * {@code max(TTL, class minimum, 1 s)} — the TTL of the answer records (R180) or, for NXDOMAIN/NODATA, the
 * negative TTL from the SOA (R181). So clients keep going to a dead endpoint until their resolver's copy
 * expires. At the start every resolver is in the stationary state of this cycle (a valid copy with uniform
 * remaining life, or waiting for the next query).
 *
 * <p>Shares are shares of queries: at each sample instant, every resolver with a valid copy counts with its
 * query rate for the answer it holds (a resolver whose copy expired sends no query until the one that
 * refreshes it). Weights are kept as whole units, so "no query reaches a failed endpoint" is an exact zero.
 *
 * <p>Speed: answers come from {@link CompiledDesign#resolveQuietly}, whose answer cache is keyed by health
 * status; statuses with equal final statuses are one instance, so one cache serves each distinct
 * (location, health status). Resolver expiries sit in one bucket list per sample step (arrays, no
 * allocation per event), so the cost is one resolution per refresh plus a fixed cost per sample.
 *
 * <p>Deterministic: the same design, drill and seed give the same result. Thread-safe: each run has its
 * own state.
 */
public final class DrillSimulator {

    /** Units per unit of share; large enough that rounding never matters, small enough for sums in a long. */
    private static final double UNITS = 1e15;
    /** A resolver keeps even a TTL-0 answer for the burst of queries that fetched it. */
    private static final double MINIMUM_HOLD_SECONDS = 1;

    private final ResolutionEngine engine;
    private final HealthEvaluator evaluator;
    private final GeoTables geo;

    public DrillSimulator(ResolutionEngine engine, HealthEvaluator evaluator, GeoTables geo) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.geo = Objects.requireNonNull(geo, "geo");
    }

    /** Runs the drill against the design (its {@code healthState} is the start) with the given seed. */
    public DrillResult run(Design design, Drill drill, long seed) {
        return run(design, drill, seed, DrillProgress.NONE);
    }

    /**
     * Like {@link #run(Design, Drill, long)}, reporting progress about every 1 % of the samples.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} says the run was cancelled
     */
    public DrillResult run(Design design, Drill drill, long seed, DrillProgress progress) {
        Objects.requireNonNull(progress, "progress");
        return new DrillRun(design, drill, seed).run(progress);
    }

    private final class DrillRun implements AssertionTracker.DrillSimulatorView {
        private final Drill drill;
        private final long seed;
        private final SplittableRandom resolverRandom;
        private final SplittableRandom engineRandom;
        private final DesignTimeline designs;
        private final DrillEndpoints endpoints;
        private final HealthTimeline health;
        private final CompiledDesign[] compiled;
        private final double[] epochStarts;
        private final int[] epochDesign;
        private final int[] epochStatus;
        private final boolean[] epochBaseline;
        private final List<PopulationLocation> locations;
        private final ClientContext[] clients;
        private final int[] groupOf;
        private final int groupCount;
        private final Figures.Incident incident;

        // answers
        private final Map<AnswerKey, Integer> answerIds = new HashMap<>();
        private final List<AnswerInfo> answers = new ArrayList<>();
        private long[] answerUnits = new long[4];
        private long[][] groupUnits;
        private final List<long[]> locationUnits = new ArrayList<>();
        private double[] downFraction = new double[4];
        private int downFractionFor = -1;
        private int downFractionCount;

        // resolvers
        private int[] location;
        private long[] units;
        private double[] rate;
        private long[] minimumCache;
        private int[] answer;
        private boolean[] baselineFetched;
        private double[] eventTime;
        private int[] nextInBucket;
        private int[] bucketHead;
        private long validUnits;
        private long baselineUnits;
        private final long[] locationValid;
        private long resolutions;

        DrillRun(Design design, Drill drill, long seed) {
            this.drill = drill;
            this.seed = seed;
            SplittableRandom root = new SplittableRandom(seed);
            SplittableRandom healthRandom = root.split();
            this.resolverRandom = root.split();
            this.engineRandom = root.split();
            this.designs = DesignTimeline.of(design, drill.events());
            this.endpoints = DrillEndpoints.of(design, drill);
            this.health = new CheckerSimulation(evaluator).run(design, designs, drill, endpoints, healthRandom);
            this.compiled = new CompiledDesign[designs.size()];
            for (int v = 0; v < compiled.length; v++) {
                compiled[v] = engine.compile(designs.design(v));
            }
            this.incident = Figures.incident(design, drill, endpoints);

            double[] merged = mergeStarts();
            epochStarts = merged;
            epochDesign = new int[merged.length];
            epochStatus = new int[merged.length];
            epochBaseline = new boolean[merged.length];
            double before = incident.at() == null ? 0 : incident.at();
            int baselineStatus = health.statusIndexAt(Math.nextDown(before));
            String baselineKey = health.statusKeys().get(baselineStatus);
            int baselineDesign = designs.versionAt(Math.nextDown(before));
            for (int e = 0; e < merged.length; e++) {
                epochDesign[e] = designs.versionAt(merged[e]);
                epochStatus[e] = health.statusIndexAt(merged[e]);
                epochBaseline[e] = epochDesign[e] == baselineDesign
                        && health.statusKeys().get(epochStatus[e]).equals(baselineKey);
            }

            this.locations = drill.population().locations();
            this.clients = new ClientContext[locations.size()];
            List<String> groups = drill.population().groups();
            this.groupCount = groups.size();
            this.groupOf = new int[locations.size()];
            for (int l = 0; l < locations.size(); l++) {
                clients[l] = locations.get(l).client();
                groupOf[l] = groups.indexOf(locations.get(l).group());
            }
            this.groupUnits = new long[groupCount][4];
            this.locationValid = new long[locations.size()];
        }

        private double[] mergeStarts() {
            TreeSet<Double> starts = new TreeSet<>();
            for (int v = 0; v < designs.size(); v++) {
                starts.add(designs.start(v));
            }
            for (double s : health.statusStarts()) {
                starts.add(s);
            }
            return starts.stream().mapToDouble(Double::doubleValue).toArray();
        }

        DrillResult run(DrillProgress progress) {
            int samples = drill.sampleCount();
            int reportEvery = Math.max(1, samples / 100);
            double step = drill.stepSeconds();
            createResolvers(samples);
            Recorder recorder = new Recorder(samples, groupCount);
            AssertionTracker assertions = new AssertionTracker(drill, locations, geo, endpoints);
            for (int k = 0; k < samples; k++) {
                int r = bucketHead[k];
                while (r >= 0) {
                    bucketHead[k] = nextInBucket[r];
                    handle(r, samples, step);
                    r = bucketHead[k];
                }
                double t = k * step;
                refreshDownFractions(health.downIndexAt(t));
                recorder.record(k, t, answerUnits, groupUnits, answers.size(), validUnits, baselineUnits,
                        unhealthyUnits());
                assertions.sample(t, this);
                if (k % reportEvery == 0 || k == samples - 1) {
                    if (progress.cancelled()) {
                        throw new CancellationException("drill " + drill.name() + " cancelled at t=" + t + " s");
                    }
                    progress.progressed((k + 1) / (double) samples);
                }
            }
            double[] times = recorder.times();
            double[][] shares = recorder.shares(answers.size());
            double[] unhealthy = recorder.unhealthy();
            double[] baseline = recorder.baseline();
            KeyFigures figures = Figures.compute(incident, health, times, unhealthy, baseline);
            List<String> endpointNames = endpointNames();
            double[][] byEndpoint = byEndpoint(shares, endpointNames);
            double unhealthyQueries = 0;
            for (double u : unhealthy) {
                unhealthyQueries += u * drill.queriesPerSecond() * step;
            }
            List<AssertionOutcome> outcomes = assertions.outcomes(figures);
            return new DrillResult(drill, seed, times, answers, shares, drill.population().groups(),
                    recorder.groupShares(answers.size()), endpointNames, byEndpoint, unhealthy, baseline,
                    unhealthyQueries, health, figures, outcomes, resolutions, designs);
        }

        private void createResolvers(int samples) {
            int requested = drill.resolvers().count();
            int[] perLocation = Allocation.largestRemainder(locations.stream().mapToDouble(PopulationLocation::share)
                    .toArray(), requested);
            int total = Arrays.stream(perLocation).sum();
            location = new int[total];
            units = new long[total];
            rate = new double[total];
            minimumCache = new long[total];
            answer = new int[total];
            baselineFetched = new boolean[total];
            eventTime = new double[total];
            nextInBucket = new int[total];
            bucketHead = new int[samples];
            Arrays.fill(bucketHead, -1);
            List<ResolverBehaviour.ResolverClass> classes = drill.resolvers().classes();
            long totalUnits = 0;
            int r = 0;
            for (int l = 0; l < locations.size(); l++) {
                long placeUnits = Math.max(perLocation[l], Math.round(locations.get(l).share() * UNITS));
                long each = placeUnits / perLocation[l];
                for (int i = 0; i < perLocation[l]; i++, r++) {
                    location[r] = l;
                    units[r] = each + (i == 0 ? placeUnits - each * perLocation[l] : 0);
                    minimumCache[r] = pickClass(classes).minimumCacheSeconds();
                }
                totalUnits += placeUnits;
            }
            double queriesPerUnit = drill.queriesPerSecond() / totalUnits;
            for (r = 0; r < total; r++) {
                rate[r] = units[r] * queriesPerUnit;
                start(r, samples);
            }
        }

        private ResolverBehaviour.ResolverClass pickClass(List<ResolverBehaviour.ResolverClass> classes) {
            double u = resolverRandom.nextDouble();
            for (ResolverBehaviour.ResolverClass c : classes) {
                u -= c.share();
                if (u < 0) {
                    return c;
                }
            }
            return classes.get(classes.size() - 1);
        }

        /** The stationary start: valid with probability hold/(hold + mean wait), else waiting for a query. */
        private void start(int r, int samples) {
            Fetched f = fetch(r, 0);
            double meanWait = 1 / rate[r];
            if (resolverRandom.nextDouble() * (f.hold + meanWait) < f.hold) {
                hold(r, f, 0);
                schedule(r, resolverRandom.nextDouble() * f.hold, samples, true);
            } else {
                answer[r] = -1;
                schedule(r, waitForQuery(r), samples, false);
            }
        }

        /** An event: a valid copy expires (answer >= 0) or the first query after expiry refreshes it. */
        private void handle(int r, int samples, double step) {
            double now = eventTime[r];
            if (answer[r] >= 0) {
                release(r);
                schedule(r, now + waitForQuery(r), samples, false);
            } else {
                Fetched f = fetch(r, now);
                hold(r, f, now);
                schedule(r, now + f.hold, samples, true);
            }
        }

        private double waitForQuery(int r) {
            return -Math.log(1 - resolverRandom.nextDouble()) / rate[r];
        }

        private void schedule(int r, double time, int samples, boolean expiry) {
            eventTime[r] = time;
            int bucket = (int) Math.ceil(time / drill.stepSeconds() - 1e-9);
            if (bucket < 0) {
                bucket = 0;
            }
            if (bucket >= samples) {
                return; // after the end of the drill
            }
            nextInBucket[r] = bucketHead[bucket];
            bucketHead[bucket] = r;
        }

        private record Fetched(int answer, double hold, boolean baseline) {
        }

        private Fetched fetch(int r, double now) {
            int epoch = HealthTimeline.indexAt(epochStarts, now);
            int l = location[r];
            Resolution resolution = compiled[epochDesign[epoch]].resolveQuietly(
                    health.statuses().get(epochStatus[epoch]), drill.query(), clients[l], engineRandom);
            resolutions++;
            int id = answerId(resolution);
            long ttl = resolution.ttl() == null ? 0 : resolution.ttl();
            double hold = Math.max(MINIMUM_HOLD_SECONDS, Math.max(ttl, minimumCache[r]));
            return new Fetched(id, hold, epochBaseline[epoch]);
        }

        private void hold(int r, Fetched f, double now) {
            int l = location[r];
            answer[r] = f.answer;
            baselineFetched[r] = f.baseline;
            long u = units[r];
            answerUnits[f.answer] += u;
            groupUnits[groupOf[l]][f.answer] += u;
            locationUnits.get(f.answer)[l] += u;
            locationValid[l] += u;
            validUnits += u;
            if (f.baseline) {
                baselineUnits += u;
            }
        }

        private void release(int r) {
            int l = location[r];
            int a = answer[r];
            long u = units[r];
            answerUnits[a] -= u;
            groupUnits[groupOf[l]][a] -= u;
            locationUnits.get(a)[l] -= u;
            locationValid[l] -= u;
            validUnits -= u;
            if (baselineFetched[r]) {
                baselineUnits -= u;
            }
            answer[r] = -1;
        }

        private int answerId(Resolution resolution) {
            AnswerKey key = new AnswerKey(resolution.rcode().ordinal(), resolution.answers().stream().sorted().toList());
            Integer id = answerIds.get(key);
            if (id != null) {
                return id;
            }
            int next = answers.size();
            answerIds.put(key, next);
            answers.add(AnswerInfo.of(resolution.rcode(), resolution.answers()));
            if (next >= answerUnits.length) {
                answerUnits = Arrays.copyOf(answerUnits, next * 2);
                for (int g = 0; g < groupCount; g++) {
                    groupUnits[g] = Arrays.copyOf(groupUnits[g], next * 2);
                }
                downFraction = Arrays.copyOf(downFraction, next * 2);
            }
            locationUnits.add(new long[locations.size()]);
            downFractionFor = -1;
            return next;
        }

        private void refreshDownFractions(int downIndex) {
            if (downIndex == downFractionFor && downFractionCount == answers.size()) {
                return;
            }
            Set<String> down = health.down().get(downIndex);
            for (int a = 0; a < answers.size(); a++) {
                List<String> values = answers.get(a).values();
                int failed = 0;
                for (String v : values) {
                    if (down.contains(v)) {
                        failed++;
                    }
                }
                downFraction[a] = values.isEmpty() ? 0 : (double) failed / values.size();
            }
            downFractionFor = downIndex;
            downFractionCount = answers.size();
        }

        private double unhealthyUnits() {
            double sum = 0;
            for (int a = 0; a < answers.size(); a++) {
                if (downFraction[a] > 0) {
                    sum += answerUnits[a] * downFraction[a];
                }
            }
            return sum;
        }

        /** Share of the clients matching {@code mask} whose answer matches {@code targets} (weights per answer). */
        @Override
        public double share(boolean[] mask, double[] targetWeights) {
            long valid = 0;
            double matching = 0;
            for (int l = 0; l < mask.length; l++) {
                if (!mask[l]) {
                    continue;
                }
                valid += locationValid[l];
                for (int a = 0; a < answers.size(); a++) {
                    if (targetWeights[a] > 0) {
                        matching += locationUnits.get(a)[l] * targetWeights[a];
                    }
                }
            }
            return valid == 0 ? 0 : matching / valid;
        }

        @Override
        public List<AnswerInfo> answers() {
            return answers;
        }

        @Override
        public double[] downFractions() {
            return downFraction;
        }

        private List<String> endpointNames() {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            answers.forEach(a -> names.addAll(a.values()));
            return List.copyOf(names);
        }

        private double[][] byEndpoint(double[][] shares, List<String> endpointNames) {
            double[][] result = new double[endpointNames.size()][shares.length == 0 ? 0 : shares[0].length];
            for (int a = 0; a < answers.size(); a++) {
                List<String> values = answers.get(a).values();
                for (String v : values) {
                    double[] series = result[endpointNames.indexOf(v)];
                    for (int k = 0; k < series.length; k++) {
                        series[k] += shares[a][k] / values.size();
                    }
                }
            }
            return result;
        }
    }

    private record AnswerKey(int rcode, List<String> values) {
    }
}
