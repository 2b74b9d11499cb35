package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.geo.GeoTables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a drill's share assertions at every sample inside their window while the run goes (the per-location
 * state is only known then), and its figure assertions at the end.
 */
final class AssertionTracker {

    /** Share comparisons allow for the rounding of a division; shares are exact otherwise. */
    private static final double EPSILON = 1e-9;

    private final List<DrillAssertion> assertions;
    private final List<ShareCheck> shareChecks = new ArrayList<>();

    AssertionTracker(Drill drill, List<PopulationLocation> locations, GeoTables geo, DrillEndpoints endpoints) {
        this.assertions = drill.assertions();
        for (DrillAssertion assertion : assertions) {
            if (assertion instanceof DrillAssertion.Share share) {
                boolean[] mask = new boolean[locations.size()];
                for (int l = 0; l < mask.length; l++) {
                    PopulationLocation loc = locations.get(l);
                    String continent = loc.client().continent() != null ? loc.client().continent()
                            : geo.continentOf(loc.client().country() == null ? null
                            : loc.client().country().toUpperCase(Locale.ROOT)).orElse(null);
                    mask[l] = share.clients().matches(loc, continent);
                }
                Set<String> regionEndpoints = share.target().region() == null ? Set.of()
                        : endpoints.endpointsIn(share.target().region());
                shareChecks.add(new ShareCheck(share, mask, regionEndpoints));
            }
        }
    }

    void sample(double t, DrillSimulatorView run) {
        for (ShareCheck check : shareChecks) {
            DrillAssertion.Share s = check.assertion;
            if (t < s.from() - EPSILON || t > s.to() + EPSILON) {
                continue;
            }
            double[] weights = check.weights(run.answers(), run.downFractions());
            double share = run.share(check.mask, weights);
            check.samples++;
            boolean ok = (s.atLeast() == null || share >= s.atLeast() - EPSILON)
                    && (s.atMost() == null || share <= s.atMost() + EPSILON);
            if (check.worstTime == null || worse(s, share, check.worst)) {
                check.worst = share;
                check.worstTime = t;
            }
            if (!ok && check.firstFailure == null) {
                check.firstFailure = t;
            }
        }
    }

    private static boolean worse(DrillAssertion.Share s, double share, double worst) {
        return s.atLeast() != null ? share < worst : share > worst;
    }

    List<AssertionOutcome> outcomes(KeyFigures figures) {
        List<AssertionOutcome> outcomes = new ArrayList<>();
        int next = 0;
        for (DrillAssertion assertion : assertions) {
            if (assertion instanceof DrillAssertion.Share) {
                outcomes.add(shareChecks.get(next++).outcome());
            } else if (assertion instanceof DrillAssertion.Figure f) {
                outcomes.add(figure(f, figures));
            }
        }
        return outcomes;
    }

    private static AssertionOutcome figure(DrillAssertion.Figure f, KeyFigures figures) {
        Double value = figures.duration(f.figure());
        String bounds = bounds(f.atLeast(), f.atMost(), " s", 1);
        if (value == null) {
            return new AssertionOutcome(f, false, f.figure().jsonName() + " " + bounds
                    + ": never reached in this drill");
        }
        boolean ok = (f.atLeast() == null || value >= f.atLeast() - EPSILON)
                && (f.atMost() == null || value <= f.atMost() + EPSILON);
        return new AssertionOutcome(f, ok, f.figure().jsonName() + " " + bounds + ": "
                + number(value) + " s");
    }

    static String bounds(Double atLeast, Double atMost, String unit, double scale) {
        if (atLeast != null && atMost != null) {
            return "between " + number(atLeast * scale) + unit + " and " + number(atMost * scale) + unit;
        }
        return atLeast != null ? "at least " + number(atLeast * scale) + unit : "at most " + number(atMost * scale) + unit;
    }

    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.replaceAll("\\.?0+$", "");
    }

    /** What the tracker needs from a running simulation. */
    interface DrillSimulatorView {
        List<AnswerInfo> answers();

        double[] downFractions();

        double share(boolean[] mask, double[] targetWeights);
    }

    private static final class ShareCheck {
        final DrillAssertion.Share assertion;
        final boolean[] mask;
        final Set<String> regionEndpoints;
        double[] weights = new double[0];
        int samples;
        double worst;
        Double worstTime;
        Double firstFailure;

        ShareCheck(DrillAssertion.Share assertion, boolean[] mask, Set<String> regionEndpoints) {
            this.assertion = assertion;
            this.mask = mask;
            this.regionEndpoints = regionEndpoints;
        }

        double[] weights(List<AnswerInfo> answers, double[] downFractions) {
            DrillAssertion.Target target = assertion.target();
            if (target.unhealthy()) {
                return downFractions;
            }
            if (weights.length != answers.size()) {
                double[] w = new double[answers.size()];
                for (int a = 0; a < w.length; a++) {
                    List<String> values = answers.get(a).values();
                    boolean hit = target.value() != null ? values.contains(target.value())
                            : values.stream().anyMatch(regionEndpoints::contains);
                    w[a] = hit ? 1 : 0;
                }
                weights = w;
            }
            return weights;
        }

        AssertionOutcome outcome() {
            DrillAssertion.Share s = assertion;
            String what = "share of " + s.clients().describe() + " that " + s.target().describe() + " "
                    + bounds(s.atLeast(), s.atMost(), " %", 100)
                    + (s.from() == s.to() ? " at t=" + number(s.from()) + " s"
                    : " from t=" + number(s.from()) + " s to t=" + number(s.to()) + " s");
            if (samples == 0) {
                return new AssertionOutcome(s, false, what + ": no sample falls in that window");
            }
            if (!mask()) {
                return new AssertionOutcome(s, false, what + ": no location of the population matches");
            }
            String measured = (firstFailure == null ? "worst " : "first failing at t=" + number(firstFailure)
                    + " s; worst ") + number(worst * 100) + " % at t=" + number(worstTime) + " s";
            return new AssertionOutcome(s, firstFailure == null, what + ": " + measured);
        }

        private boolean mask() {
            for (boolean b : mask) {
                if (b) {
                    return true;
                }
            }
            return false;
        }
    }
}
