package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.validate.Problem;

/**
 * One line of the problems list and the card it concerns (empty for zone-wide problems), so clicking it can
 * select and reveal that card.
 */
public record ProblemItem(Problem problem, NodeKey card, String text) {

    public boolean isError() {
        return problem.isError();
    }

    /** {@code V20 Weight 300 is outside 0-255} — the short form used in tooltips. */
    static String line(Problem p) {
        return p.code() + " " + p.message();
    }
}
