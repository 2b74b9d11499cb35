package dev.failoverstudio.domain.drill;

/**
 * Normalising shares so that they sum to 1 without disturbing shares that already do.
 *
 * <p>Shares such as 0.3, 0.2, 0.2, 0.2 and 0.1 sum to 0.9999999999999999 in floating point. Dividing each by
 * that total changes their last digits, so a drill written and read again would no longer equal itself. A
 * total within {@link #TOLERANCE} of 1 is therefore taken as 1 and the shares are kept exactly as given.
 */
final class Shares {

    /** Far above the rounding error of summing a few thousand shares, far below any share a user means. */
    static final double TOLERANCE = 1e-9;

    private Shares() {
    }

    /** The divisor that makes shares with this total sum to 1: the total itself, or exactly 1 when close to it. */
    static double divisor(double total) {
        return Math.abs(total - 1) <= TOLERANCE ? 1 : total;
    }
}
