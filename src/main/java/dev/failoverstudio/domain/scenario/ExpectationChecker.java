package dev.failoverstudio.domain.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a query's responses against its {@link Expectation} (scenario-format.md "expect"). Every response
 * seen must satisfy the exact-set, one-of and subset forms; the distribution form compares observed
 * fractions with the expected ones within the absolute tolerance.
 */
public final class ExpectationChecker {

    private ExpectationChecker() {
    }

    public static CheckResult check(QueryRun run) {
        Expectation e = run.query().expect();
        List<String> diffs = new ArrayList<>();
        if (e == null) {
            return new CheckResult(run.query(), true, diffs);
        }
        List<QueryRun.Outcome> observed = run.observed();
        String queryType = run.query().query().type();

        if (e.rcode() != null) {
            for (QueryRun.Outcome o : observed) {
                if (!e.rcode().equalsIgnoreCase(o.rcode())) {
                    diffs.add("rcode: expected " + e.rcode().toUpperCase(Locale.ROOT) + ", got " + o.rcode()
                            + times(o, run));
                }
            }
        }
        if (e.answerType() != null) {
            for (QueryRun.Outcome o : observed) {
                if (!e.answerType().equalsIgnoreCase(String.valueOf(o.answerType()))) {
                    diffs.add("answerType: expected " + e.answerType() + ", got " + o.answerType() + times(o, run));
                }
            }
        }
        if (e.ttl() != null) {
            for (QueryRun.Outcome o : observed) {
                if (!e.ttl().equals(o.ttl())) {
                    diffs.add("ttl: expected " + e.ttl() + ", got " + o.ttl() + times(o, run));
                }
            }
        }
        if (e.answers() != null) {
            for (QueryRun.Outcome o : observed) {
                Set<String> want = AnswerValues.normalizeAll(typeOf(o, queryType), e.answers());
                Set<String> got = AnswerValues.normalizeAll(typeOf(o, queryType), o.answers());
                if (!want.equals(got)) {
                    diffs.add("answers: expected " + want + ", got " + got + times(o, run));
                }
            }
        }
        if (e.oneOf() != null) {
            for (QueryRun.Outcome o : observed) {
                String type = typeOf(o, queryType);
                Set<String> got = AnswerValues.normalizeAll(type, o.answers());
                boolean ok = e.oneOf().stream().anyMatch(s -> AnswerValues.normalizeAll(type, s).equals(got));
                if (!ok) {
                    diffs.add("oneOf: " + got + " is none of " + e.oneOf() + times(o, run));
                }
            }
        }
        if (e.subsetOf() != null) {
            for (QueryRun.Outcome o : observed) {
                String type = typeOf(o, queryType);
                Set<String> allowed = AnswerValues.normalizeAll(type, e.subsetOf());
                Set<String> got = AnswerValues.normalizeAll(type, o.answers());
                if (e.size() != null && got.size() != e.size()) {
                    diffs.add("size: expected " + e.size() + " values, got " + got.size() + " " + got + times(o, run));
                }
                if (!allowed.containsAll(got)) {
                    Set<String> extra = new TreeSet<>(got);
                    extra.removeAll(allowed);
                    diffs.add("subsetOf: " + extra + " not in " + allowed + times(o, run));
                }
            }
        }
        if (e.distribution() != null) {
            checkDistribution(e, observed, queryType, run, diffs);
        }
        return new CheckResult(run.query(), diffs.isEmpty(), diffs);
    }

    private static void checkDistribution(Expectation e, List<QueryRun.Outcome> observed, String queryType,
                                          QueryRun run, List<String> diffs) {
        int total = 0;
        Map<String, Integer> counts = new HashMap<>();
        for (QueryRun.Outcome o : observed) {
            total += o.count();
            String type = typeOf(o, queryType);
            if (o.answers().size() != 1) {
                diffs.add("distribution: expects single-value answers, got " + o.answers() + times(o, run));
                continue;
            }
            counts.merge(AnswerValues.normalize(type, o.answers().iterator().next()), o.count(), Integer::sum);
        }
        double tolerance = e.tolerance() == null ? 0.0 : e.tolerance();
        String type = observed.isEmpty() ? queryType : typeOf(observed.get(0), queryType);
        Map<String, Double> expected = new TreeMap<>();
        e.distribution().forEach((v, f) -> expected.put(AnswerValues.normalize(type, v), f));
        for (Map.Entry<String, Double> want : expected.entrySet()) {
            int n = counts.getOrDefault(want.getKey(), 0);
            double fraction = total == 0 ? 0 : (double) n / total;
            if (want.getValue() == 0.0 && n > 0) {
                diffs.add(String.format(Locale.ROOT, "distribution: %s must never be returned, got %d of %d",
                        want.getKey(), n, total));
            } else if (Math.abs(fraction - want.getValue()) > tolerance) {
                diffs.add(String.format(Locale.ROOT, "distribution: %s expected %.4f ± %.4f, observed %.4f (%d of %d)",
                        want.getKey(), want.getValue(), tolerance, fraction, n, total));
            }
        }
        for (Map.Entry<String, Integer> got : counts.entrySet()) {
            if (!expected.containsKey(got.getKey())) {
                diffs.add(String.format(Locale.ROOT, "distribution: %s is not listed but was returned %d of %d",
                        got.getKey(), got.getValue(), total));
            }
        }
    }

    private static String typeOf(QueryRun.Outcome o, String queryType) {
        return o.answerType() == null ? queryType : o.answerType();
    }

    private static String times(QueryRun.Outcome o, QueryRun run) {
        return run.sampled() ? " (" + o.count() + " of " + run.total() + " responses)" : "";
    }
}
