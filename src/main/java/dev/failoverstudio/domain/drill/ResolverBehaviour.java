package dev.failoverstudio.domain.drill;

import java.util.List;
import java.util.Objects;

/**
 * How many recursive resolvers a drill simulates and how long they keep answers.
 *
 * <p>A resolver keeps an answer for {@code max(TTL, minimumCacheSeconds)} of its class (R180, R181 for
 * negative answers); then the next client query makes it ask Route 53 again. Resolvers that keep answers
 * longer than the TTL exist in practice: cache-min-ttl style settings of recursive resolvers (Unbound
 * {@code cache-min-ttl}, dnsmasq {@code min-cache-ttl}) and clients that cache on their own (the JVM's
 * {@code networkaddress.cache.ttl}, browsers, connection pools).
 *
 * <p>{@link #DEFAULT}: 90 % honour the TTL, 8 % keep answers at least 300 s, 2 % at least 3,600 s. This is a
 * documented modelling assumption, not a measurement: it gives drills a visible tail of stale traffic, as
 * operators see after real failovers. Drill files can replace it.
 *
 * <p>Invariants: {@code count >= 1}; at least one class; class shares are {@code > 0} and are normalised.
 */
public record ResolverBehaviour(int count, List<ResolverClass> classes) {

    /** Resolvers that keep answers at least {@code minimumCacheSeconds} (0 = honour the TTL). */
    public record ResolverClass(double share, long minimumCacheSeconds) {
        public ResolverClass {
            if (!(share > 0) || Double.isInfinite(share)) {
                throw new IllegalArgumentException("a resolver class share must be above 0, got " + share);
            }
            if (minimumCacheSeconds < 0) {
                throw new IllegalArgumentException("minimumCacheSeconds must be >= 0, got " + minimumCacheSeconds);
            }
        }
    }

    public static final int DEFAULT_COUNT = 10_000;

    public static final List<ResolverClass> DEFAULT_CLASSES = List.of(new ResolverClass(0.90, 0),
            new ResolverClass(0.08, 300), new ResolverClass(0.02, 3_600));

    public static final ResolverBehaviour DEFAULT = new ResolverBehaviour(DEFAULT_COUNT, DEFAULT_CLASSES);

    /** Every resolver honours the TTL exactly. */
    public static ResolverBehaviour honouringTtl(int count) {
        return new ResolverBehaviour(count, List.of(new ResolverClass(1, 0)));
    }

    public ResolverBehaviour {
        if (count < 1) {
            throw new IllegalArgumentException("at least one resolver is needed, got " + count);
        }
        Objects.requireNonNull(classes, "classes");
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("at least one resolver class is needed");
        }
        double divisor = Shares.divisor(classes.stream().mapToDouble(ResolverClass::share).sum());
        classes = classes.stream().map(c -> new ResolverClass(c.share() / divisor, c.minimumCacheSeconds())).toList();
    }
}
