package dev.failoverstudio.ui.export.vm;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save: the view shows a file or folder chooser; empty when the user cancels. */
public interface SaveTarget {

    /** A file for one exported file; {@code suggestedName} is the export's own name for it. */
    Optional<Path> chooseFile(String suggestedName);

    /** An existing folder to receive {@code fileCount} files under their own names. */
    Optional<Path> chooseFolder(int fileCount);
}
