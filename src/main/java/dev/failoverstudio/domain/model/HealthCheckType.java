package dev.failoverstudio.domain.model;

import java.util.Locale;
import java.util.Optional;

/** Route 53 health check types (HC2). */
public enum HealthCheckType {
    HTTP, HTTPS, HTTP_STR_MATCH, HTTPS_STR_MATCH, TCP, CALCULATED, CLOUDWATCH_METRIC, RECOVERY_CONTROL;

    public static Optional<HealthCheckType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isEndpoint() {
        return this == HTTP || this == HTTPS || this == HTTP_STR_MATCH || this == HTTPS_STR_MATCH || this == TCP;
    }

    public boolean isStringMatch() {
        return this == HTTP_STR_MATCH || this == HTTPS_STR_MATCH;
    }

    public boolean isHttps() {
        return this == HTTPS || this == HTTPS_STR_MATCH;
    }
}
