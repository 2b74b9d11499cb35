package dev.failoverstudio.ui.serve.vm;

/**
 * Asks the user before serving on an address other than loopback (other machines could then query the
 * simulated design). The view answers with a dialog; tests answer directly.
 */
@FunctionalInterface
public interface BindConfirmation {

    /** Refuses every non-loopback address: the safe answer when nobody can be asked. */
    BindConfirmation REFUSE = (request, question) -> false;

    /** True to serve on {@code request} anyway; {@code question} is the text to show. */
    boolean confirm(BindRequest request, String question);
}
