package dev.failoverstudio.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Whether the desktop prefers dark windows, read the cheap ways a Linux desktop tells it: the {@code GTK_THEME}
 * variable ({@code Adwaita:dark}, {@code Yaru-dark}), else GNOME's {@code color-scheme} setting through
 * {@code gsettings} (given one second; absent on most servers, where the answer is "no"). JavaFX 21 has no
 * platform preference API of its own (that came with JavaFX 22).
 */
public final class SystemColorScheme implements BooleanSupplier {

    private final Map<String, String> environment;
    private final Function<String[], String> command;

    /** The real desktop: this process's environment and {@code gsettings}. */
    public SystemColorScheme() {
        this(System.getenv(), SystemColorScheme::run);
    }

    /** For tests: a given environment, and {@code command} answering a command line with its output (or null). */
    SystemColorScheme(Map<String, String> environment, Function<String[], String> command) {
        this.environment = environment;
        this.command = command;
    }

    @Override
    public boolean getAsBoolean() {
        String gtkTheme = environment.get("GTK_THEME");
        if (gtkTheme != null && !gtkTheme.isBlank()) {
            return namesDark(gtkTheme);
        }
        String scheme = command.apply(new String[] {"gsettings", "get", "org.gnome.desktop.interface", "color-scheme"});
        if (scheme != null && scheme.contains("prefer-dark")) {
            return true;
        }
        if (scheme != null && scheme.contains("prefer-light")) {
            return false;
        }
        String theme = command.apply(new String[] {"gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"});
        return theme != null && namesDark(theme);
    }

    private static boolean namesDark(String themeName) {
        String t = themeName.toLowerCase(Locale.ROOT);
        return t.endsWith(":dark") || t.contains("-dark") || t.contains("_dark") || t.replace("'", "").endsWith("dark");
    }

    private static String run(String[] commandLine) {
        try {
            Process p = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
            try (InputStream out = p.getInputStream()) {
                if (!p.waitFor(1, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return null;
                }
                return p.exitValue() == 0 ? new String(out.readAllBytes(), StandardCharsets.UTF_8).strip() : null;
            }
        } catch (IOException e) {
            return null; // no gsettings: not a GNOME desktop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
