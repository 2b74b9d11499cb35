package dev.failoverstudio.app;

import dev.failoverstudio.ui.vm.LastDesign;
import dev.failoverstudio.ui.vm.LastDesignStore;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The last design in {@code last-design.properties} beside the window settings ({@link SettingsFile}): one key,
 * {@code file} (an absolute path) or {@code sample} (a bundled sample's file name). Written atomically; a missing
 * or broken file remembers nothing, which gives the welcome view.
 */
public final class LastDesignFile implements LastDesignStore {

    private final Path file;

    public LastDesignFile(Path directory) {
        this.file = directory.resolve("last-design.properties");
    }

    @Override
    public Optional<LastDesign> load() {
        Optional<Properties> read = PropertiesFile.read(file);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Properties p = read.get();
        String path = p.getProperty("file", "").strip();
        String sample = p.getProperty("sample", "").strip();
        try {
            if (!path.isEmpty()) {
                return Optional.of(new LastDesign.File(Path.of(path)));
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return sample.isEmpty() || sample.contains("/") ? Optional.empty() : Optional.of(new LastDesign.Sample(sample));
    }

    @Override
    public void save(LastDesign design) {
        Properties p = new Properties();
        if (design instanceof LastDesign.File f) {
            p.setProperty("file", f.path().toString());
        } else if (design instanceof LastDesign.Sample s) {
            p.setProperty("sample", s.name());
        }
        PropertiesFile.write(file, p, "Failover Studio: the design reopened at start");
    }
}
