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
}
