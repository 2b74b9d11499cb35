package dev.failoverstudio.domain.model;

/** Registered and healthy target counts of one ALB/NLB target group (R42, A6). */
public record TargetGroupHealth(String name, int registeredTargets, int healthyTargets) {
}
