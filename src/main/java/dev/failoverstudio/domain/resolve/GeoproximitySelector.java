package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.geo.AwsRegionInfo;
import dev.failoverstudio.domain.geo.GeoPoint;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.RecordSet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Geoproximity routing (R110–R116): rank by biased distance (R111), ties by Region code then set identifier
 * (A38, A39); first healthy, else the first-ranked (R114, A14).
 */
final class GeoproximitySelector extends OrderedSelector {

    @Override
    public List<RecordSet> applicable(List<RecordSet> group, Evaluation eval, int depth) {
        if (group.isEmpty() || eval.trace().on()) {
            return rank(group, eval, depth);
        }
        return eval.rankings().get("geoproximity", group, eval.client(), () -> rank(group, eval, depth));
    }

    /** The ranking with its trace step; health-independent, so quiet evaluations share it through the cache. */
    private List<RecordSet> rank(List<RecordSet> group, Evaluation eval, int depth) {
        ClientLocation client = eval.client();
        List<Ranked> ranked = new ArrayList<>(group.size());
        for (RecordSet rs : group) {
            if (!(rs.routing() instanceof GeoproximityRouting g)) {
                continue;
            }
            GeoProximityLocation loc = g.location();
            GeoPoint point = locate(loc, eval);
            double distance = point == null ? Double.POSITIVE_INFINITY : client.referencePoint.distanceKm(point);
            ranked.add(new Ranked(rs, loc.awsRegion() == null ? "" : loc.awsRegion(), distance,
                    biased(distance, loc.effectiveBias())));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::biased).thenComparing(Ranked::region)
                .thenComparing(r -> r.recordSet.setIdentifier() == null ? "" : r.recordSet.setIdentifier()));
        List<RecordSet> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            out.add(r.recordSet);
        }
        if (eval.trace().on()) {
            StringBuilder sb = new StringBuilder("ranked by biased distance from " + client.referenceDescription + ": ");
            for (int i = 0; i < ranked.size(); i++) {
                Ranked r = ranked.get(i);
                sb.append(i == 0 ? "" : ", ").append(r.recordSet.setIdentifier()).append(' ');
                sb.append(Double.isInfinite(r.distance) ? "(unknown location: last)"
                        : String.format(Locale.ROOT, "(%.0f km, biased %.0f km)", r.distance, r.biased));
            }
            eval.trace().add(depth, "rank", null, sb.toString(),
                    client.referenceRule.equals("A35") ? "R116" : "R111");
        }
        return out;
    }

    /**
     * R111: positive bias shrinks the distance, negative bias stretches it. A bias outside −99…99 (V31 rejects
     * it) is clamped so that an invalid design still ranks sensibly instead of dividing by zero.
     */
    static double biased(double distance, long rawBias) {
        long bias = Math.max(-99, Math.min(99, rawBias));
        if (bias > 0) {
            return distance * (1 - bias / 100.0);
        }
        if (bias < 0) {
            return distance / (1 + bias / 100.0);
        }
        return distance;
    }

    private static GeoPoint locate(GeoProximityLocation loc, Evaluation eval) {
        if (loc.awsRegion() != null) {
            return eval.geo().region(loc.awsRegion()).map(AwsRegionInfo::point).orElse(null);
        }
        if (loc.latitude() != null && loc.longitude() != null) {
            try {
                return new GeoPoint(truncate(loc.latitude()), truncate(loc.longitude()));
            } catch (NumberFormatException e) {
                return null; // V31 reports the malformed coordinate
            }
        }
        return null; // Local Zone groups need catalog coordinates (R113); none ship by default
    }

    /** R110: coordinates keep two decimals; more precise input is truncated. */
    static double truncate(String coordinate) {
        return new BigDecimal(coordinate.strip()).setScale(2, RoundingMode.DOWN).doubleValue();
    }

    @Override
    String lastResortRule() {
        return "R114";
    }

    @Override
    String rankingRule() {
        return "R111";
    }

    private record Ranked(RecordSet recordSet, String region, double distance, double biased) {
    }
}
