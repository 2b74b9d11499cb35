package dev.failoverstudio.ui.vm.health;

/**
 * The effective health of one record set or group for one client, as the engine found it (R40, R41, R45),
 * with the engine's reason and rule.
 *
 * @param state {@link State#NOT_EVALUATED} when Route 53 never looks at it for this client (ranked after a
 *              healthy record set, not applicable, or in a simple group whose health is never consulted, R60)
 */
public record RecordHealth(State state, String reason, String rule) {

    public enum State { HEALTHY, UNHEALTHY, NOT_EVALUATED }

    public static final RecordHealth NOT_EVALUATED = new RecordHealth(State.NOT_EVALUATED,
            "not evaluated for this client", "R42a");

    public boolean unhealthy() {
        return state == State.UNHEALTHY;
    }

    public boolean healthy() {
        return state == State.HEALTHY;
    }
}
