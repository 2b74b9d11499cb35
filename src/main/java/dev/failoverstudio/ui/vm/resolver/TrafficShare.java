package dev.failoverstudio.ui.vm.resolver;

import java.util.List;

/** How often one distinct answer came back among the samples. */
public record TrafficShare(List<String> answers, String label, int count, int total) {

    public TrafficShare {
        answers = List.copyOf(answers);
    }

    public double fraction() {
        return total == 0 ? 0 : (double) count / total;
    }
}
