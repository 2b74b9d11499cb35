package dev.failoverstudio.io.report;

import dev.failoverstudio.domain.drill.AssertionOutcome;
import dev.failoverstudio.domain.drill.DrillResult;
import dev.failoverstudio.domain.drill.HealthTimeline;
import dev.failoverstudio.domain.drill.KeyFigures;

import java.util.Locale;

/**
 * Writes a self-contained HTML report of a drill: the key figures, the assertion outcomes, the health-status
 * changes, and the share of queries per answer over time as a stacked area chart (inline SVG, no script) with
 * the share sent to unhealthy endpoints as a line.
 */
public final class DrillHtmlWriter {

    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948",
        "#ff9da7", "#9c755f", "#bab0ac", "#e15759"};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 300;
    private static final int MAX_POINTS = 600;

    public String write(String file, DrillResult result) {
        StringBuilder sb = new StringBuilder();
        String title = result.drill().name();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}"
                + "table{border-collapse:collapse}td,th{padding:.25em .8em;border-bottom:1px solid #ddd;text-align:left}"
                + ".pass{color:#2a7d2a}.fail{color:#b00020;font-weight:bold}.legend span{margin-right:1.5em}"
                + ".swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:middle}"
                + "</style></head><body>\n");
        sb.append("<h1>").append(escape(title)).append("</h1>\n<p>").append(escape(file)).append(" · ")
                .append(escape(result.drill().query().name().text())).append(' ')
                .append(escape(result.drill().query().type())).append(" · seed ").append(result.seed())
                .append(" · ").append(result.drill().resolvers().count()).append(" resolvers, ")
                .append(number(result.drill().queriesPerSecond())).append(" queries/s, ")
                .append(result.drill().population().locations().size()).append(" locations (")
                .append(escape(result.drill().population().source())).append(")</p>\n");
        figures(sb, result.figures());
        chart(sb, result);
        assertions(sb, result);
        changes(sb, result.health());
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static void figures(StringBuilder sb, KeyFigures f) {
        sb.append("<h2>Key figures</h2>\n<table>\n");
        row(sb, "incident", f.incidentAt(), null);
        row(sb, "detected", f.detectedAt(), f.duration(KeyFigures.Name.TIME_TO_DETECTION));
        sb.append("<tr><td>affected share of queries</td><td>").append(number(f.affectedShare() * 100))
                .append(" %</td><td></td></tr>\n");
        row(sb, "50 % of affected clients moved", f.moved50At(), f.duration(KeyFigures.Name.TIME_TO_50_PERCENT_MOVED));
        row(sb, "99 % moved", f.moved99At(), f.duration(KeyFigures.Name.TIME_TO_99_PERCENT_MOVED));
        row(sb, "full failover", f.fullFailoverAt(), f.duration(KeyFigures.Name.TIME_TO_FULL_FAILOVER));
        row(sb, "restored", f.restoredAt(), null);
        row(sb, "recovery detected", f.recoveryDetectedAt(), f.duration(KeyFigures.Name.TIME_TO_RECOVERY_DETECTION));
        row(sb, "99 % back", f.back99At(), f.duration(KeyFigures.Name.TIME_TO_99_PERCENT_BACK));
        row(sb, "fully back", f.fullyBackAt(), f.duration(KeyFigures.Name.TIME_TO_FULLY_BACK));
        sb.append("</table>\n");
    }

    private static void row(StringBuilder sb, String label, Double at, Double after) {
        sb.append("<tr><td>").append(escape(label)).append("</td><td>")
                .append(at == null ? "—" : "t = " + number(at) + " s").append("</td><td>")
                .append(after == null ? "" : "+" + number(after) + " s").append("</td></tr>\n");
    }

    private static void chart(StringBuilder sb, DrillResult result) {
        double[] times = result.times();
        double end = times[times.length - 1];
        int stride = Math.max(1, (int) Math.ceil(times.length / (double) MAX_POINTS));
        sb.append("<h2>Share of queries per answer</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH + 60).append("\" height=\"").append(HEIGHT + 40).append("\" role=\"img\">\n")
                .append("<g transform=\"translate(50,10)\">\n");
        double[] below = new double[times.length];
        double[][] shares = result.shareByAnswer();
        for (int a = 0; a < shares.length; a++) {
            StringBuilder top = new StringBuilder();
            StringBuilder bottom = new StringBuilder();
            for (int k = 0; k < times.length; k += stride) {
                double x = x(times[k], end);
                top.append(coord(x, y(below[k] + shares[a][k]))).append(' ');
                bottom.insert(0, coord(x, y(below[k])) + " ");
            }
            sb.append("<polygon fill=\"").append(COLOURS[a % COLOURS.length]).append("\" points=\"")
                    .append(top).append(bottom).append("\"><title>").append(escape(result.answers().get(a).label()))
                    .append("</title></polygon>\n");
            for (int k = 0; k < times.length; k++) {
                below[k] += shares[a][k];
            }
        }
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < times.length; k += stride) {
            line.append(coord(x(times[k], end), y(result.unhealthyShare()[k]))).append(' ');
        }
        sb.append("<polyline fill=\"none\" stroke=\"#b00020\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"")
                .append(line).append("\"><title>sent to unhealthy endpoints</title></polyline>\n");
        sb.append("<line x1=\"0\" y1=\"").append(HEIGHT).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(HEIGHT).append("\" stroke=\"#222\"/>\n");
        for (int i = 0; i <= 4; i++) {
            double t = end * i / 4;
            sb.append("<text x=\"").append(number(x(t, end))).append("\" y=\"").append(HEIGHT + 16)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(number(t)).append(" s</text>\n");
            sb.append("<text x=\"-6\" y=\"").append(number(y(i / 4.0) + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(i * 25).append(" %</text>\n");
        }
        sb.append("</g></svg>\n<p class=\"legend\">");
        for (int a = 0; a < shares.length; a++) {
            sb.append("<span><span class=\"swatch\" style=\"background:").append(COLOURS[a % COLOURS.length])
                    .append("\"></span>").append(escape(result.answers().get(a).label())).append("</span>");
        }
        sb.append("<span>- - - sent to unhealthy endpoints</span></p>\n");
    }

    private static double x(double t, double end) {
        return end == 0 ? 0 : t / end * WIDTH;
    }

    private static double y(double share) {
        return HEIGHT - share * HEIGHT;
    }

    private static String coord(double x, double y) {
        return number(x) + "," + number(y);
    }

    private static void assertions(StringBuilder sb, DrillResult result) {
        if (result.outcomes().isEmpty()) {
            return;
        }
        sb.append("<h2>Assertions</h2>\n<table>\n");
        for (AssertionOutcome o : result.outcomes()) {
            sb.append("<tr><td class=\"").append(o.passed() ? "pass\">PASS" : "fail\">FAIL").append("</td><td>")
                    .append(escape(o.assertion().label())).append("</td><td>").append(escape(o.detail()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void changes(StringBuilder sb, HealthTimeline health) {
        sb.append("<h2>Health-check status changes</h2>\n");
        if (health.changes().isEmpty()) {
            sb.append("<p>none</p>\n");
            return;
        }
        sb.append("<table>\n");
        for (HealthTimeline.StatusChange c : health.changes()) {
            sb.append("<tr><td>t = ").append(number(c.at())).append(" s</td><td>").append(escape(c.healthCheckId()))
                    .append("</td><td>").append(c.healthy() ? "healthy" : "unhealthy").append("</td><td>")
                    .append(escape(c.reason())).append(" (").append(escape(c.rule())).append(")</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceAll("\\.?0+$", "");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
