package dev.failoverstudio.domain.edit;

/** What the drill commands share. */
final class DrillCommands {

    private DrillCommands() {
    }

    /** Refuses an index that names no saved drill (the list changed under a stale selection). */
    static void checkIndex(DesignDocument doc, int index) {
        if (index < 0 || index >= doc.drills().size()) {
            throw new EditRejectedException(null, "There is no saved drill number " + (index + 1) + " in this design"
                    + " (it has " + doc.drills().size() + ")");
        }
    }
}
