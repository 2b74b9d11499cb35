package dev.failoverstudio.domain.validate;

/**
 * How bad a {@link Problem} is. An {@link #ERROR} is something Route 53 (or the simulator, where the spec says
 * so) refuses; a {@link #WARNING} is accepted but probably not what the user meant.
 */
public enum Severity {
    ERROR, WARNING
}
