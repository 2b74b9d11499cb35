package dev.failoverstudio.ui.drill.vm;

import java.util.Objects;

/**
 * One chart series of a drill, already thinned to what a chart draws ({@link Downsampling}).
 *
 * <p>Invariant: {@code times.length == shares.length}; shares lie in 0..1. Arrays are owned by the series.
 */
public record ShareSeries(String name, double[] times, double[] shares) {
    public ShareSeries {
        Objects.requireNonNull(name, "name");
        if (times.length != shares.length) {
            throw new IllegalArgumentException("times and shares differ in length");
        }
    }
}
