package dev.failoverstudio.ui.fx;

import dev.failoverstudio.ui.vm.Theme;
import dev.failoverstudio.ui.vm.ThemeStore;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;

/**
 * Light or dark, applied live. The light palette is the application stylesheet's own ({@code failover-studio.css}
 * defines every colour once, as looked-up colours on {@code .root}); the dark theme is one more stylesheet,
 * {@code theme-dark.css}, that redefines those colours and Modena's base colours. Switching adds or removes it on
 * the scenes attached here, so the change shows at the next pulse, without a restart. The choice is remembered in
 * a {@link ThemeStore}.
 */
public final class ThemeSwitcher {

    /** The dark theme's stylesheet, added after the application stylesheet. */
    public static final String DARK_STYLESHEET = Objects.requireNonNull(
            ThemeSwitcher.class.getResource("/dev/failoverstudio/ui/theme-dark.css"), "theme-dark.css").toExternalForm();

    private final ObjectProperty<Theme> choice = new SimpleObjectProperty<>(this, "choice", Theme.LIGHT);
    private final ReadOnlyObjectWrapper<Theme> shown = new ReadOnlyObjectWrapper<>(this, "shown", Theme.LIGHT);
    private ThemeStore store = ThemeStore.inMemory(Theme.LIGHT);
    private boolean systemPrefersDark;

    public ThemeSwitcher() {
        choice.addListener((o, a, b) -> {
            Theme chosen = b == null ? Theme.LIGHT : b;
            shown.set(chosen.resolve(systemPrefersDark));
            store.save(chosen);
        });
    }

    /** What the user chose (Follow System included); set it to switch. */
    public ObjectProperty<Theme> choiceProperty() {
        return choice;
    }

    /** What is shown: {@link Theme#LIGHT} or {@link Theme#DARK}. */
    public ReadOnlyObjectProperty<Theme> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public void choose(Theme theme) {
        choice.set(theme);
    }

    /** Takes the remembered choice from {@code remembered}, and remembers later choices there. */
    public void restore(ThemeStore remembered, boolean desktopPrefersDark) {
        this.systemPrefersDark = desktopPrefersDark;
        Theme chosen = remembered.load();
        this.store = ThemeStore.inMemory(chosen);
        choice.set(chosen);
        shown.set(chosen.resolve(desktopPrefersDark));
        this.store = remembered;
    }

    /**
     * Keeps {@code scene}'s stylesheets in line with the shown theme from now on; stylesheets added to the scene
     * later (the application's own is added after the window is its root) stay before the dark one.
     */
    public void attach(Scene scene) {
        ObservableList<String> sheets = scene.getStylesheets();
        apply(sheets, shown.get());
        shown.addListener((o, a, b) -> apply(sheets, b));
        sheets.addListener((ListChangeListener<String>) c -> {
            int at = sheets.indexOf(DARK_STYLESHEET);
            if (at >= 0 && at < sheets.size() - 1) {
                Platform.runLater(() -> apply(sheets, shown.get())); // a list cannot change inside its own listener
            }
        });
    }

    /** Adds or removes the dark stylesheet, keeping it last so it overrides the light palette. */
    public static void apply(List<String> stylesheets, Theme shownTheme) {
        stylesheets.remove(DARK_STYLESHEET);
        if (shownTheme == Theme.DARK) {
            stylesheets.add(DARK_STYLESHEET);
        }
    }

    /** Gives a dialog the stylesheets (and so the theme) of the window it belongs to. */
    public static void styleLike(DialogPane dialog, Window owner) {
        if (owner != null && owner.getScene() != null) {
            dialog.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }
}
