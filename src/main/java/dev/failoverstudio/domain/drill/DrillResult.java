package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.model.Design;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one drill run, as plain arrays a chart or a report binds to: one time series per answer
 * (overall and per location group), per endpoint, of queries sent to unhealthy endpoints and of queries
 * answered as before the incident; the health timeline; the key figures; the assertion outcomes.
 *
 * <p>Invariants: every series has {@code times.length} samples; shares lie in 0..1 and, per sample, the
 * answer shares sum to 1 (or all are 0 when no resolver held a valid answer at that instant);
 * {@code shareByAnswer[a]} belongs to {@code answers.get(a)}, {@code groupShareByAnswer[g][a]} to group
 * {@code groups.get(g)}; {@code shareByEndpoint[e]} to {@code endpoints.get(e)} (a query with an answer of n
 * values counts 1/n for each, as a client uses one of them). Arrays are owned by the result: do not modify.
 *
 * @param times sample instants in seconds, {@code k × step}
 * @param unhealthyShare share of queries sent to an endpoint that is down at that instant
 * @param baselineShare share of queries answered from answers fetched under the pre-incident health status
 *                      and design
 * @param unhealthyQueries the expected number of queries sent to down endpoints over the whole drill
 *                         (unhealthy share × query rate, integrated over time)
 * @param resolutions how many times resolvers asked Route 53 during the run
 * @param designs the design over time as the run applied the drill's design-changing events; the answers at
 *                a sample come from {@code designs.designAt(time)} with the health status {@code health} has then
 */
public record DrillResult(Drill drill, long seed, double[] times, List<AnswerInfo> answers, double[][] shareByAnswer,
                          List<String> groups, double[][][] groupShareByAnswer, List<String> endpoints,
                          double[][] shareByEndpoint, double[] unhealthyShare, double[] baselineShare,
                          double unhealthyQueries, HealthTimeline health, KeyFigures figures,
                          List<AssertionOutcome> outcomes, long resolutions,
                          DesignTimeline designs) {

    public DrillResult {
        Objects.requireNonNull(drill, "drill");
        answers = List.copyOf(answers);
        groups = List.copyOf(groups);
        endpoints = List.copyOf(endpoints);
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(designs, "designs");
    }

    /** The design at {@code time} seconds into the drill, with the drill's record and weight changes applied. */
    public Design designAt(double time) {
        return designs.designAt(time);
    }

    public boolean allAssertionsHold() {
        return outcomes.stream().allMatch(AssertionOutcome::passed);
    }

    /** The sample index at or just before {@code time} (for a scrubber). */
    public int sampleAt(double time) {
        return HealthTimeline.indexAt(times, time);
    }
}
