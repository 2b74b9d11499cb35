package dev.failoverstudio.domain.drill;

/** Keeps the samples of a run; answers may appear during the run, so rows grow and are padded at the end. */
final class Recorder {

    private final double[] times;
    private final double[][] overall;
    private final double[][][] groups;
    private final double[] unhealthy;
    private final double[] baseline;

    Recorder(int samples, int groupCount) {
        times = new double[samples];
        overall = new double[samples][];
        groups = new double[samples][groupCount][];
        unhealthy = new double[samples];
        baseline = new double[samples];
    }

    void record(int k, double t, long[] answerUnits, long[][] groupUnits, int answerCount, long validUnits,
                long baselineUnits, double unhealthyUnits) {
        times[k] = t;
        overall[k] = shares(answerUnits, answerCount);
        for (int g = 0; g < groupUnits.length; g++) {
            groups[k][g] = shares(groupUnits[g], answerCount);
        }
        unhealthy[k] = validUnits == 0 ? 0 : Math.min(1, unhealthyUnits / validUnits);
        baseline[k] = validUnits == 0 ? 0 : (double) baselineUnits / validUnits;
    }

    private static double[] shares(long[] units, int count) {
        long total = 0;
        for (int a = 0; a < count; a++) {
            total += units[a];
        }
        double[] shares = new double[count];
        if (total > 0) {
            for (int a = 0; a < count; a++) {
                shares[a] = (double) units[a] / total;
            }
        }
        return shares;
    }

    double[] times() {
        return times;
    }

    double[] unhealthy() {
        return unhealthy;
    }

    double[] baseline() {
        return baseline;
    }

    /** [answer][sample]. */
    double[][] shares(int answerCount) {
        return transpose(overall, answerCount);
    }

    /** [group][answer][sample]. */
    double[][][] groupShares(int answerCount) {
        int groupCount = groups.length == 0 ? 0 : groups[0].length;
        double[][][] result = new double[groupCount][][];
        for (int g = 0; g < groupCount; g++) {
            double[][] rows = new double[times.length][];
            for (int k = 0; k < times.length; k++) {
                rows[k] = groups[k][g];
            }
            result[g] = transpose(rows, answerCount);
        }
        return result;
    }

    private double[][] transpose(double[][] rows, int answerCount) {
        double[][] series = new double[answerCount][times.length];
        for (int k = 0; k < rows.length; k++) {
            double[] row = rows[k] == null ? new double[0] : rows[k];
            for (int a = 0; a < row.length; a++) {
                series[a][k] = row[a];
            }
        }
        return series;
    }
}
