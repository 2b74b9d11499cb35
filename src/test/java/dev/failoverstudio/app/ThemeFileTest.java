package dev.failoverstudio.app;

import dev.failoverstudio.ui.vm.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The chosen theme survives a restart; a missing or broken file means "follow the system", never an error. */
class ThemeFileTest {

    @TempDir
    Path dir;

    @Test
    void remembersEachTheme() {
        for (Theme t : Theme.values()) {
            new ThemeFile(dir.resolve("cfg")).save(t);
            assertThat(new ThemeFile(dir.resolve("cfg")).load()).isEqualTo(t);
        }
        try (var files = java.nio.file.Files.list(dir.resolve("cfg"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("appearance.properties");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void missingOrBrokenFollowsTheSystem() throws Exception {
        assertThat(new ThemeFile(dir).load()).isEqualTo(Theme.SYSTEM);
        Files.writeString(dir.resolve("appearance.properties"), "theme=purple\n");
        assertThat(new ThemeFile(dir).load()).isEqualTo(Theme.SYSTEM);
        Files.write(dir.resolve("appearance.properties"), new byte[] {'t', '=', '\\', 'u', '1'});
        assertThat(new ThemeFile(dir).load()).isEqualTo(Theme.SYSTEM);
    }

    @Test
    void windowSettingsAndThemeDoNotOverwriteEachOther() {
        new ThemeFile(dir).save(Theme.DARK);
        new SettingsFile(dir).save(dev.failoverstudio.ui.vm.WindowSettings.DEFAULTS);
        assertThat(new ThemeFile(dir).load()).isEqualTo(Theme.DARK);
    }
}
