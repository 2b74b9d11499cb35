package dev.failoverstudio.app;

import dev.failoverstudio.ui.vm.WindowSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Window size, dividers and recent files survive a restart; a broken or missing file gives the defaults. */
class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void whatIsSavedIsLoadedBack() {
        WindowSettings s = new WindowSettings(10, 20, 1500, 900, false, List.of(0.2, 0.7, 0.75),
                List.of(Path.of("/tmp/a.json"), Path.of("/tmp/b.json")));

        new SettingsFile(dir).save(s);

        assertThat(new SettingsFile(dir).load()).isEqualTo(s);
    }

    @Test
    void recentFilesInAnyScriptSurviveARestart() {
        WindowSettings s = new WindowSettings(10, 20, 1500, 900, false, List.of(0.2, 0.7, 0.75),
                List.of(Path.of("/tmp/東京/フェイルオーバー.json"), Path.of("/tmp/Zürich/Ελλάδα.json")));

        new SettingsFile(dir).save(s);

        assertThat(new SettingsFile(dir).load().recentFiles()).isEqualTo(s.recentFiles());
    }

    @Test
    void aMissingOrBrokenFileGivesTheDefaults() throws Exception {
        assertThat(new SettingsFile(dir).load()).isEqualTo(WindowSettings.DEFAULTS);

        Files.writeString(dir.resolve("window.properties"), "width=banana\ndivider.0=7\nheight=-5\n");

        WindowSettings loaded = new SettingsFile(dir).load();
        assertThat(loaded.width()).isEqualTo(WindowSettings.DEFAULTS.width());
        assertThat(loaded.height()).isEqualTo(WindowSettings.DEFAULTS.height());
        assertThat(loaded.dividers()).isEqualTo(WindowSettings.DEFAULTS.dividers());
    }
}
