package dev.failoverstudio.ui.drill.vm;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DownsamplingTest {

    @Test
    void shortSeriesKeepEverySample() {
        double[][] series = {new double[] {0, 0.5, 1}};
        assertThat(Downsampling.indices(series, 600)).containsExactly(0, 1, 2);
    }

    @Test
    void longSeriesKeepFirstLastAndTheExtremesWithinTheBudget() {
        int n = 3_601;
        Random random = new Random(7);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 0.4 + 0.1 * random.nextDouble();
            b[i] = 1 - a[i];
        }
        a[1_234] = 0.97;  // a one-sample spike
        a[2_999] = 0.01;  // a one-sample dip
        b[77] = 0.0;
        int[] kept = Downsampling.indices(new double[][] {a, b}, 600);

        assertThat(kept.length).isLessThanOrEqualTo(600).isGreaterThan(300);
        assertThat(kept).contains(0, n - 1, 1_234, 2_999, 77);
        assertThat(kept).isSorted();
        assertThat(Arrays.stream(kept).distinct().count()).isEqualTo(kept.length);
        double[] thinned = Downsampling.take(a, kept);
        assertThat(Arrays.stream(thinned).max().getAsDouble()).isEqualTo(0.97);
        assertThat(Arrays.stream(thinned).min().getAsDouble()).isEqualTo(0.01);
    }

    @Test
    void aMillionSamplesOfManySeriesStayWithinTheBudget() {
        int n = 1_000_000;
        double[][] series = new double[12][n];
        Random random = new Random(11);
        for (double[] s : series) {
            for (int i = 0; i < n; i++) {
                s[i] = random.nextDouble();
            }
        }
        int[] kept = Downsampling.indices(series, 600);
        assertThat(kept.length).isLessThanOrEqualTo(600);
        assertThat(kept[0]).isZero();
        assertThat(kept[kept.length - 1]).isEqualTo(n - 1);
    }
}
