package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.model.RecordSetKey;

/**
 * One member row of a group card: its routing summary, what it answers (values, or the alias target), its
 * health-check badge and its validation problems.
 *
 * @param routing    e.g. {@code weight 50}, {@code PRIMARY}, {@code us-east-1}, {@code DE}, {@code CIDR eu-office}
 * @param answer     the values joined, or {@code → target name} for an alias
 * @param healthText the health check ID and verdict reason, null without a health check
 * @param problems   the validation messages about this record set, one per line; empty when none
 */
public record RowModel(RecordSetKey member, String setIdentifier, String routing, String answer, boolean alias,
                       String healthCheckId, HealthState health, String healthText, String problems) {

    public boolean invalid() {
        return !problems.isEmpty();
    }
}
