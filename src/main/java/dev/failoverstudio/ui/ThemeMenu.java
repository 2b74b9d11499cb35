package dev.failoverstudio.ui;

import dev.failoverstudio.ui.fx.ThemeSwitcher;
import dev.failoverstudio.ui.vm.Theme;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.Locale;

/** View > Theme: Light, Dark, Follow System, one checked; choosing one switches the look at once. */
final class ThemeMenu {

    private ThemeMenu() {
    }

    static Menu create(ThemeSwitcher themes) {
        Menu menu = new Menu("Theme");
        menu.setId("menu-theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.label());
            item.setId("menu-theme-" + theme.key().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setUserData(theme);
            item.setSelected(themes.choiceProperty().get() == theme);
            item.setOnAction(e -> themes.choose(theme));
            menu.getItems().add(item);
        }
        themes.choiceProperty().addListener((o, a, b) -> group.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == b)));
        return menu;
    }
}
