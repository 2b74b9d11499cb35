package dev.failoverstudio.app;

import dev.failoverstudio.ui.vm.Theme;
import dev.failoverstudio.ui.vm.ThemeStore;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The chosen theme in {@code appearance.properties}, beside {@link SettingsFile}'s window settings in the user's
 * configuration directory. A file of its own, so saving the window's bounds never drops it. Written atomically; a
 * missing or broken file gives {@link Theme#SYSTEM}, never an error.
 */
public final class ThemeFile implements ThemeStore {

    private static final String KEY = "theme";

    private final Path file;

    public ThemeFile(Path directory) {
        this.file = directory.resolve("appearance.properties");
    }

    @Override
    public Theme load() {
        return PropertiesFile.read(file).flatMap(p -> Theme.parse(p.getProperty(KEY))).orElse(Theme.SYSTEM);
    }

    @Override
    public void save(Theme theme) {
        Properties p = new Properties();
        p.setProperty(KEY, theme.key());
        PropertiesFile.write(file, p, "Failover Studio appearance");
    }
}
