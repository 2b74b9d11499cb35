package dev.failoverstudio.app;

import dev.failoverstudio.io.AtomicFiles;
import dev.failoverstudio.ui.vm.Theme;
import dev.failoverstudio.ui.vm.ThemeStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
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
        if (!Files.isRegularFile(file)) {
            return Theme.SYSTEM;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
        return Theme.parse(p.getProperty(KEY)).orElse(Theme.SYSTEM);
    }

    @Override
    public void save(Theme theme) {
        Properties p = new Properties();
        p.setProperty(KEY, theme.key());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            StringWriter text = new StringWriter();
            p.store(text, "Failover Studio appearance");
            AtomicFiles.write(file, text.toString());
        } catch (IOException e) {
            // A convenience like the window settings: failing to remember it must not disturb the user's work.
        }
    }
}
