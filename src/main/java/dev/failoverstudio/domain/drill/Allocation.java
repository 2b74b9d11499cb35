package dev.failoverstudio.domain.drill;

/** Splits a whole number in proportion to shares (largest remainder), giving every share at least one. */
final class Allocation {

    private Allocation() {
    }

    /** @param shares non-negative, summing to about 1 */
    static int[] largestRemainder(double[] shares, int total) {
        int[] counts = new int[shares.length];
        double[] remainders = new double[shares.length];
        int used = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = shares[i] * total;
            counts[i] = Math.max(1, (int) Math.floor(exact));
            remainders[i] = exact - Math.floor(exact);
            used += counts[i];
        }
        while (used < total) {
            int best = 0;
            for (int i = 1; i < shares.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            if (remainders[best] <= 0) {
                counts[best]++;
            } else {
                counts[best]++;
                remainders[best] = 0;
            }
            used++;
        }
        return counts;
    }
}
