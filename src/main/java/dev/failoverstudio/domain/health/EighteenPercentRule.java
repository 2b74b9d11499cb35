package dev.failoverstudio.domain.health;

import java.util.Locale;

/**
 * HC9: Route 53 considers an endpoint healthy when strictly more than 18 % of its checkers consider it
 * healthy. Under A37 every checker Region counts as one equal share, so the checkers counted here are
 * Regions.
 *
 * <p>The comparison is done in integers ({@code healthy * 100 > 18 * reporting}) so that no rounding can
 * move a share across the threshold.
 */
public final class EighteenPercentRule {

    /** The documented threshold; a share must be strictly above it. */
    public static final int THRESHOLD_PERCENT = 18;

    private EighteenPercentRule() {
    }

    /**
     * @param healthyCheckers checkers that consider the endpoint healthy, 0..reportingCheckers
     * @param reportingCheckers checkers that report an opinion, at least 1
     */
    public static boolean isHealthy(int healthyCheckers, int reportingCheckers) {
        if (reportingCheckers < 1) {
            throw new IllegalArgumentException("at least one checker must report, got " + reportingCheckers);
        }
        if (healthyCheckers < 0 || healthyCheckers > reportingCheckers) {
            throw new IllegalArgumentException(
                    "healthy checkers " + healthyCheckers + " outside 0.." + reportingCheckers);
        }
        return (long) healthyCheckers * 100 > (long) THRESHOLD_PERCENT * reportingCheckers;
    }

    /** "25 % > 18 %" or "12.5 % ≤ 18 %", for reasons a user reads. */
    static String comparison(int healthyCheckers, int reportingCheckers) {
        String share = percent(healthyCheckers, reportingCheckers);
        return isHealthy(healthyCheckers, reportingCheckers)
                ? share + " > " + THRESHOLD_PERCENT + " %"
                : share + " ≤ " + THRESHOLD_PERCENT + " %";
    }

    /**
     * The share with one decimal, without a trailing ".0": 25 %, 12.5 %, 33.3 %. A share just above the
     * threshold gets more decimals (18.03 %), so the text never reads "18 % > 18 %".
     */
    static String percent(int part, int whole) {
        boolean exactlyThreshold = (long) part * 100 == (long) THRESHOLD_PERCENT * whole;
        double value = part * 100.0 / whole;
        String text = format(value, 1);
        for (int decimals = 2; decimals <= 6 && !exactlyThreshold && isThreshold(text); decimals++) {
            text = format(value, decimals);
        }
        return text + " %";
    }

    private static String format(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.replaceAll("\\.?0+$", "");
    }

    private static boolean isThreshold(String text) {
        return text.equals(String.valueOf(THRESHOLD_PERCENT));
    }
}
