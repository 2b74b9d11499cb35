package dev.failoverstudio.domain.model;

/** The two roles of a failover group (R80). */
public enum FailoverRole {
    PRIMARY, SECONDARY
}
