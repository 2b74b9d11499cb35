package dev.failoverstudio.app;

import dev.failoverstudio.ui.vm.SettingsStore;
import dev.failoverstudio.ui.vm.WindowSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Window settings in a small properties file ({@code window.properties}) under the user's configuration
 * directory. Written atomically; a missing or broken file gives the defaults, never an error.
 */
public final class SettingsFile implements SettingsStore {

    private final Path file;

    public SettingsFile(Path directory) {
        this.file = directory.resolve("window.properties");
    }

    /** {@code $XDG_CONFIG_HOME/failover-studio}, else {@code ~/.config/failover-studio}. */
    public static Path defaultDirectory() {
        String override = System.getProperty("failoverstudio.configDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("failover-studio");
    }

    @Override
    public WindowSettings load() {
        Optional<Properties> read = PropertiesFile.read(file);
        if (read.isEmpty()) {
            return WindowSettings.DEFAULTS;
        }
        Properties p = read.get();
        WindowSettings d = WindowSettings.DEFAULTS;
        List<Double> dividers = new ArrayList<>();
        for (int i = 0; i < d.dividers().size(); i++) {
            dividers.add(number(p, "divider." + i, d.dividers().get(i), 0.02, 0.98));
        }
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < WindowSettings.MAX_RECENT; i++) {
            String r = p.getProperty("recent." + i);
            if (r != null && !r.isBlank()) {
                try {
                    recent.add(Path.of(r));
                } catch (RuntimeException e) {
                    // an unreadable entry is skipped
                }
            }
        }
        return new WindowSettings(number(p, "x", d.x(), -1e5, 1e5), number(p, "y", d.y(), -1e5, 1e5),
                number(p, "width", d.width(), 400, 1e5), number(p, "height", d.height(), 300, 1e5),
                Boolean.parseBoolean(p.getProperty("maximized", "false")), dividers, recent);
    }

    @Override
    public void save(WindowSettings s) {
        Properties p = new Properties();
        if (!Double.isNaN(s.x())) {
            p.setProperty("x", Double.toString(s.x()));
            p.setProperty("y", Double.toString(s.y()));
        }
        p.setProperty("width", Double.toString(s.width()));
        p.setProperty("height", Double.toString(s.height()));
        p.setProperty("maximized", Boolean.toString(s.maximized()));
        for (int i = 0; i < s.dividers().size(); i++) {
            p.setProperty("divider." + i, Double.toString(s.dividers().get(i)));
        }
        for (int i = 0; i < s.recentFiles().size(); i++) {
            p.setProperty("recent." + i, s.recentFiles().get(i).toString());
        }
        PropertiesFile.write(file, p, "Failover Studio window settings");
    }

    private static double number(Properties p, String key, double fallback, double min, double max) {
        try {
            double v = Double.parseDouble(p.getProperty(key, ""));
            return Double.isFinite(v) && v >= min && v <= max ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
