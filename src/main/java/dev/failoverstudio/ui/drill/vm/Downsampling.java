package dev.failoverstudio.ui.drill.vm;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Picks the sample indices a chart draws when a drill has more samples than a chart can show usefully. The
 * samples are cut into equal buckets and, in each bucket, the lowest and the highest sample of every series
 * is kept; the first and the last sample are always kept. So a spike or a dip survives however long the
 * drill, which evenly spaced thinning would lose. The same indices serve every series, as a stacked chart
 * needs.
 */
public final class Downsampling {

    /** What a drill chart draws at most. */
    public static final int MAX_POINTS = 600;

    private Downsampling() {
    }

    /**
     * @param series   series of equal length {@code n}
     * @param maxPoints at least 2
     * @return ascending indices into the series, at most {@code maxPoints} of them; all indices when
     *         {@code n <= maxPoints}
     */
    public static int[] indices(double[][] series, int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("need at least 2 points, got " + maxPoints);
        }
        int n = series.length == 0 ? 0 : series[0].length;
        if (n <= maxPoints) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        // Each bucket keeps up to two indices per series; shrink the bucket count until the union fits.
        int buckets = Math.max(1, (maxPoints - 2) / 2);
        while (true) {
            BitSet kept = pick(series, n, buckets);
            if (kept.cardinality() <= maxPoints) {
                return kept.stream().toArray();
            }
            if (buckets == 1) {
                return evenlySpaced(n, maxPoints);
            }
            buckets = Math.max(1, buckets * 3 / 4);
        }
    }

    private static BitSet pick(double[][] series, int n, int buckets) {
        BitSet kept = new BitSet(n);
        kept.set(0);
        kept.set(n - 1);
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            for (double[] s : series) {
                int min = from;
                int max = from;
                for (int i = from + 1; i < to; i++) {
                    if (s[i] < s[min]) {
                        min = i;
                    }
                    if (s[i] > s[max]) {
                        max = i;
                    }
                }
                kept.set(min);
                kept.set(max);
            }
        }
        return kept;
    }

    private static int[] evenlySpaced(int n, int points) {
        int[] out = new int[points];
        for (int i = 0; i < points; i++) {
            out[i] = (int) Math.round((double) i * (n - 1) / (points - 1));
        }
        return out;
    }

    /** The values of {@code values} at {@code indices}. */
    public static double[] take(double[] values, int[] indices) {
        double[] out = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }
}
