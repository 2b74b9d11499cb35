package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.layout.CardSizes;

/** Card sizes shared by the canvas skins and the auto-layout, so laid-out cards never overlap. */
public final class CardGeometry implements CardSizes {

    public static final double GROUP_WIDTH = 300;
    public static final double HEADER_HEIGHT = 46;
    public static final double ROW_HEIGHT = 34;
    public static final double FOOTER_HEIGHT = 26;
    public static final double HEALTH_CHECK_WIDTH = 220;
    public static final double HEALTH_CHECK_HEIGHT = 58;
    /** The alias port's centre sits this far left of a group card's right edge, on the row's centre line. */
    public static final double PORT_INSET = 10;
    public static final double PORT_RADIUS = 6;
    /** Moves snap card corners to this grid. */
    public static final double GRID = 20;

    @Override
    public double groupWidth() {
        return GROUP_WIDTH;
    }

    /** Header, one row per member (at least one) and the "add member" footer. */
    @Override
    public double groupHeight(int members) {
        return HEADER_HEIGHT + ROW_HEIGHT * Math.max(1, members) + FOOTER_HEIGHT;
    }

    @Override
    public double healthCheckWidth() {
        return HEALTH_CHECK_WIDTH;
    }

    @Override
    public double healthCheckHeight() {
        return HEALTH_CHECK_HEIGHT;
    }

    public static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }
}
