package dev.failoverstudio.ui.vm;

import java.util.Optional;

/**
 * Asks the user for a name an import needs (the view answers with a text input dialog). Called on the UI thread;
 * empty means the user cancelled.
 */
@FunctionalInterface
public interface NameQuestion {

    /** Takes the suggestion without asking; empty when there is none. The default until a view sets its own. */
    NameQuestion SUGGESTION = request -> Optional.ofNullable(request.suggestion());

    Optional<String> ask(DesignFileImporter.NameRequest request);
}
