package dev.failoverstudio.domain.resolve;

/**
 * One step of an evaluation (R34): what was looked at, which record set, what was decided, and the spec
 * rule that decided it.
 *
 * @param depth how many alias hops deep the step happened (0 = the queried group)
 * @param recordSet the record set or group concerned, or null
 */
public record TraceStep(int depth, String step, String recordSet, String decision, String rule) {

    @Override
    public String toString() {
        return "  ".repeat(depth) + step + (recordSet == null ? "" : " " + recordSet) + ": " + decision
                + " (" + rule + ")";
    }
}
