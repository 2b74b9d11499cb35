package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.geo.AwsRegionInfo;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Latency routing (R90–R93) with the deterministic model of A10: Regions ranked by great-circle distance
 * from the client's reference point, ties by Region code (A39); cn-north-1 first for clients in China (R92).
 */
final class LatencySelector extends OrderedSelector {

    static final String CHINA_REGION = "cn-north-1";

    @Override
    public List<RecordSet> applicable(List<RecordSet> group, Evaluation eval, int depth) {
        if (group.isEmpty() || eval.trace().on()) {
            return rank(group, eval, depth);
        }
        return eval.rankings().get("latency", group, eval.client(), () -> rank(group, eval, depth));
    }

    /** The ranking with its trace step; health-independent, so quiet evaluations share it through the cache. */
    private List<RecordSet> rank(List<RecordSet> group, Evaluation eval, int depth) {
        ClientLocation client = eval.client();
        List<Ranked> ranked = new ArrayList<>(group.size());
        for (RecordSet rs : group) {
            String region = rs.routing() instanceof LatencyRouting l ? l.region() : "";
            AwsRegionInfo info = eval.geo().region(region).orElse(null);
            double distance = info == null ? Double.POSITIVE_INFINITY : client.referencePoint.distanceKm(info.point());
            boolean chinaFirst = client.inChina() && CHINA_REGION.equals(region);
            ranked.add(new Ranked(rs, region, chinaFirst ? -1 : distance));
        }
        // R91: the client's own Region comes first even when another Region shares its reference point
        // (us-east-2 and us-gov-east-1 in M2); other ties by Region code, then set identifier (A39)
        ranked.sort(Comparator.comparingDouble(Ranked::distance)
                .thenComparing(r -> !r.region.equals(client.referenceRegion))
                .thenComparing(Ranked::region)
                .thenComparing(r -> r.recordSet.setIdentifier() == null ? "" : r.recordSet.setIdentifier()));
        List<RecordSet> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            out.add(r.recordSet);
        }
        if (eval.trace().on()) {
            StringBuilder order = new StringBuilder("ranked from " + client.referenceDescription + ": ");
            for (int i = 0; i < ranked.size(); i++) {
                Ranked r = ranked.get(i);
                order.append(i == 0 ? "" : ", ").append(r.region).append(' ').append(describe(r.distance));
            }
            eval.trace().add(depth, "rank", null, order.toString(),
                    ranked.stream().anyMatch(r -> r.distance < 0) ? "R92" : client.referenceRule);
        }
        return out;
    }

    private static String describe(double distance) {
        if (distance < 0) {
            return "(client in China: always first)";
        }
        if (Double.isInfinite(distance)) {
            return "(unknown Region: last)";
        }
        return String.format(Locale.ROOT, "(%.0f km)", distance);
    }

    @Override
    String lastResortRule() {
        return "R93";
    }

    @Override
    String rankingRule() {
        return "R93";
    }

    private record Ranked(RecordSet recordSet, String region, double distance) {
    }
}
