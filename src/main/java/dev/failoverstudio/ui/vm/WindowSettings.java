package dev.failoverstudio.ui.vm;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window remembers between runs: its bounds, the divider positions of its split panes (left/right
 * first, then bottom) and the recently opened files, most recent first.
 */
public record WindowSettings(double x, double y, double width, double height, boolean maximized,
                             List<Double> dividers, List<Path> recentFiles) {

    public static final int MAX_RECENT = 8;

    public static final WindowSettings DEFAULTS = new WindowSettings(Double.NaN, Double.NaN, 1400, 880, false,
            List.of(0.15, 0.70, 0.70), List.of());

    public WindowSettings {
        dividers = List.copyOf(dividers);
        recentFiles = List.copyOf(recentFiles);
    }

    public WindowSettings withRecentFiles(List<Path> files) {
        return new WindowSettings(x, y, width, height, maximized, dividers, files);
    }

    /**
     * These settings with the window made to fit the given screen area: no larger than it, and, where a position
     * is remembered, moved inside it. A default window (1400 x 880) would otherwise hang off a 1366 x 768 laptop
     * screen, and a window remembered on a monitor since unplugged would open out of sight. An unknown position
     * (NaN) stays unknown, so the window is centred.
     */
    public WindowSettings fittedTo(double screenX, double screenY, double screenWidth, double screenHeight) {
        double w = Math.min(width, screenWidth);
        double h = Math.min(height, screenHeight);
        double fx = Double.isNaN(x) ? x : Math.max(screenX, Math.min(x, screenX + screenWidth - w));
        double fy = Double.isNaN(y) ? y : Math.max(screenY, Math.min(y, screenY + screenHeight - h));
        return new WindowSettings(fx, fy, w, h, maximized, dividers, recentFiles);
    }
}
