package dev.failoverstudio.domain.scenario;

import java.util.List;

/** Whether one query met its expectation, and if not, each difference in words. */
public record CheckResult(ScenarioQuery query, boolean passed, List<String> differences) {
    public CheckResult {
        differences = List.copyOf(differences);
    }
}
