package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditCommand;

/** Puts a whole document in place as one undoable step (restoring an autosave copy keeps it unsaved). */
record ReplaceDocumentCommand(String label, DesignDocument replacement) implements EditCommand {

    @Override
    public DesignDocument apply(DesignDocument before) {
        return replacement;
    }
}
