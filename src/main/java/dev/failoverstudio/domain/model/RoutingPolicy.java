package dev.failoverstudio.domain.model;

/** The eight Route 53 routing policies (glossary, R3). */
public enum RoutingPolicy {
    SIMPLE("simple"),
    WEIGHTED("weighted"),
    FAILOVER("failover"),
    LATENCY("latency"),
    GEOLOCATION("geolocation"),
    GEOPROXIMITY("geoproximity"),
    MULTIVALUE("multivalue answer"),
    IP_BASED("IP-based");

    private final String label;

    RoutingPolicy(String label) {
        this.label = label;
    }

    /** The name users know from the console, e.g. "multivalue answer". */
    public String label() {
        return label;
    }
}
