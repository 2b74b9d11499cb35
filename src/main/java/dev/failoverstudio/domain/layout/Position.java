package dev.failoverstudio.domain.layout;

/** The top-left corner of a canvas node, in canvas units (unscaled pixels). */
public record Position(double x, double y) {

    /** This position moved by {@code dx, dy}. */
    public Position plus(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }
}
