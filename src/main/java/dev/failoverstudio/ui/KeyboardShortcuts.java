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
        StringBuilder menus = new StringBuilder();
        for (Menu menu : bar.getMenus()) {
            menus.append(menus.length() == 0 ? "" : ", ").append(mnemonic(menu.getText()));
            StringBuilder lines = new StringBuilder();
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null && item.getText() != null) {
                    lines.append(String.format("  %-28s %s%n", item.getText().replace("…", ""),
                            item.getAccelerator().getDisplayText()));
                }
            }
            if (lines.length() > 0) {
                text.append(withoutMnemonic(menu.getText())).append('\n').append(lines);
            }
        }
        text.append("Menus\n")
                .append("  Open a menu                  ").append(menus).append('\n')
                .append("  Go to the menu bar           F10, then the arrow keys\n")
                .append("Canvas (Edit's card shortcuts act while the focus is on the canvas or the palette)\n")
                .append("  Pan                          drag empty space, or scroll\n")
                .append("  Zoom                         Ctrl+wheel\n")
                .append("  Select an area               Shift+drag\n")
                .append("  Select the next card         Arrow keys\n")
                .append("  Nudge the selected cards     Shift+Arrow keys\n")
                .append("Panels\n")
                .append("  Next / previous panel        F6 / Shift+F6\n")
                .append("  Next control / tab           Tab / Ctrl+Tab\n")
                .append("  Add a palette item           Enter or Space on it\n")
                .append("  Fail / restore a check       Space on its row (Health)\n")
                .append("  Show a problem's card        Enter on it (Problems)\n")
                .append("  Unpin a watched query        Delete on it (Resolver)\n")
                .append("  Remove a drill event         Delete on it (Drills timeline)\n")
                .append("  Close a dialog               Escape\n");
        return text.toString();
    }

    /** "_File" is opened with Alt+F: "Alt+F File". */
    private static String mnemonic(String menuText) {
        int at = menuText.indexOf('_');
        String name = withoutMnemonic(menuText);
        return at < 0 || at + 1 >= menuText.length() ? name
                : "Alt+" + Character.toUpperCase(menuText.charAt(at + 1)) + " " + name;
    }

    private static String withoutMnemonic(String text) {
        return text.replace("_", "");
    }
}
