package dev.failoverstudio.domain.edit;

/**
 * One undoable edit of a {@link DesignDocument}.
 *
 * <p>{@link #apply} is pure: it depends only on the command's fields and the document given, never changes
 * anything, and either returns the edited document or throws {@link EditRejectedException} (for example when
 * Route 53 would refuse the result; the exception names the rule), in which case nothing has changed.
 * Undo does not call the command again: {@link EditHistory} keeps the document from before.
 */
public interface EditCommand {

    /** What the edit does, e.g. {@code "Add weighted record set"}; menus show it as "Undo Add weighted record set". */
    String label();

    /** The document after the edit. */
    DesignDocument apply(DesignDocument before);
}
