package dev.failoverstudio.domain.layout;

import java.util.Map;
import java.util.TreeMap;

/**
 * The occupied vertical intervals of one layout column, kept sorted and merged, so the first free slot at or
 * below a wanted y is found in logarithmic time for the common case of placing nodes top to bottom.
 */
final class ColumnSpace {

    /** start → end of occupied intervals; invariant: disjoint and not touching. */
    private final TreeMap<Double, Double> occupied = new TreeMap<>();

    /** The smallest y ≥ {@code wanted} such that {@code [y, y + height)} overlaps no occupied interval. */
    double firstFree(double wanted, double height) {
        double y = wanted;
        while (true) {
            Map.Entry<Double, Double> last = occupied.lowerEntry(y + height);
            if (last == null || last.getValue() <= y) {
                return y;
            }
            y = last.getValue();
        }
    }

    /** Marks {@code [start, end)} occupied, merging it with the intervals it overlaps or touches. */
    void occupy(double start, double end) {
        double s = start;
        double e = end;
        Map.Entry<Double, Double> before = occupied.floorEntry(s);
        if (before != null && before.getValue() >= s) {
            s = before.getKey();
            e = Math.max(e, before.getValue());
            occupied.remove(before.getKey());
        }
        Map.Entry<Double, Double> next = occupied.ceilingEntry(s);
        while (next != null && next.getKey() <= e) {
            e = Math.max(e, next.getValue());
            occupied.remove(next.getKey());
            next = occupied.ceilingEntry(s);
        }
        occupied.put(s, e);
    }
}
