package dev.failoverstudio.ui.vm;

/** The effective status a health-check badge shows, from the health evaluator's verdict (HC16, HC17). */
public enum HealthState {
    /** The record set has no health check (R8): always considered healthy. */
    NONE,
    HEALTHY,
    UNHEALTHY
}
