package dev.failoverstudio.io.report;

import dev.failoverstudio.domain.drill.DrillResult;

import java.util.Locale;

/**
 * Writes a drill's time series as CSV (RFC 4180): one row per sample; columns {@code time_s}, the share of
 * every answer over all clients ({@code all: <answer>}), then per location group ({@code <group>: <answer>}),
 * {@code unhealthy} (share of queries sent to a down endpoint) and {@code as_before} (share answered as before
 * the incident). Shares are fractions from 0 to 1.
 */
public final class DrillCsvWriter {

    public String write(DrillResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append("time_s");
        for (var answer : result.answers()) {
            sb.append(',').append(quote("all: " + answer.label()));
        }
        for (String group : result.groups()) {
            for (var answer : result.answers()) {
                sb.append(',').append(quote(group + ": " + answer.label()));
            }
        }
        sb.append(",unhealthy,as_before\r\n");
        double[] times = result.times();
        for (int k = 0; k < times.length; k++) {
            sb.append(number(times[k]));
            for (double[] series : result.shareByAnswer()) {
                sb.append(',').append(number(series[k]));
            }
            for (double[][] group : result.groupShareByAnswer()) {
                for (double[] series : group) {
                    sb.append(',').append(number(series[k]));
                }
            }
            sb.append(',').append(number(result.unhealthyShare()[k]));
            sb.append(',').append(number(result.baselineShare()[k]));
            sb.append("\r\n");
        }
        return sb.toString();
    }

    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        String text = String.format(Locale.ROOT, "%.6f", value);
        return text.replaceAll("\\.?0+$", "");
    }

    static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
