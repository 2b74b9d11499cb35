package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.model.RoutingPolicy;

/** What the palette offers: a record set of each routing policy, and a health check. */
public enum PaletteItem {
    SIMPLE(RoutingPolicy.SIMPLE, "Simple record set", "One record set answering with its values"),
    WEIGHTED(RoutingPolicy.WEIGHTED, "Weighted record set", "Share traffic by weight (0–255)"),
    FAILOVER(RoutingPolicy.FAILOVER, "Failover record set", "Primary answers while healthy, else secondary"),
    LATENCY(RoutingPolicy.LATENCY, "Latency record set", "Answer from the AWS Region with the lowest latency"),
    GEOLOCATION(RoutingPolicy.GEOLOCATION, "Geolocation record set", "Answer by the client's continent, country or state"),
    GEOPROXIMITY(RoutingPolicy.GEOPROXIMITY, "Geoproximity record set", "Answer from the nearest resource, with bias"),
    MULTIVALUE(RoutingPolicy.MULTIVALUE, "Multivalue answer record set", "Up to eight healthy records at random"),
    IP_BASED(RoutingPolicy.IP_BASED, "IP-based record set", "Answer by the client's CIDR block"),
    HEALTH_CHECK(null, "Health check", "An HTTPS endpoint check; drop it on a row to attach it");

    private final RoutingPolicy policy;
    private final String label;
    private final String description;

    PaletteItem(RoutingPolicy policy, String label, String description) {
        this.policy = policy;
        this.label = label;
        this.description = description;
    }

    /** The routing policy of the record set this item creates; null for the health check. */
    public RoutingPolicy policy() {
        return policy;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** A CSS-friendly id such as {@code weighted} or {@code health-check}. */
    public String styleId() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
