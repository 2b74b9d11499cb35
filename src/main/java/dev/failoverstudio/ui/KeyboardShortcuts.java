package dev.failoverstudio.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** Help > Keyboard Shortcuts, read from the menus themselves so the list never falls behind them. */
final class KeyboardShortcuts {

    private KeyboardShortcuts() {
    }

    static String describe(MenuBar bar) {
        StringBuilder text = new StringBuilder();
        for (Menu menu : bar.getMenus()) {
            StringBuilder lines = new StringBuilder();
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null && item.getText() != null) {
                    lines.append(String.format("  %-28s %s%n", item.getText().replace("…", ""),
                            item.getAccelerator().getDisplayText()));
                }
            }
            if (lines.length() > 0) {
                text.append(menu.getText()).append('\n').append(lines);
            }
        }
        text.append("Canvas\n")
                .append("  Pan                          drag empty space, or scroll\n")
                .append("  Zoom                         Ctrl+wheel\n")
                .append("  Select an area               Shift+drag\n");
        return text.toString();
    }
}
