package dev.failoverstudio.ui.vm;

import java.util.Locale;
import java.util.Optional;

/**
 * The look the user chose in View > Theme. {@link #SYSTEM} follows the desktop's light or dark preference where it
 * can be read, else it is {@link #LIGHT}; the other two are what they say.
 */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark"),
    SYSTEM("Follow System");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** The menu text. */
    public String label() {
        return label;
    }

    /** The name written to settings files and accepted by {@code --theme}: {@code light}, {@code dark}, {@code system}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme named {@code key} (any case), if it names one. */
    public static Optional<Theme> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (Theme t : values()) {
            if (t.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** What is shown: {@link #SYSTEM} becomes light or dark by the desktop's preference. */
    public Theme resolve(boolean systemPrefersDark) {
        return this == SYSTEM ? (systemPrefersDark ? DARK : LIGHT) : this;
    }
}
