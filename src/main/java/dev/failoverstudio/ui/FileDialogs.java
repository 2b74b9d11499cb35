package dev.failoverstudio.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the designer asks the user: which file, and what to do with unsaved changes. An interface so
 * tests can answer without native dialogs.
 */
public interface FileDialogs {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseOpen(String title);

    /** A file to import, in any format File > Import reads; by default the same chooser as {@link #chooseOpen}. */
    default Optional<Path> chooseImport(String title) {
        return chooseOpen(title);
    }

    Optional<Path> chooseSave(String title, String suggestedName);

    UnsavedChoice askUnsaved(String documentName);

    void showError(String title, String message);

    void showInformation(String title, String message);

    /**
     * An information page laid out in columns with spaces (such as the keyboard shortcuts), shown in a fixed-width
     * font so the columns line up; by default like {@link #showInformation}.
     */
    default void showColumns(String title, String text) {
        showInformation(title, text);
    }
}
