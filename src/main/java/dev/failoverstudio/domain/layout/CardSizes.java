package dev.failoverstudio.domain.layout;

/**
 * How big canvas nodes are, so {@link AutoLayout} can place them without overlap. The canvas implements it
 * with its real card geometry; {@link #DEFAULT} suits headless use (import, tests, benchmarks).
 * All sizes are positive canvas units.
 */
public interface CardSizes {

    /** Sizes close to the designer's default card skin. */
    CardSizes DEFAULT = fixed(300, 72, 34, 220, 58);

    /** Width of a group card. */
    double groupWidth();

    /** Height of a group card with {@code members} member rows. */
    double groupHeight(int members);

    double healthCheckWidth();

    double healthCheckHeight();

    /**
     * Fixed sizes: a group card is {@code groupWidth} wide and {@code groupBaseHeight + members * rowHeight}
     * high (at least one row).
     */
    static CardSizes fixed(double groupWidth, double groupBaseHeight, double rowHeight, double healthCheckWidth,
                           double healthCheckHeight) {
        if (!(groupWidth > 0 && groupBaseHeight > 0 && rowHeight > 0 && healthCheckWidth > 0
                && healthCheckHeight > 0)) {
            throw new IllegalArgumentException("card sizes must be positive");
        }
        return new CardSizes() {
            @Override
            public double groupWidth() {
                return groupWidth;
            }

            @Override
            public double groupHeight(int members) {
                return groupBaseHeight + Math.max(1, members) * rowHeight;
            }

            @Override
            public double healthCheckWidth() {
                return healthCheckWidth;
            }

            @Override
            public double healthCheckHeight() {
                return healthCheckHeight;
            }
        };
    }
}
