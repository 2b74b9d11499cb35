package dev.failoverstudio.domain.model;

import java.util.Optional;

/** What a CloudWatch check reports while the metric has insufficient data (HC14). */
public enum InsufficientDataHealthStatus {
    HEALTHY("Healthy"), UNHEALTHY("Unhealthy"), LAST_KNOWN_STATUS("LastKnownStatus");

    private final String apiName;

    InsufficientDataHealthStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<InsufficientDataHealthStatus> parse(String text) {
        for (InsufficientDataHealthStatus s : values()) {
            if (s.apiName.equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
