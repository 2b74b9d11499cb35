package dev.failoverstudio.ui.drill.vm;

/** One assertion outcome as shown: PASS/FAIL, the assertion in words and what was measured. */
public record AssertionRow(boolean passed, String assertion, String detail) {

    public String verdict() {
        return passed ? "PASS" : "FAIL";
    }
}
