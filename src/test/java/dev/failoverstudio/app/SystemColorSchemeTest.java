package dev.failoverstudio.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "Follow System": the desktop's dark preference, from GTK_THEME or GNOME's settings. */
class SystemColorSchemeTest {

    private final List<String> asked = new ArrayList<>();

    private SystemColorScheme with(Map<String, String> env, String colorScheme, String gtkTheme) {
        return new SystemColorScheme(env, cmd -> {
            asked.add(cmd[3]);
            return cmd[3].equals("color-scheme") ? colorScheme : gtkTheme;
        });
    }

    @Test
    void gtkThemeVariableDecidesWithoutAskingGsettings() {
        assertThat(with(Map.of("GTK_THEME", "Adwaita:dark"), "'prefer-light'", null).getAsBoolean()).isTrue();
        assertThat(with(Map.of("GTK_THEME", "Yaru-dark"), null, null).getAsBoolean()).isTrue();
        assertThat(with(Map.of("GTK_THEME", "Adwaita"), "'prefer-dark'", null).getAsBoolean()).isFalse();
        assertThat(asked).isEmpty();
    }

    @Test
    void gnomeColorSchemeThenThemeName() {
        assertThat(with(Map.of(), "'prefer-dark'", null).getAsBoolean()).isTrue();
        assertThat(with(Map.of(), "'prefer-light'", "'Adwaita-dark'").getAsBoolean()).isFalse();
        assertThat(with(Map.of(), "'default'", "'Adwaita-dark'").getAsBoolean()).isTrue();
        assertThat(with(Map.of(), "'default'", "'Adwaita'").getAsBoolean()).isFalse();
    }

    @Test
    void noDesktopMeansLight() {
        assertThat(with(Map.of(), null, null).getAsBoolean()).isFalse();
    }
}
