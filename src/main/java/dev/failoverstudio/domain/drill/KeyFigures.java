package dev.failoverstudio.domain.drill;

import java.util.Optional;

/**
 * The instants (seconds after the drill starts) that answer "when is failover complete?". Null means the
 * drill never got there (or it does not apply: no incident, no recovery).
 *
 * <ul>
 * <li>{@code incidentAt}: the first event that takes something down (an endpoint, a Region, or what a health
 * check's checkers observe).</li>
 * <li>{@code detectedAt}: the first change of any health check's final status at or after the incident
 * (HC18: about FailureThreshold × RequestInterval after it).</li>
 * <li>{@code affectedShare}: the share of queries sent to a failed endpoint just after the incident.</li>
 * <li>{@code moved50At}, {@code moved99At}: the first sample at which the share of queries sent to failed
 * endpoints is at most 50 % / 1 % of {@code affectedShare}; {@code fullFailoverAt}: the first sample at which
 * it is zero — all before the recovery.</li>
 * <li>{@code restoredAt}: the first event after the incident after which every endpoint and every
 * observation is as it was before the incident.</li>
 * <li>{@code recoveryDetectedAt}: the first instant at or after the restore at which every health check's
 * final status is as before the incident.</li>
 * <li>{@code back99At}, {@code fullyBackAt}: the first sample after the recovery was detected at which 99 % /
 * all queries are answered from answers fetched while the health status and the design were as before the
 * incident.</li>
 * </ul>
 */
public record KeyFigures(Double incidentAt, Double detectedAt, double affectedShare, Double moved50At,
                         Double moved99At, Double fullFailoverAt, Double restoredAt, Double recoveryDetectedAt,
                         Double back99At, Double fullyBackAt) {

    /** The durations a drill file can assert on, each measured from the incident or from the restore. */
    public enum Name {
        TIME_TO_DETECTION("timeToDetection"),
        TIME_TO_50_PERCENT_MOVED("timeTo50PercentMoved"),
        TIME_TO_99_PERCENT_MOVED("timeTo99PercentMoved"),
        TIME_TO_FULL_FAILOVER("timeToFullFailover"),
        TIME_TO_RECOVERY_DETECTION("timeToRecoveryDetection"),
        TIME_TO_99_PERCENT_BACK("timeTo99PercentBack"),
        TIME_TO_FULLY_BACK("timeToFullyBack");

        private final String jsonName;

        Name(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        public static Optional<Name> byJsonName(String text) {
            for (Name n : values()) {
                if (n.jsonName.equals(text)) {
                    return Optional.of(n);
                }
            }
            return Optional.empty();
        }
    }

    /** The named duration in seconds, or null when either end was not reached. */
    public Double duration(Name name) {
        return switch (name) {
            case TIME_TO_DETECTION -> minus(detectedAt, incidentAt);
            case TIME_TO_50_PERCENT_MOVED -> minus(moved50At, incidentAt);
            case TIME_TO_99_PERCENT_MOVED -> minus(moved99At, incidentAt);
            case TIME_TO_FULL_FAILOVER -> minus(fullFailoverAt, incidentAt);
            case TIME_TO_RECOVERY_DETECTION -> minus(recoveryDetectedAt, restoredAt);
            case TIME_TO_99_PERCENT_BACK -> minus(back99At, restoredAt);
            case TIME_TO_FULLY_BACK -> minus(fullyBackAt, restoredAt);
        };
    }

    private static Double minus(Double end, Double start) {
        return end == null || start == null ? null : end - start;
    }
}
