package dev.failoverstudio.ui.health;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Space on a selected row does what the row's Fail/Restore button does, so health can be toggled from the
 * keyboard: arrow keys pick the row, Space flips it. A filter, because the table would otherwise take Space for
 * its own selection handling.
 */
final class SpaceToggles {

    private SpaceToggles() {
    }

    static <T> void install(TableView<T> table, Predicate<T> toggleable, Consumer<T> toggle) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.SPACE || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            T row = table.getSelectionModel().getSelectedItem();
            if (row != null && toggleable.test(row)) {
                toggle.accept(row);
                e.consume();
            }
        });
    }
}
