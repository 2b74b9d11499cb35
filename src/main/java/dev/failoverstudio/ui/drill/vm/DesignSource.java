package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.edit.EditCommand;
import dev.failoverstudio.domain.model.Design;

import java.util.List;
import java.util.function.Consumer;

/**
 * The design the main window currently shows, as the drill pane sees it: the current snapshot and a way to
 * hear about new ones. Listeners are called on the FX thread.
 */
public interface DesignSource {

    /** The current design, or null when none is open. */
    Design current();

    /** Called after every change of the document: its design, or only its saved drills or layout. */
    void addListener(Consumer<Design> listener);

    /** The drills the document saves; none by default (a source without a document). */
    default List<Drill> drills() {
        return List.of();
    }

    /**
     * Applies an undoable edit of the document (saved drills are edited this way, so undo, redo, the dirty mark
     * and autosave follow them). False when it was refused or there is no document to edit.
     */
    default boolean edit(EditCommand command) {
        return false;
    }
}
