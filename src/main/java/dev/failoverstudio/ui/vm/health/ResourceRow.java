package dev.failoverstudio.ui.vm.health;

/**
 * One AWS resource alias target of the resource catalog (C9) in the health table.
 *
 * @param stated "up", "down" or "not stated" (healthy unless target groups say otherwise, R42, A6)
 * @param effective the engine's R42 verdict when an alias with Evaluate Target Health reaches the resource
 */
public record ResourceRow(String dnsName, String kind, String addresses, String stated, boolean up,
                          RecordHealth effective, String targetGroups) {
}
