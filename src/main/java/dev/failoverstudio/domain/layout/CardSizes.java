package dev.failoverstudio.domain.layout;

/**
 * How big a canvas node is, so {@link AutoLayout} can place nodes without overlap. A group card is
 * {@code cardWidth} wide and {@code headerHeight + rows * rowHeight} high; a health-check node is
 * {@code healthCheckWidth} by {@code healthCheckHeight}. All values are positive canvas units.
 */
public record CardSizes(double cardWidth, double headerHeight, double rowHeight, double healthCheckWidth,
                        double healthCheckHeight) {

    /** Sizes matching the designer's default card skin. */
    public static final CardSizes DEFAULT = new CardSizes(240, 32, 24, 160, 40);

    public CardSizes {
        if (!(cardWidth > 0 && headerHeight > 0 && rowHeight > 0 && healthCheckWidth > 0 && healthCheckHeight > 0)) {
            throw new IllegalArgumentException("card sizes must be positive");
        }
    }

    /** Height of a group card with {@code memberCount} rows. */
    public double cardHeight(int memberCount) {
        return headerHeight + Math.max(1, memberCount) * rowHeight;
    }
}
