package dev.failoverstudio.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Help > Keyboard Shortcuts, read from the menus themselves so the list never falls behind them. A page of two
 * columns, what and keys, shown in a fixed-width font; the first column is as wide as its longest entry.
 */
final class KeyboardShortcuts {

    private KeyboardShortcuts() {
    }

    static String describe(MenuBar bar) {
        Map<String, List<String[]>> sections = new LinkedHashMap<>();
        List<String[]> menus = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            String name = withoutMnemonic(menu.getText());
            menus.add(row("Open " + name, mnemonic(menu.getText())));
            List<String[]> items = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null && item.getText() != null) {
                    items.add(row(item.getText().replace("…", ""), item.getAccelerator().getDisplayText()));
                }
            }
            if (!items.isEmpty()) {
                sections.put(name, items);
            }
        }
        menus.add(row("Go to the menu bar", "F10, then the arrow keys"));
        sections.put("Menus", menus);
        sections.put("Canvas (card keys act while the focus is on it or the palette)", List.of(
                row("Pan", "drag empty space, or scroll"),
                row("Zoom", "Ctrl+wheel"),
                row("Select an area", "Shift+drag"),
                row("Select the next card", "Arrow keys"),
                row("Nudge the selected cards", "Shift+Arrow keys")));
        sections.put("Panels", List.of(
                row("Next / previous panel", "F6 / Shift+F6"),
                row("Next control / tab", "Tab / Ctrl+Tab"),
                row("Add a palette item", "Enter or Space on it"),
                row("Fail / restore a check", "Space on its row (Health)"),
                row("Show a problem's card", "Enter on it (Problems)"),
                row("Unpin a watched query", "Delete on it (Resolver)"),
                row("Remove a drill event", "Delete on it (Drills timeline)"),
                row("Close a dialog", "Escape")));
        int width = sections.values().stream().flatMap(List::stream).mapToInt(r -> r[0].length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        sections.forEach((heading, rows) -> {
            text.append(heading).append('\n');
            for (String[] r : rows) {
                text.append("  ").append(r[0]).append(" ".repeat(width - r[0].length() + 3)).append(r[1]).append('\n');
            }
        });
        return text.toString();
    }

    private static String[] row(String what, String keys) {
        return new String[] {what, keys};
    }

    /** "_File" is opened with Alt+F. */
    private static String mnemonic(String menuText) {
        int at = menuText.indexOf('_');
        return at < 0 || at + 1 >= menuText.length() ? "F10, then the arrow keys"
                : "Alt+" + Character.toUpperCase(menuText.charAt(at + 1));
    }

    private static String withoutMnemonic(String text) {
        return text.replace("_", "");
    }
}
